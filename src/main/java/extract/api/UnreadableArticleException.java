package extract.api;

/** The input is no article text (a binary file); the message is the reason, as the CLI words it. */
public final class UnreadableArticleException extends Exception {
    public UnreadableArticleException(String reason) {
        super(reason);
    }
}
