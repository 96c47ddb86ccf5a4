package extract.quotes;

/** Finds a cue that starts at a word of a sentence (outside quotation marks). */
interface CueSieve {
    /** The cue starting at word {@code i}, or null when this sieve sees none there. */
    Cue find(TokenView v, int i);
}
