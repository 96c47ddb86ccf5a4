package extract.spark;

import extract.api.ArticleText;
import extract.api.UnreadableArticleException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * The records of an article table, read on the executors: each row holds the id, the text (plain
 * or an HTML page) and the date as strings, in that order (the driver selects and casts them). A
 * date is a day ("2024-03-12") or starts with one (a timestamp); it overrides {@code --date}.
 */
final class TableArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @param where names a record without an id in messages ("partition 3, record 17") */
    ArticleInput article(Row row, String where) {
        String id = row.isNullAt(0) || row.getString(0).isBlank() ? "(no id: " + where + ")" : row.getString(0);
        return new ArticleInput() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public ArticleText read() throws UnreadableArticleException {
                if (row.isNullAt(1)) throw new UnreadableArticleException("no text");
                return ArticleText.fromString(id, row.getString(1), date(row.isNullAt(2) ? null : row.getString(2)));
            }
        };
    }

    private static Optional<LocalDate> date(String value) throws UnreadableArticleException {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            throw new UnreadableArticleException("date '" + value + "' is not YYYY-MM-DD");
        }
    }
}
