package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.MainRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract eval --when-where` end to end with the tool's own extractor; asserts only what does not depend on its quality. */
class WhenWhereCommandTest {
    private static final String TEXT = "The harbour master said on Tuesday that the new quay would open in May. "
            + "Fishermen said the works were too slow.";

    @TempDir
    Path dir;

    private Path gold() throws IOException {
        Path text = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(text.resolve("quay.txt"), TEXT);
        int a = TEXT.indexOf("the new quay");
        int b = TEXT.indexOf("the works");
        Path g = dir.resolve("gold.tsv");
        Files.write(g, List.of(String.join("\t", WhenWhereGold.HEADER),
                String.join("\t", "quay.txt", "2019-01-10", "" + a, "" + TEXT.indexOf(" in May."), "E1",
                        "on Tuesday", "2019-01-08", "stated", "-", "-"),
                String.join("\t", "quay.txt", "2019-01-10", "" + b, "" + TEXT.indexOf(" too slow."), "E2",
                        "-", "-", "-", "-", "-")));
        return g;
    }

    @Test
    void printsFiguresAndWritesOneDetailRowPerStatement() throws IOException {
        Path details = dir.resolve("details.tsv");
        MainRun run = MainRun.of("eval", "--json", "--details", details.toString(), "--when-where", gold().toString(),
                dir.resolve("articles").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.number("/articles"));
        assertEquals(2, run.number("/statements"));
        assertEquals(1, run.number("/date/gold"));
        assertEquals(0, run.number("/place/gold"));
        assertTrue(run.number("/matched") <= 2);
        List<String> rows = Files.readAllLines(details);
        assertEquals(String.join("\t", WhenWhereDetails.HEADER), rows.get(0));
        assertEquals(3, rows.size());
        assertTrue(rows.get(1).startsWith("quay.txt\t"), rows.get(1));
    }

    @Test
    void printsFiguresAsText() throws IOException {
        MainRun run = MainRun.of("eval", "--when-where", gold().toString(), dir.resolve("articles").toString());
        assertEquals(0, run.status(), run.err());
        for (String part : new String[] {"articles: 1 scored, 0 failed", "gold statements: 2 (1 with a date, 0 with a place)",
                "date accuracy on matched statements", "place accuracy", "false values on matched rows"}) {
            assertTrue(run.out().contains(part), part + " in\n" + run.out());
        }
    }

    @Test
    void usageErrors() throws IOException {
        Path g = gold();
        MainRun noGold = MainRun.of("eval", "--when-where", dir.resolve("none.tsv").toString(), dir.toString());
        assertEquals(2, noGold.status());
        assertTrue(noGold.err().startsWith("extract: " + dir.resolve("none.tsv")), noGold.err());
        Files.writeString(dir.resolve("bad.tsv"), "file\tdate\n");
        MainRun bad = MainRun.of("eval", "--when-where", dir.resolve("bad.tsv").toString(), dir.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("line 1: expected the header"), bad.err());
        MainRun inside = MainRun.of("eval", "--when-where", g.toString(), "--details",
                dir.resolve("articles/out.tsv").toString(), dir.resolve("articles").toString());
        assertEquals(2, inside.status());
        MainRun nothing = MainRun.of("eval");
        assertEquals(2, nothing.status());
        assertTrue(nothing.err().contains("GOLD_DIR is required"), nothing.err());
    }

    @Test
    void aMissingArticleFailsTheRunButNotTheOthers() throws IOException {
        Path g = gold();
        Files.writeString(g, Files.readString(g) + String.join("\t", "gone.txt", "2019-01-10", "0", "4", "E1",
                "-", "-", "-", "-", "-") + "\n");
        MainRun run = MainRun.of("eval", "--json", "--when-where", g.toString(), dir.resolve("articles").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("gone.txt: cannot read"), run.err());
        assertEquals(1, run.number("/articles"));
        assertEquals(1, run.number("/failed"));
    }
}
