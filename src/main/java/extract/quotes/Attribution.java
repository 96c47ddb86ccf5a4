package extract.quotes;

import extract.speaker.Speaker;
import extract.text.Span;

/**
 * One reported statement: the span of its content (for a direct quote, including the marks), its
 * kind, the cue span (null when none), the speaker, and which sieves decided each.
 */
public record Attribution(Span content, QuoteKind kind, Span cue, Speaker speaker, Provenance provenance) {
    public Attribution(Span content, QuoteKind kind, Span cue, Speaker speaker) {
        this(content, kind, cue, speaker, Provenance.NONE);
    }

    /** Whether this is a turn of a transcript ("WALLACE: …"); the turns of one transcript share its occasion. */
    public boolean isTranscriptTurn() {
        return TranscriptTurn.NAME.equals(provenance.span().sieve());
    }
}
