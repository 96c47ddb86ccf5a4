package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first thing a new user runs: `extract quotes seeds/ --date ...` as TSV. Asserts the speakers
 * and dates a reader of the sample article would give, looked up by the quoted words.
 */
class SeedsEndToEndTest {
    private static final int SPEAKER = 4, QUOTE = 7, WHEN = 8, DATE = 9, WHERE = 10;
    private static final int DATE_BASIS = 11, PLACE_BASIS = 12, ARTICLE_DATE = 13;

    private static List<String[]> rows(String... args) {
        Cli.Result r = Cli.quotes(args);
        assertEquals(0, r.status(), r.err());
        return r.out().lines().skip(1).map(l -> l.split("\t", -1)).toList();
    }

    private static String[] row(List<String[]> rows, String words) {
        return rows.stream().filter(r -> r[QUOTE].contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no row quoting '" + words + "'"));
    }

    @Test
    void speakersOfTheSampleArticle() {
        List<String[]> rows = rows("seeds", "-f", "tsv");
        int columns = extract.output.QuoteRow.HEADER.size();
        assertTrue(rows.stream().allMatch(r -> r.length == columns), "every row has " + columns + " columns");
        assertEquals("Xi Jinping", row(rows, "Political settlement of the (Korean) Peninsula")[SPEAKER]);
        assertEquals("Kim Jong-un", row(rows, "reasonable concerns")[SPEAKER]);
        assertEquals("KCNA", row(rows, "jointly study and steer")[SPEAKER]);
        assertEquals("Donald Trump", row(rows, "negotiating the location")[SPEAKER]);
        assertEquals("Moon Jae-in", row(rows, "imminent")[SPEAKER]);
        assertEquals("Xinhua", row(rows, "spoke highly of the positive measures")[SPEAKER]);
    }

    @Test
    void datesAndPlacesWithAReferenceDate() {
        List<String[]> rows = rows("seeds", "-f", "tsv", "--date", "2019-01-10");
        String[] trump = row(rows, "negotiating the location");
        assertEquals("on Sunday", trump[WHEN]);
        assertEquals("2019-01-06", trump[DATE]);
        assertEquals("2019-01-10", row(rows, "imminent")[DATE]);
        assertEquals("2019-01-10", row(rows, "jointly study and steer")[DATE]);
        assertEquals("2019-01-01", row(rows, "may change its approach")[DATE]);
        assertEquals("Beijing", row(rows, "Political settlement")[WHERE]);
        // how each was known, and the article's date on every row
        assertEquals("stated", trump[DATE_BASIS]);
        assertEquals("", trump[WHERE]);
        assertTrue(rows.stream().allMatch(r -> r[ARTICLE_DATE].equals("2019-01-10")));
        // Xi's and Kim's words at their talks: Beijing, from the visit the article reports (not where the agencies
        // that report them wrote)
        for (String words : List.of("Beijing supports a second summit", "achieve results", "reasonable concerns")) {
            String[] spoken = rows.stream().filter(r -> r[QUOTE].contains(words) && r[SPEAKER].matches("Xi Jinping|Kim Jong-un")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row of Xi's or Kim's quoting '" + words + "'"));
            assertEquals("Beijing", spoken[WHERE], words);
            assertEquals("occasion", spoken[PLACE_BASIS], words);
        }
    }

    @Test
    void withoutADateRelativeTimesStayUnresolved() {
        String[] trump = row(rows("seeds", "-f", "tsv"), "negotiating the location");
        assertEquals("on Sunday", trump[WHEN]);
        assertEquals("", trump[DATE], Arrays.toString(trump));
    }
}
