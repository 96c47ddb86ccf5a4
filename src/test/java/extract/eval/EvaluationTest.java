package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import extract.output.QuoteRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hand-annotated articles and a scripted extractor whose figures are worked out by hand. */
class EvaluationTest {
    private static final String CAMPAIGN = """
            "We will win this race," said Maria Lopez, the campaign chair. She added that turnout was strong.
            "Taxes are too high," Lopez said. "They must come down before the election."
            The mayor said the budget was balanced. It is widely believed that the vote will be close.
            """;
    // An emoji first: brat offsets count code points, Java strings count UTF-16 chars.
    private static final String TRAIL = """
            🗳️ Notes from the trail.
            Hillary Clinton told reporters the plan, which she called fair, would pass. Bill Clinton was there too.
            She said the crowd was large. Aides said the mood was good.
            """;

    @TempDir
    Path dir;

    /** Scripted output: per article, the phrases the "tool" reports and their speakers. */
    private final Map<String, List<String[]>> output = new HashMap<>();

    @BeforeEach
    void gold() {
        GoldDir gold = new GoldDir(dir);
        gold.article("campaign", CAMPAIGN)
                .attribution("Maria Lopez", "said", "\"We will win this race,\"")
                .attribution("She", "added", "that turnout was strong")
                .attribution("Lopez", "said", "\"Taxes are too high,\"", "\"They must come down before the election.\"")
                .attribution("The mayor", "said", "the budget was balanced")
                .attribution(null, "widely believed", "the vote will be close")
                .write("ann1");
        gold.article("trail", TRAIL)
                .attribution("Hillary Clinton", "told", "the plan", "would pass")
                .attribution("She", "said", "the crowd was large")
                .attribution("Aides", "said", "the mood was good")
                .write("ann1");

        output.put("campaign", List.of(
                row("\"We will win this race,\"", "Maria Lopez"),              // right
                row("that turnout was strong", "she"),                         // a bare pronoun: wrong
                row("\"Taxes are too high,\"", "Lopez"),                       // alone 4/11 words: only merged
                row("\"They must come down before the election.\"", "Lopez"), // with the piece above
                row("the budget was balanced", ""),                            // speaker missing: wrong
                row("the vote will be close", ""),                             // no gold source: right
                row("She added", "Maria Lopez")));                             // spurious
        output.put("trail", List.of(
                row("the plan, which she called fair, would pass", "Bill Clinton"), // 4/8 words: matched; other Clinton
                row("the crowd was large", "Hillary Clinton")));                   // the person "She" stands for
    }

    @Test
    void scoresQuotesSpeakersAndEndToEnd() {
        EvalReport r = evaluate(1).report();
        Figures all = r.all();
        assertEquals(2, r.articles());
        assertEquals(0, r.failed());
        assertEquals(8, all.gold());
        assertEquals(9, all.system());
        assertEquals(8.0 / 9, all.precision(), 1e-12);
        assertEquals(7.0 / 8, all.recall(), 1e-12);
        assertEquals(112.0 / 127, all.f1(), 1e-12);

        assertEquals(new Figures.Ratio(4, 7), all.speakerAccuracy());
        assertEquals(new Figures.Ratio(2, 3), all.speakerByKind().get(SourceKind.NAME));
        assertEquals(new Figures.Ratio(1, 2), all.speakerByKind().get(SourceKind.PRONOUN));
        assertEquals(new Figures.Ratio(0, 1), all.speakerByKind().get(SourceKind.DESCRIPTION));
        assertEquals(new Figures.Ratio(1, 1), all.speakerByKind().get(SourceKind.NONE));

        assertEquals(5.0 / 9, all.endToEndPrecision(), 1e-12);
        assertEquals(4.0 / 8, all.endToEndRecall(), 1e-12);
        assertEquals(10.0 / 19, all.endToEndF1(), 1e-12);
    }

    @Test
    void directQuotesAreScoredApart() {
        Figures direct = evaluate(1).report().direct();
        assertEquals(2, direct.gold());   // the two quotes in marks, one of them split
        assertEquals(3, direct.system()); // three rows in marks
        assertEquals(1.0, direct.precision(), 1e-12);
        assertEquals(1.0, direct.recall(), 1e-12);
        assertEquals(1.0, direct.endToEndF1(), 1e-12);
    }

    @Test
    void splitQuoteMergesItsPiecesAndCountsEachRowOnce() {
        ArticleScore campaign = evaluate(1).scores().get(0);
        GoldVerdict split = campaign.all().gold().get(2);
        assertEquals(List.of(3, 4), split.rows());
        assertEquals(1.0, split.jaccard(), 1e-12);
        assertTrue(split.speakerRight());
        long matchedRows = campaign.all().system().stream().filter(SystemVerdict::matched).count();
        assertEquals(6, matchedRows);
    }

    @Test
    void threadsDoNotChangeTheFigures() {
        assertEquals(evaluate(1).report().all(), evaluate(3).report().all());
        assertEquals(evaluate(1).report().direct(), evaluate(3).report().direct());
    }

    @Test
    void aBrokenArticleIsReportedAndTheOthersScored() throws IOException {
        Files.writeString(dir.resolve("attributions").resolve("trail_ann1.ann"),
                "T1\tContent 5 9000\tfar\nT2\tAttribution 0 1\tx\nE1\tAttribution:T2 Content:T1\n");
        Evaluation.Result r = evaluate(1);
        assertEquals(1, r.report().articles());
        assertEquals(1, r.report().failed());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).startsWith(dir.resolve("attributions").resolve("trail_ann1.ann") + ": T1: span 5-9000"),
                r.errors().get(0));
    }

    @Test
    void detailsListEveryGoldItemAndRowWithItsVerdict() throws IOException {
        Path details = dir.resolve("details.tsv");
        DetailsWriter.write(details, evaluate(1).scores());
        List<String> lines = Files.readAllLines(details);
        assertEquals(String.join("\t", DetailsWriter.HEADER), lines.get(0));
        assertEquals(1 + 8 + 9, lines.size());
        assertTrue(lines.contains(String.join("\t", "campaign", "system", "7", "63-72", "no", "spurious", "", "", "", "",
                "Maria Lopez", "", "She added", "")), String.join("\n", lines));
        String missed = lines.stream().filter(l -> l.startsWith("trail\tgold\tE3\t")).findFirst().orElseThrow();
        assertTrue(missed.contains("\tmissed\t") && missed.endsWith("\tthe mood was good\t"), missed);
    }

    private Evaluation.Result evaluate(int threads) {
        EvalLexicon lexicon = EvalLexicon.load();
        GoldFolder folder;
        try {
            folder = GoldFolder.open(dir, lexicon);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Function<SourceText, List<QuoteRow>> tool = this::scripted;
        return new Evaluation(folder, new ArticleScorer(new SpeakerJudge(lexicon))).run(() -> tool, threads);
    }

    private List<QuoteRow> scripted(SourceText source) {
        String name = Path.of(source.file()).getFileName().toString().replace(".txt", "");
        List<QuoteRow> rows = new ArrayList<>();
        for (String[] r : output.get(name)) {
            int at = source.text().indexOf(r[0]);
            int start = source.text().codePointCount(0, at);
            int end = start + r[0].codePointCount(0, r[0].length());
            rows.add(new QuoteRow(source.file(), start, end, "direct", r[1], "", "", r[0], "", "", "", ""));
        }
        return rows;
    }

    private static String[] row(String phrase, String speaker) {
        return new String[] {phrase, speaker};
    }
}
