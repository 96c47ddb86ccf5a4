package extract.eval;

/**
 * What became of one gold statement: whether a row of the tool matched it, that row's when, date and
 * where (empty when unmatched), and the judgement on its date and on its place.
 */
public record WhenWhereVerdict(WhenWhereStatement gold, boolean matched, String when, String date, String where,
                               Judgement dateJudgement, Judgement placeJudgement) {

    /** One value (date or place) of a matched row against the gold's. */
    public enum Judgement {
        /** Equal to the gold (a date at the gold's precision). */
        RIGHT,
        /** A date finer than the gold's and inside it ("2016-09-12" for "last week", 2016-W37): more than the text says. */
        MORE_PRECISE,
        /** A date coarser than the gold's that holds it (2016-W38 for Sunday 2016-09-25): true, but less than the text gives. */
        LESS_PRECISE,
        /** A value other than the gold's. */
        WRONG,
        /** No value where the gold has one. */
        MISSED,
        /** A value where the gold says the text leaves it open. */
        FALSE,
        /** No value, and none in the gold. */
        OPEN,
        /** No row matched the statement. */
        UNMATCHED;

        /** A value the user would be misled by: where the gold has none, a wrong one, or one claiming more than the text. */
        public boolean isFalse() {
            return this == FALSE || this == WRONG || this == MORE_PRECISE;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
