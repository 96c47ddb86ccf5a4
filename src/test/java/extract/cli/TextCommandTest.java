package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.output.QuoteRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract text`: what the other commands read, per input, in plain text or with metadata. */
class TextCommandTest {
    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Bridge to close | Harbour Times</title>
            <meta property="og:site_name" content="Harbour Times">
            <meta property="article:published_time" content="2019-11-19T08:00:00Z">
            <meta name="author" content="Sam Okafor"></head><body>
            <nav><a href="/">Home</a></nav>
            <div class="promo-card"><a href="/v/1"><h3>Vance: “I will not resign over the bridge”</h3></a></div>
            <article><h1>Bridge to close</h1>
            <p>The council voted on Tuesday to close the old harbour bridge, citing cracks in two of its piers.</p>
            <p>“We had no choice, because the inspectors were clear,” said Mara Vance, the council’s chair.</p>
            <p>Shop owners said the closure would cut their trade, and several asked for a ferry in the meantime.</p>
            <ul class="related"><li><a href="/x">Vance: “The budget is safe”</a></li><li><a href="/y">Ferry plan rejected</a></li></ul>
            </article></body></html>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Cli.Result text(String... args) {
        return Cli.run(TextCommand::new, "", args);
    }

    @Test
    void plainTextOfEachInputAfterAHeaderLine() throws IOException {
        Path page = write("page.html", PAGE);
        Path note = write("note.txt", "He said “yes”.\n");
        Cli.Result r = text(page.toString(), note.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("==> " + page + " <==\n"
                + "Bridge to close\n\n"
                + "The council voted on Tuesday to close the old harbour bridge, citing cracks in two of its piers.\n\n"
                + "“We had no choice, because the inspectors were clear,” said Mara Vance, the council’s chair.\n\n"
                + "Shop owners said the closure would cut their trade, and several asked for a ferry in the meantime.\n"
                + "\n==> " + note + " <==\nHe said “yes”.\n", r.out());
    }

    @Test
    void oneInputIsItsTextAloneAndNoHeaderLeavesOutTheHeaders() throws IOException {
        Path a = write("a.txt", "Just this.");
        assertEquals("Just this.\n", text(a.toString()).out());
        Path b = write("b.txt", "And that.\n");
        assertEquals("Just this.\n\nAnd that.\n", text("--no-header", a.toString(), b.toString()).out());
    }

    @Test
    void jsonlCarriesTheMetadata() throws IOException {
        Cli.Result r = text("-f", "jsonl", write("page.html", PAGE).toString(), write("note.txt", "Plain.").toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        String page = lines.get(0);
        assertTrue(page.contains("\"headline\":\"Bridge to close\""), page);
        assertTrue(page.contains("\"byline\":\"Sam Okafor\""), page);
        assertTrue(page.contains("\"published\":\"2019-11-19\""), page);
        assertTrue(page.contains("\"site_name\":\"Harbour Times\""), page);
        assertTrue(page.contains("\"text\":\"Bridge to close\\n\\nThe council voted"), page);
        assertTrue(lines.get(1).endsWith("\"text\":\"Plain.\",\"headline\":\"\",\"byline\":\"\",\"published\":\"\",\"site_name\":\"\"}"),
                lines.get(1));
    }

    @Test
    void outputFileFormatFollowsItsExtension() throws IOException {
        Path out = dir.resolve("texts.jsonl");
        Cli.Result r = text("-o", out.toString(), write("note.txt", "Plain.").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(out).startsWith("{\"file\":"), Files.readString(out));
    }

    @Test
    void aBadInputIsOneLineAndTheBatchGoesOn() throws IOException {
        Path missing = dir.resolve("missing.html");
        Path broken = write("broken.html", "<html><body><div><p>Half a page, cut off in the mid");
        Path binary = dir.resolve("binary.html");
        Files.write(binary, new byte[] {'<', 'p', '>', 0, 0, 1, 2});
        Cli.Result r = text(missing.toString(), binary.toString(), broken.toString());
        assertEquals(1, r.status());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("extract: " + missing + ": "), r.err());
        assertTrue(r.out().contains("Half a page, cut off in the mid"), r.out());
    }

    @Test
    void quoteOffsetsCountInThisTextAndTeasersGiveNoQuotes() throws IOException {
        Path page = write("page.html", PAGE);
        String text = text(page.toString()).out();
        text = text.substring(0, text.length() - 1); // the line break that ends the output
        Cli.Result q = Cli.quotes("-f", "tsv", page.toString());
        assertEquals(0, q.status(), q.err());
        List<String> lines = q.out().lines().toList();
        assertEquals(String.join("\t", QuoteRow.HEADER), lines.get(0));
        assertTrue(lines.size() > 1, q.out());
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = List.of(line.split("\t", -1));
            int s = text.offsetByCodePoints(0, Integer.parseInt(row.get(1)));
            int e = text.offsetByCodePoints(0, Integer.parseInt(row.get(2)));
            assertEquals(row.get(7), text.substring(s, e));
            assertFalse(row.get(7).contains("resign") || row.get(7).contains("budget"), "a teaser quoted: " + line);
        }
    }
}
