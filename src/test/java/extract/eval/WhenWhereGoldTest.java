package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import extract.text.CodePoints;
import extract.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhenWhereGoldTest {
    static final String HEADER = String.join("\t", WhenWhereGold.HEADER);

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void readsStatementsPerArticleInFileOrder() throws IOException {
        WhenWhereGold gold = WhenWhereGold.read(file(
                "# a comment", HEADER,
                "b.txt\t2019-01-10\t5\t20\tE1\ton Tuesday\t2019-01-08\tstated\tLyon|Rhône\toccasion",
                "a.txt\t2019-02-01\t0\t4\tE2\t-\t-\t-\t-\t-",
                "b.txt\t2019-01-10\t30\t41\tE3\tlast week\t2019-W01\tstated\t-\t-"));
        assertEquals(List.of("b.txt", "a.txt"), gold.files());
        assertEquals(3, gold.size());
        WhenWhereStatement s = gold.statements("b.txt").get(0);
        assertEquals(LocalDate.of(2019, 1, 10), s.articleDate());
        assertEquals(5, s.start());
        assertEquals(20, s.end());
        assertEquals("2019-01-08", s.date().orElseThrow().iso());
        assertEquals(List.of("Lyon", "Rhône"), s.places());
        assertEquals("occasion", s.placeBasis());
        WhenWhereStatement open = gold.statements("a.txt").get(0);
        assertTrue(open.date().isEmpty());
        assertTrue(open.places().isEmpty());
        assertEquals(IsoPeriod.Precision.WEEK, gold.statements("b.txt").get(1).date().orElseThrow().precision());
    }

    @Test
    void aMalformedLineIsNamed() throws IOException {
        assertMessage("line 2: date 'Tuesday' is no ISO year, month, week or day",
                file(HEADER, "a.txt\t2019-01-10\t0\t4\tE1\tTuesday\tTuesday\tstated\t-\t-"));
        assertMessage("line 2: date_basis '-' must be one of occasion, stated",
                file(HEADER, "a.txt\t2019-01-10\t0\t4\tE1\tTuesday\t2019-01-08\t-\t-\t-"));
        assertMessage("line 2: place_basis 'dateline' must be '-' when the value is",
                file(HEADER, "a.txt\t2019-01-10\t0\t4\tE1\t-\t-\t-\t-\tdateline"));
        assertMessage("line 3: 9 columns, expected 10",
                file(HEADER, "", "a.txt\t2019-01-10\t0\t4\tE1\t-\t-\t-\t-"));
        assertMessage("line 2: bad span 9-4", file(HEADER, "a.txt\t2019-01-10\t9\t4\tE1\t-\t-\t-\t-\t-"));
        assertTrue(assertThrows(IOException.class, () -> WhenWhereGold.read(file("file\tstart", "x")))
                .getMessage().startsWith("line 1: expected the header"));
        assertTrue(assertThrows(IOException.class, () -> WhenWhereGold.read(file("# only a comment")))
                .getMessage().startsWith("no header line"));
    }

    private static void assertMessage(String expected, Path f) {
        assertEquals(expected, assertThrows(IOException.class, () -> WhenWhereGold.read(f)).getMessage());
    }

    @Test
    void theProjectGoldFileReads() throws IOException {
        WhenWhereGold gold = WhenWhereGold.read(Path.of("src/test/resources/extract/eval/when-where-gold.tsv"));
        assertEquals(30, gold.files().size());
        assertTrue(gold.size() >= 30);
        for (String f : gold.files()) {
            LocalDate d = gold.statements(f).get(0).articleDate();
            assertTrue(gold.statements(f).stream().allMatch(s -> s.articleDate().equals(d)), f + ": one article date");
        }
    }

    /**
     * Every attribution GoldFolder reads is a gold row with its content span, and every gold row
     * names an attribution of the .ann. (GoldFolder's brat parser stops at a malformed event line,
     * as in one dev article, so the gold may hold more rows than it reads, never fewer.)
     */
    @Test
    void theProjectGoldFileHoldsEveryAttributionOfItsArticles() throws IOException {
        Path dev = Path.of("../shared/polnear/dev");
        assumeTrue(Files.isDirectory(dev), dev + " is absent: skipping the check of the gold against PolNeAR");
        WhenWhereGold gold = WhenWhereGold.read(Path.of("src/test/resources/extract/eval/when-where-gold.tsv"));
        GoldFolder folder = GoldFolder.open(dev, EvalLexicon.load());
        Map<String, GoldFolder.Entry> entries = folder.entries().stream()
                .collect(Collectors.toMap(e -> e.name() + ".txt", Function.identity()));
        for (String file : gold.files()) {
            assertTrue(entries.containsKey(file), file + " in " + dev);
            GoldArticle article = folder.read(entries.get(file));
            String ann = Files.readString(entries.get(file).annotations());
            CodePoints cp = new CodePoints(article.text());
            Map<String, WhenWhereStatement> byId = gold.statements(file).stream()
                    .collect(Collectors.toMap(WhenWhereStatement::attribution, Function.identity()));
            for (GoldQuote q : article.quotes()) {
                WhenWhereStatement s = byId.get(q.id());
                assertTrue(s != null, file + " " + q.id() + " has a gold row");
                int start = q.content().stream().mapToInt(Span::start).min().orElseThrow();
                int end = q.content().stream().mapToInt(Span::end).max().orElseThrow();
                assertEquals(cp.toCodePoint(start), s.start(), file + " " + q.id());
                assertEquals(cp.toCodePoint(end), s.end(), file + " " + q.id());
            }
            for (String id : byId.keySet()) assertTrue(ann.contains("\n" + id + "\t"), file + " " + id + " is in the .ann");
        }
    }
}
