package extract.time;

/**
 * When and where a statement was made: {@code when} the time expression as written, {@code date}
 * its ISO 8601 normalisation (empty when unknown), {@code where} the place's canonical name.
 * Empty strings, never null.
 */
public record TimePlace(String when, String date, String where) {
    public static final TimePlace NONE = new TimePlace("", "", "");
}
