package extract.input;

/**
 * One input document as text: {@code file} is what the output names (the path as given, or "-"),
 * {@code text} the decoded article text that every offset counts into, {@code metadata} what a web
 * page says about its article (headline, byline, published date, site), {@link PageMetadata#NONE}
 * for plain text.
 */
public record SourceText(String file, String text, PageMetadata metadata) {
    public SourceText {
        if (metadata == null) metadata = PageMetadata.NONE;
    }

    /** A plain-text input: no page metadata. */
    public SourceText(String file, String text) {
        this(file, text, PageMetadata.NONE);
    }
}
