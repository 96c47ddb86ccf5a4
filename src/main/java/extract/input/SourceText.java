package extract.input;

/**
 * One input document as text: {@code file} is what the output names (the path as given, or "-"),
 * {@code text} the decoded article text that every offset counts into.
 */
public record SourceText(String file, String text) {}
