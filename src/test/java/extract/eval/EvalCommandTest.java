package extract.eval;

import extract.MainRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract eval` end to end with the tool's own extractor; asserts only what does not depend on its quality. */
class EvalCommandTest {
    private static final String TEXT = """
            “The bridge will be finished in May,” said Mayor Rosa Diaz. Residents said the works were too slow.
            """;

    @TempDir
    Path dir;

    private Path gold() {
        Path g = dir.resolve("gold");
        new GoldDir(g).article("bridge", TEXT)
                .attribution("Mayor Rosa Diaz", "said", "“The bridge will be finished in May,”")
                .attribution("Residents", "said", "the works were too slow")
                .write("a");
        return g;
    }

    @Test
    void printsFiguresAsJsonAndWritesDetails() throws IOException {
        Path details = dir.resolve("details.tsv");
        MainRun run = MainRun.of("eval", "--json", "--details", details.toString(), gold().toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.number("/articles"));
        assertEquals(2, run.number("/all/gold"));
        assertEquals(1, run.number("/direct/gold"));
        double p = run.number("/all/precision");
        double r = run.number("/all/recall");
        assertEquals(p + r == 0 ? 0 : 2 * p * r / (p + r), run.number("/all/f1"), 1e-3);
        long rows = Files.readAllLines(details).size() - 1;
        assertEquals(run.number("/all/gold") + run.number("/all/system"), rows);
    }

    @Test
    void printsFiguresAsText() {
        MainRun run = MainRun.of("eval", gold().toString());
        assertEquals(0, run.status(), run.err());
        for (String part : new String[] {"articles: 1 scored, 0 failed", "quote detection", "direct quotes",
                "speaker accuracy on matched quotes", "gold source pronoun:", "end-to-end", "articles/s"}) {
            assertTrue(run.out().contains(part), part + " in\n" + run.out());
        }
    }

    @Test
    void aBadArticleIsNamedOnStderrAndFailsTheRun() throws IOException {
        Path g = gold();
        Files.writeString(g.resolve("text/extra.txt"), "Nobody annotated this.");
        MainRun run = MainRun.of("eval", "--json", g.toString());
        assertEquals(1, run.status());
        assertEquals("extract: " + g.resolve("text/extra.txt") + ": no annotation file attributions/extra*.ann",
                run.err().strip());
        assertEquals(1, run.number("/articles"));
        assertEquals(1, run.number("/failed"));
    }

    @Test
    void usageErrors() {
        MainRun missing = MainRun.of("eval", dir.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("extract: "), missing.err());
        MainRun noText = MainRun.of("eval", dir.toString());
        assertEquals(2, noText.status());
        assertTrue(noText.err().contains("no text/ folder"), noText.err());
        Path g = gold();
        MainRun inside = MainRun.of("eval", "--details", g.resolve("out.tsv").toString(), g.toString());
        assertEquals(2, inside.status());
        assertFalse(Files.exists(g.resolve("out.tsv")));
        // checked before the run, not after it: a folder that does not exist, or a folder given as the file
        MainRun noFolder = MainRun.of("eval", "--details", dir.resolve("no/such/dir/out.tsv").toString(), g.toString());
        assertEquals(2, noFolder.status());
        assertTrue(noFolder.err().startsWith("extract: --details " + dir.resolve("no/such/dir/out.tsv") + ": cannot write (no such folder"),
                noFolder.err());
        assertFalse(noFolder.err().contains("articles"), "no figures: the run did not start");
        assertEquals(2, MainRun.of("eval", "--details", dir.toString(), g.toString()).status());
    }
}
