package extract.quotes;

import extract.text.Span;

/** Where the speaker stage is to look for a claim's speaker. */
public sealed interface ClaimSource {
    /** The source phrase of a frame; {@code mention} indexes {@link QuoteFindings#mentions()}. */
    record FrameSubject(int mention) implements ClaimSource {}

    /** Words that name the source outside any frame: a signature ("…” ― Ana Ruiz"), the subject of a sentence that introduces the quotation. */
    record Named(Span phrase) implements ClaimSource {}

    /** No words of its own: the speaker of its paragraph or the one before. */
    record Paragraph() implements ClaimSource {}

    /** No one to look for: an interviewer's question, an answer where no one interviewed is named. */
    record Unnamed() implements ClaimSource {}
}
