package extract.eval;

import extract.text.Span;

/** One row of the tool's output, as the scorer needs it: a number, the content span (chars) and the speaker. */
public record SystemQuote(int id, Span span, String speaker) {}
