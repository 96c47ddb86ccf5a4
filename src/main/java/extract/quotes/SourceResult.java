package extract.quotes;

/** What a {@link SourceSieve} decided: a frame, no frame at all, or nothing (the next sieve decides). */
record SourceResult(Frame frame, boolean decided) {
    static final SourceResult PASS = new SourceResult(null, false);
    static final SourceResult NONE = new SourceResult(null, true);

    static SourceResult of(Frame frame) {
        return frame == null ? NONE : new SourceResult(frame, true);
    }
}
