package extract.quotes;

import extract.text.Span;

/** A frame with the content a content sieve found for it (null content and kind: none), before speakers. */
record Candidate(Frame frame, Span content, QuoteKind kind, Decision span) {
    boolean hasContent() {
        return content != null;
    }
}
