package extract.eval;

import extract.text.Span;

/**
 * One row of the tool's output, as the scorer needs it: a number, the content span (chars), the
 * speaker, the words that name the speaker at the quote, and the rule column (which sieves decided
 * the row). Empty strings when unknown.
 */
public record SystemQuote(int id, Span span, String speaker, String mention, String rule) {
    public SystemQuote(int id, Span span, String speaker) {
        this(id, span, speaker, "", "");
    }
}
