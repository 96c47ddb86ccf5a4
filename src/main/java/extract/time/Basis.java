package extract.time;

import java.util.Locale;

/**
 * How a statement's date or place was known, so that a user can tell what the article states from
 * what the tool inferred: {@code stated} in the statement's own reporting words ("said on Sunday in
 * Geneva"), {@code occasion} from an occasion the article reports and ties the statement to ("during
 * Kim's visit to Beijing", a news conference named earlier), {@code dateline} from the article's
 * dateline ("SEOUL, South Korea —"). {@link #NONE} when there is no value.
 */
public enum Basis {
    NONE, STATED, OCCASION, DATELINE;

    /** The output value: empty for none, else the lower-case name. */
    public String label() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }
}
