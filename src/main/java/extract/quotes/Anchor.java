package extract.quotes;

import extract.text.Span;

/**
 * A frame a quotation nearby may borrow: its content (its cue when it has none) and the index of
 * its source phrase in {@link QuoteFindings#mentions()}.
 */
record Anchor(Frame frame, Span content, int mention) {
    Span cue() {
        return frame.cue();
    }

    /** Where the frame's words begin: its cue or its source phrase, whichever comes first. */
    int frameStart() {
        return frame.subject() == null ? frame.cue().start() : Math.min(frame.cue().start(), frame.subject().start());
    }
}
