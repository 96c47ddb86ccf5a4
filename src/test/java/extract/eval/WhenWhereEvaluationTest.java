package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.output.QuoteRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation with a stand-in extractor, so the figures are known exactly. */
class WhenWhereEvaluationTest {
    private static final String FERRY = "The captain said on Monday in Oslo that the ferry would sail. "
            + "A sailor said the sea was calm. The owner says the fares will rise next year.";
    private static final String MINE = "Miners said on Friday that the shaft was flooded. "
            + "The union said last week that it would strike.";

    @TempDir
    Path dir;

    private static int cp(String text, String phrase) {
        int i = text.indexOf(phrase);
        if (i < 0) throw new AssertionError(phrase);
        return text.codePointCount(0, i);
    }

    private static String line(String file, String text, String date, String content, String id,
                               String when, String iso, String dateBasis, String where, String placeBasis) {
        int s = cp(text, content);
        return String.join("\t", file, date, "" + s, "" + (s + content.length()), id, when, iso, dateBasis, where, placeBasis);
    }

    private static QuoteRow row(String file, String text, String content, String date, String where) {
        int s = cp(text, content);
        return new QuoteRow(file, s, s + content.length(), "indirect", "", "", "said", content, "", date, where, "");
    }

    private WhenWhereGold gold() throws IOException {
        Files.writeString(dir.resolve("ferry.txt"), FERRY);
        Files.writeString(dir.resolve("mine.txt"), MINE);
        Path g = dir.resolve("gold.tsv");
        Files.write(g, List.of("# test gold", String.join("\t", WhenWhereGold.HEADER),
                line("ferry.txt", FERRY, "2019-01-10", "the ferry would sail", "E1", "on Monday", "2019-01-07", "stated", "Oslo", "stated"),
                line("ferry.txt", FERRY, "2019-01-10", "the sea was calm", "E2", "-", "-", "-", "-", "-"),
                line("ferry.txt", FERRY, "2019-01-10", "the fares will rise next year", "E3", "-", "-", "-", "-", "-"),
                line("mine.txt", MINE, "2019-03-04", "the shaft was flooded", "E1", "on Friday", "2019-03-01", "stated", "-", "-"),
                line("mine.txt", MINE, "2019-03-04", "it would strike", "E2", "last week", "2019-W09", "stated", "-", "-")));
        return WhenWhereGold.read(g);
    }

    @Test
    void eachArticleRunsWithItsOwnDateAndIsJudged() throws IOException {
        List<String> asked = new ArrayList<>();
        WhenWhereEvaluation.Result r = new WhenWhereEvaluation(gold(), dir, new WhenWhereScorer(new SpeakerJudge(EvalLexicon.load())))
                .run(date -> {
                    asked.add(date.toString());
                    return source -> source.file().endsWith("ferry.txt")
                            ? List.of(row("ferry.txt", FERRY, "the ferry would sail", "2019-01-07", "Oslo, Norway"),
                                      row("ferry.txt", FERRY, "the sea was calm", "", "Oslo"),
                                      row("ferry.txt", FERRY, "the fares will rise next year", "2020", ""))
                            : List.of(row("mine.txt", MINE, "the shaft was flooded", "2019-03-08", ""),
                                      row("mine.txt", MINE, "it would strike", "2019-02-26", ""));
                });
        assertEquals(List.of("2019-01-10", "2019-03-04"), asked);
        assertEquals(List.of(), r.errors());
        WhenWhereReport rep = r.report();
        assertEquals(2, rep.articles());
        assertEquals(5, rep.statements());
        assertEquals(5, rep.matched());
        assertEquals(3, rep.dated());
        assertEquals(new Figures.Ratio(1, 3), rep.dateAccuracy());      // Monday right, Friday wrong, a day for a week
        assertEquals(new Figures.Ratio(2, 3), rep.dateLenient());
        assertEquals(new Figures.Ratio(1, 1), rep.placeAccuracy());
        assertEquals(new Figures.Ratio(3, 5), rep.falseDates());        // 2020 where open, Friday wrong, the finer day
        assertEquals(1, rep.falseDatesOnOpen());
        assertEquals(new Figures.Ratio(1, 5), rep.falsePlaces());       // Oslo for the sailor
        assertEquals(new Figures.Ratio(4, 5), rep.falseRows());
        assertEquals(new Figures.Ratio(1, 3), rep.dateByBasis().get("stated"));
        assertEquals(new Figures.Ratio(0, 0), rep.dateByBasis().get("occasion"));
    }

    @Test
    void aMissingArticleIsNamedAndTheOthersGoOn() throws IOException {
        WhenWhereGold gold = gold();
        Files.delete(dir.resolve("mine.txt"));
        WhenWhereEvaluation.Result r = new WhenWhereEvaluation(gold, dir, new WhenWhereScorer(new SpeakerJudge(EvalLexicon.load())))
                .run(date -> source -> List.of());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).startsWith(dir.resolve("mine.txt") + ": cannot read"), r.errors().get(0));
        assertEquals(1, r.report().articles());
        assertEquals(1, r.report().failed());
        assertEquals(3, r.report().statements());
        assertEquals(0, r.report().matched());
        assertEquals(new Figures.Ratio(0, 1), r.report().dateOverAll());
    }
}
