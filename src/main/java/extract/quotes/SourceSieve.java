package extract.quotes;

import java.util.List;

/** Finds the source phrase of a cue and so makes the reporting frame, or decides there is none. */
interface SourceSieve {
    /**
     * A frame for the cue, {@link SourceResult#NONE} when the cue has no source (so no later sieve
     * may give it one), or {@link SourceResult#PASS} when this sieve does not apply.
     *
     * @param earlier the frames found before it in the same sentence
     */
    SourceResult decide(TokenView v, CueSite site, List<Frame> earlier);
}
