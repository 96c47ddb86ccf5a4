package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import extract.output.QuoteRow;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input, format and message options of `extract quotes`, end to end through picocli. */
class OptionsTest {
    static final String ARTICLE = QuotesCommandTest.ARTICLE;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static List<List<String>> cells(String tsv) {
        return tsv.lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    @Test
    void anImpossibleDateIsOneLineNotJavasExceptionText() {
        Cli.Result r = Cli.quotes("--date", "2019-02-30", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--date: 2019-02-30 is not a date (YYYY-MM-DD)"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Text '"), r.err());
        assertEquals(2, Cli.quotes("--date", "tomorrow", "x.txt").status());
    }

    @Test
    void jsonIsJsonLines() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Cli.Result r = Cli.quotes("-f", "json", a.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            try (JsonParser p = new JsonFactory().createParser(line)) {
                assertEquals(JsonToken.START_OBJECT, p.nextToken());
                p.skipChildren();
                assertEquals(null, p.nextToken());
            }
            assertTrue(line.contains("\"speaker\""), line);
        }
    }

    @Test
    void columnsChooseAndOrderTheOutput() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Cli.Result r = Cli.quotes("-f", "tsv", "--columns", "speaker, quote,start", a.toString());
        assertEquals(0, r.status(), r.err());
        List<List<String>> rows = cells(r.out());
        assertEquals(List.of("speaker", "quote", "start"), rows.get(0));
        assertTrue(rows.size() > 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(3, row.size());
            int start = Integer.parseInt(row.get(2));
            assertTrue(ARTICLE.startsWith(row.get(1), ARTICLE.offsetByCodePoints(0, start)), row.toString());
        }
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("Ann Lee")));
        Cli.Result bad = Cli.quotes("--columns", "speaker,nope", a.toString());
        assertEquals(2, bad.status());
        List<String> shown = QuoteRow.HEADER.stream().filter(c -> !c.equals("rule")).toList(); // rule: with --explain
        assertTrue(bad.err().contains("--columns: no column 'nope'; the columns are " + String.join(",", shown)),
                bad.err());
    }

    @Test
    void filesFromReadsOnePathPerLineSpacesIncluded() throws IOException {
        Path a = write("with space/a b.txt", ARTICLE);
        Path b = write("b.txt", ARTICLE);
        Path list = write("list.txt", a + "\r\n\n" + b + "\n");
        Cli.Result r = Cli.quotes("-f", "tsv", "--columns", "file", "--files-from", list.toString());
        assertEquals(0, r.status(), r.err());
        List<String> files = r.out().lines().skip(1).distinct().toList();
        assertEquals(List.of(a.toString(), b.toString()), files);
    }

    @Test
    void filesFromStandardInputWithNulSeparators() throws IOException {
        Path a = write("odd\nname.txt", ARTICLE); // a line break in a file name: only -0 can list it
        Path b = write("b.txt", ARTICLE);
        Cli.Result r = Cli.run(QuotesCommand::new, a + "\0" + b + "\0", "-f", "tsv", "--columns", "start",
                "--files-from", "-", "-0");
        assertEquals(0, r.status(), r.err());
        assertEquals(2 * (int) Cli.quotes("-f", "tsv", b.toString()).out().lines().skip(1).count(),
                (int) r.out().lines().skip(1).count());
        assertEquals(2, Cli.quotes("-0", b.toString()).status()); // -0 without --files-from
        assertEquals(2, Cli.run(QuotesCommand::new, "", "--files-from", "-", "-").status());
        Cli.Result missing = Cli.quotes("--files-from", dir.resolve("nolist.txt").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--files-from " + dir.resolve("nolist.txt") + ": no such file or folder"),
                missing.err());
    }

    @Test
    void aUtf8FileWithOneBadByteKeepsItsDirectQuotes() throws IOException {
        byte[] good = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 4);
        bad[4] = (byte) 0x9D; // a stray windows-1252 byte in "The minister"
        System.arraycopy(good, 4, bad, 5, good.length - 4);
        Path a = dir.resolve("a.txt");
        Files.write(a, bad);
        Cli.Result r = Cli.quotes("-f", "tsv", "--columns", "kind,quote", a.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("extract: " + a + ": warning: not valid UTF-8 at byte 4; 1 bad byte replaced"), r.err());
        assertTrue(cells(r.out()).contains(List.of("direct", "“It is a promise they cannot keep,”")), r.out());
        assertFalse(r.out().contains("â€"), r.out());
    }

    @Test
    void encodingForcesTheCharset() throws IOException {
        Path a = dir.resolve("latin.txt");
        Files.write(a, ARTICLE.replace("Ann Lee", "Zoë Lee").getBytes(Charset.forName("windows-1252")));
        Cli.Result r = Cli.quotes("-f", "tsv", "--columns", "speaker", "--encoding", "windows-1252", a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Zoë Lee"), r.out());
        Cli.Result bad = Cli.quotes("--encoding", "klingon-8", a.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--encoding: klingon-8 is not a known encoding"), bad.err());
    }

    @Test
    void relativeTimesWithoutAReferenceDateAreExplainedOnce() throws IOException {
        Path a = write("a.txt", "The mayor said on Sunday that the bridge would open soon.\n\n"
                + "The governor told reporters on Monday that the money was there.\n");
        Cli.Result r = Cli.quotes("-f", "tsv", "--columns", "when,date", a.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Sunday"), r.out());
        assertEquals(1, r.err().lines().filter(l -> l.contains("--date")).count(), r.err());
        Cli.Result dated = Cli.quotes("-f", "tsv", "--date", "2019-01-10", a.toString());
        assertEquals("", dated.err());
    }

    @Test
    void folderLinkBackToItsParentIsNoFailure() throws IOException {
        Path a = write("top/a.txt", ARTICLE);
        Files.createSymbolicLink(dir.resolve("top/again"), dir.resolve("top"));
        Cli.Result r = Cli.quotes("-f", "tsv", "--columns", "file", dir.resolve("top").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(a.toString()));
        assertTrue(r.err().contains("warning: skipped: a link back to the folder"), r.err());
    }
}
