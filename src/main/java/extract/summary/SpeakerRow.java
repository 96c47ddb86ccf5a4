package extract.summary;

import java.util.Arrays;
import java.util.List;

/**
 * One canonical speaker over all inputs: its type, its most frequent title or role, how many
 * quotations and articles, and the first and last date of its statements (ISO 8601, empty when none
 * is dated).
 */
public record SpeakerRow(String speaker, String type, String title, int quotations, int articles, String firstDate,
        String lastDate) {
    public static final List<String> HEADER = List.of(
            "speaker", "type", "title", "quotations", "articles", "first_date", "last_date");

    /** The row's cells in header order, counts as integers. */
    public List<Object> cells() {
        return Arrays.asList(speaker, type, title, quotations, articles, firstDate, lastDate);
    }
}
