package extract.input;

/** An expected problem with one input (binary, too large, unreadable): its message is the reason. */
public final class InputException extends Exception {
    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
