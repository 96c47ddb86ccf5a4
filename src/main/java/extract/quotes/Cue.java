package extract.quotes;

/** A cue in a sentence: words [start, end) of its {@link TokenView}, its type and the sieve that found it. */
record Cue(int start, int end, CueType type, Decision decision) {
    boolean verb() {
        return type == CueType.SPEECH_VERB || type == CueType.BELIEF_VERB;
    }
}
