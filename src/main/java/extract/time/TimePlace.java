package extract.time;

/**
 * When and where a statement was made: {@code when} the time expression as written, {@code date}
 * its ISO 8601 normalisation (empty when unknown), {@code where} the place's canonical name, each
 * value's {@link Basis}, and {@code articleDate} the article's own date (ISO, empty when unknown;
 * never copied into {@code date}). Empty strings, never null.
 */
public record TimePlace(String when, String date, Basis dateBasis, String where, Basis placeBasis, String articleDate) {
    public static final TimePlace NONE = new TimePlace("", "", Basis.NONE, "", Basis.NONE, "");

    /** Values the statement's own words give, without an article date. */
    public TimePlace(String when, String date, String where) {
        this(when, date, date.isEmpty() ? Basis.NONE : Basis.STATED, where, where.isEmpty() ? Basis.NONE : Basis.STATED, "");
    }

    public TimePlace withArticleDate(String date) {
        return new TimePlace(when, this.date, dateBasis, where, placeBasis, date);
    }
}
