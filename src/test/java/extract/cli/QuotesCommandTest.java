package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.HtmlArticle;
import extract.output.QuoteRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through picocli: inputs good and bad, formats, output file, exit statuses. */
class QuotesCommandTest {
    private static final List<String> PLAIN_HEADER = QuoteRow.HEADER;
    static final String ARTICLE = "The minister spoke on Monday.\n\n"
            + "“We will not raise taxes this year,” the minister said.\n\n"
            + "Critics disagreed. “It is a promise they cannot keep,” said Ann Lee, an economist.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** TSV data lines split into cells (header dropped). */
    private static List<List<String>> rows(String tsv) {
        List<String> lines = tsv.lines().toList();
        assertEquals(String.join("\t", PLAIN_HEADER), lines.get(0));
        return lines.stream().skip(1).map(l -> List.of(l.split("\t", -1))).toList();
    }

    private static final int FILE = 0, START = 1, END = 2, QUOTE = 7;

    private static String spanOf(String text, List<String> row) {
        int s = text.offsetByCodePoints(0, Integer.parseInt(row.get(START)));
        int e = text.offsetByCodePoints(0, Integer.parseInt(row.get(END)));
        return text.substring(s, e);
    }

    @Test
    void quotesOfAnArticleWithCodePointOffsets() throws IOException {
        String text = "😀 " + ARTICLE; // an astral character first: code points differ from UTF-16 units
        Path a = write("a.txt", text);
        Cli.Result r = Cli.quotes("-f", "tsv", a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<List<String>> rows = rows(r.out());
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            assertEquals(PLAIN_HEADER.size(), row.size());
            assertEquals(a.toString(), row.get(FILE));
            String cp = new String(text.codePoints().skip(Integer.parseInt(row.get(START)))
                    .limit(Integer.parseInt(row.get(END)) - Integer.parseInt(row.get(START))).toArray(), 0,
                    Integer.parseInt(row.get(END)) - Integer.parseInt(row.get(START)));
            assertEquals(row.get(QUOTE), cp);
        }
        assertTrue(rows.stream().anyMatch(row -> row.get(QUOTE).contains("We will not raise taxes")));
    }

    @Test
    void badInputsAreOneLineEachAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", ARTICLE);
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 9});
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.quotes("-f", "tsv", missing.toString(), binary.toString(), good.toString());
        assertEquals(1, r.status());
        assertEquals("extract: " + missing + ": no such file or folder\n"
                + "extract: " + binary + ": binary file (contains NUL bytes), not text\n", r.err());
        assertFalse(rows(r.out()).isEmpty());
        assertTrue(rows(r.out()).stream().allMatch(row -> row.get(FILE).equals(good.toString())));
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path locked = write("locked.txt", ARTICLE);
        locked.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "root reads everything");
        Cli.Result r = Cli.quotes("-f", "tsv", locked.toString());
        assertEquals(1, r.status());
        assertEquals("extract: " + locked + ": permission denied\n", r.err());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
        Path old = dir.resolve("old.txt");
        Files.write(old, ARTICLE.replace("Ann Lee", "Ann Lée").getBytes("windows-1252"));
        Cli.Result r = Cli.quotes("-f", "tsv", old.toString());
        assertEquals(0, r.status());
        assertEquals("extract: " + old + ": warning: not valid UTF-8; read as windows-1252\n", r.err());
        assertTrue(rows(r.out()).stream().anyMatch(row -> row.get(QUOTE).contains("We will not raise taxes")));
    }

    @Test
    void textGarbledUpstreamIsMendedWithAWarningUnlessAnEncodingIsForced() throws IOException {
        String garbled = new String(ARTICLE.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
        Path scraped = write("scraped.txt", garbled);
        Cli.Result r = Cli.quotes("-f", "tsv", scraped.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("extract: " + scraped + ": warning: 4 garbled characters mended (UTF-8 once read as windows-1252, such as \"â€œ\");"
                + " offsets count in the mended text\n", r.err());
        List<List<String>> found = rows(r.out());
        assertTrue(found.stream().anyMatch(row -> row.get(QUOTE).equals("“We will not raise taxes this year,”")), r.out());
        assertTrue(found.stream().anyMatch(row -> row.get(QUOTE).equals("“It is a promise they cannot keep,”")
                && row.get(4).equals("Ann Lee")), r.out());
        Cli.Result asGiven = Cli.quotes("-f", "tsv", "--encoding", "UTF-8", scraped.toString());
        assertEquals("", asGiven.err());
        assertTrue(rows(asGiven.out()).stream().noneMatch(row -> row.get(QUOTE).contains("“")), asGiven.out());
    }

    @Test
    void htmlCharacterReferencesInPlainTextAreDecodedWithAWarning() throws IOException {
        Path exported = write("feed.txt", ARTICLE.replace("“", "&ldquo;").replace("”", "&#8221;"));
        Cli.Result r = Cli.quotes("-f", "tsv", exported.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("extract: " + exported + ": warning: 4 HTML character references decoded (such as \"&ldquo;\");"
                + " offsets count in the decoded text\n", r.err());
        assertTrue(rows(r.out()).stream().anyMatch(row -> row.get(QUOTE).equals("“It is a promise they cannot keep,”")
                && row.get(4).equals("Ann Lee")), r.out());
    }

    @Test
    void aHardWrappedTextKeepsItsQuotationsWholeAndItsOffsets() throws IOException {
        String text = "Council approves budget\n\nThe city council approved the budget on Tuesday after a long debate. \"We\n"
                + "will not raise taxes this year, and we will not cut the libraries\neither,\" the mayor told reporters after the "
                + "vote. Critics were not\nconvinced by the promise of the mayor.\n";
        Path wrapped = write("wire.txt", text);
        Cli.Result r = Cli.quotes("-f", "tsv", wrapped.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err(), "hard-wrapped text is a format, not a problem");
        List<String> row = rows(r.out()).stream().filter(x -> x.get(QUOTE).contains("raise taxes")).findFirst().orElseThrow();
        assertTrue(row.get(QUOTE).contains("We will not raise taxes this year, and we will not cut the libraries either,\""), row.get(QUOTE));
        assertEquals("direct", row.get(3));
        int start = Integer.parseInt(row.get(START));
        assertEquals("\"We\nwill", text.substring(start, start + 8), "offsets count in the file as written");
    }

    @Test
    void aMarkdownArticleIsReadAsItsWords() throws IOException {
        Path md = write("story.md", "# Budget\n\n“It is a promise they cannot keep,” said **Ann Lee**, an "
                + "[economist](https://example.com/lee).\n");
        Cli.Result r = Cli.quotes("-f", "tsv", md.toString());
        assertEquals(0, r.status(), r.err());
        List<String> row = rows(r.out()).get(0);
        assertEquals("Ann Lee", row.get(4));
        assertEquals("“It is a promise they cannot keep,”", row.get(QUOTE));
        assertEquals(8, Integer.parseInt(row.get(START)), "offsets count in the words, as `extract text` prints them");
    }

    @Test
    void aTableOfArticlesGivesEachRowsQuotesUnderItsIdAndItsBadRowsFail() throws IOException {
        Path table = write("export.jsonl", "{\"id\": \"story-1\", \"date\": \"2019-06-27\", \"text\": "
                + "\"“We will not raise taxes this year,” the minister said on Tuesday.\"}\n"
                + "{\"id\": \"story-2\", \"title\": \"no text\"}\n"
                + "{\"id\": \"story-3\", \"text\": \"“It is a promise they cannot keep,” said Ann Lee, an economist.\"}\n");
        Cli.Result r = Cli.quotes("-f", "tsv", "--table", "json", table.toString());
        assertEquals(1, r.status(), "one row failed");
        assertEquals("extract: story-2: no \"text\" field (line 2 of " + table + ")\n", r.err());
        List<List<String>> found = rows(r.out());
        List<String> taxes = found.stream().filter(x -> x.get(QUOTE).contains("raise taxes")).findFirst().orElseThrow();
        assertEquals("story-1", taxes.get(FILE));
        assertEquals("2019-06-25", taxes.get(9), "Tuesday before the row's date");
        assertTrue(found.stream().anyMatch(x -> x.get(FILE).equals("story-3") && x.get(4).equals("Ann Lee")), r.out());
        Cli.Result xml = Cli.quotes("--table", "xml", table.toString());
        assertEquals(2, xml.status());
        assertTrue(xml.err().contains("--table: 'xml' is not a table format extract reads (json or csv)"), xml.err());
        Path sheet = write("export.csv", "id,date,text\nstory-9,2019-06-27,\"“We will not raise taxes this year,” the minister said "
                + "on Tuesday.\nCritics disagreed.\"\n");
        Cli.Result csv = Cli.quotes("-f", "tsv", "--table", "csv", sheet.toString());
        assertEquals(0, csv.status(), csv.err());
        List<String> row = rows(csv.out()).get(0);
        assertEquals("story-9", row.get(FILE));
        assertEquals("2019-06-25", row.get(9), "a CSV field may hold a line break; the date column dates it");
    }

    @Test
    void aTextInAnotherLanguageIsReportedAndGivesNoRowsWhileTheBatchGoesOn() throws IOException {
        Path portuguese = write("noticia.txt", "Entrevista com o prefeito\n\n"
                + "Carlos: Estou aqui ao lado do Eugênio, que já é de casa e que sempre nos ajuda com o trabalho da escola. "
                + "Eugênio: Por sua causa, Carlos, estamos fazendo uma série de brincadeiras com o grupo, que é um trabalho "
                + "que tenho aqui na universidade. Carlos: Então é isso, e agora vamos para a próxima parte do programa.\n");
        Path english = write("news.txt", ARTICLE);
        Cli.Result r = Cli.quotes("-f", "tsv", portuguese.toString(), english.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("extract: " + portuguese + ": warning: not English ("), r.err());
        assertTrue(rows(r.out()).stream().noneMatch(row -> row.get(0).endsWith("noticia.txt")), r.out());
        assertTrue(rows(r.out()).stream().anyMatch(row -> row.get(QUOTE).contains("We will not raise taxes")), "the English file is read");
    }

    @Test
    void emptyFileGivesNoRows() throws IOException {
        Cli.Result r = Cli.quotes("-f", "tsv", write("empty.txt", "").toString());
        assertEquals(0, r.status());
        assertEquals(String.join("\t", PLAIN_HEADER) + "\n", r.out());
    }

    @Test
    void byteOrderMarkIsSkippedAndOffsetsCountFromTheText() throws IOException {
        Path plain = write("plain.txt", ARTICLE);
        Path bom = write("bom.txt", "\uFEFF" + ARTICLE);
        List<List<String>> a = rows(Cli.quotes("-f", "tsv", plain.toString()).out());
        List<List<String>> b = rows(Cli.quotes("-f", "tsv", bom.toString()).out());
        assertEquals(a.stream().map(r -> r.subList(1, r.size())).toList(), b.stream().map(r -> r.subList(1, r.size())).toList());
    }

    @Test
    void crlfAndCrLineEndingsFindTheSameQuotes() throws IOException {
        List<List<String>> lf = rows(Cli.quotes("-f", "tsv", write("lf.txt", ARTICLE).toString()).out());
        for (String eol : new String[] {"\r\n", "\r"}) {
            String text = ARTICLE.replace("\n", eol);
            List<List<String>> other = rows(Cli.quotes("-f", "tsv", write("eol.txt", text).toString()).out());
            assertEquals(lf.stream().map(r -> r.get(QUOTE)).toList(), other.stream().map(r -> r.get(QUOTE)).toList());
            for (List<String> row : other) assertEquals(row.get(QUOTE), spanOf(text, row));
        }
    }

    @Test
    void htmlPageGivesQuotesOfItsArticleText() throws IOException {
        String html = "<html><head><title>T</title><script>var s = \"“not a quote,” said the script\";</script></head>"
                + "<body><nav>Home | World</nav><article><h1>Budget day</h1>"
                + "<p>“We will not raise taxes this year,” the minister said.</p>"
                + "<!-- “hidden,” said the comment --></article></body></html>";
        Path page = write("page.html", html);
        Cli.Result r = Cli.quotes("-f", "tsv", page.toString());
        assertEquals(0, r.status(), r.err());
        List<List<String>> rows = rows(r.out());
        assertEquals(1, rows.size(), r.out());
        assertEquals(page.toString(), rows.get(0).get(FILE));
        assertEquals(rows.get(0).get(QUOTE), spanOf(HtmlArticle.text(html), rows.get(0)));
    }

    @Test
    void aPagesPublishedDateIsTheReferenceDate() throws IOException {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2019-01-10T08:00:00Z\"></head>"
                + "<body><article><h1>Budget day</h1>"
                + "<p>“We will not raise taxes this year,” the finance minister said on Sunday in a speech.</p>"
                + "<p>The opposition disagreed with the plan.</p></article></body></html>";
        Path page = write("page.html", html);
        Cli.Result r = Cli.quotes("-f", "tsv", page.toString());
        assertEquals(0, r.status(), r.err());
        List<List<String>> rows = rows(r.out());
        assertEquals(1, rows.size(), r.out());
        assertEquals("2019-01-06", rows.get(0).get(QuoteRow.HEADER.indexOf("date")), r.out());
        assertEquals("2019-01-10", rows.get(0).get(QuoteRow.HEADER.indexOf("article_date")), r.out());
        Cli.Result given = Cli.quotes("-f", "tsv", "--date", "2019-02-14", page.toString());
        assertEquals("2019-02-10", rows(given.out()).get(0).get(QuoteRow.HEADER.indexOf("date")), "--date wins over the page");
    }

    @Test
    void standardInputIsNamedDash() {
        Cli.Result r = Cli.run(QuotesCommand::new, ARTICLE, "-f", "tsv", "-");
        assertEquals(0, r.status());
        assertTrue(rows(r.out()).stream().allMatch(row -> row.get(FILE).equals("-")));
        assertFalse(rows(r.out()).isEmpty());
    }

    @Test
    void argumentFileListsInputs() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Path list = write("inputs.list", a + "\n");
        Cli.Result r = Cli.quotes("-f", "tsv", "@" + list);
        assertEquals(0, r.status(), r.err());
        assertFalse(rows(r.out()).isEmpty());
    }

    @Test
    void rowOrderIsTheInputOrderWhateverTheThreads() throws IOException {
        for (int i = 0; i < 12; i++) {
            // Different lengths so workers finish out of order.
            write(String.format("batch/%02d.txt", i), ARTICLE.repeat(1 + (11 - i) % 5).replace("Monday", "day " + i));
        }
        String one = Cli.quotes("-f", "tsv", "--threads", "1", dir.resolve("batch").toString()).out();
        String four = Cli.quotes("-f", "tsv", "--threads", "4", dir.resolve("batch").toString()).out();
        assertEquals(one, four);
        List<String> files = new ArrayList<>(rows(one).stream().map(r -> r.get(FILE)).distinct().toList());
        assertEquals(12, files.size());
        assertEquals(files.stream().sorted().toList(), files);
    }

    @Test
    void outputFileIsWrittenAndFormatFollowsItsExtension() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Path out = dir.resolve("quotes.csv");
        Cli.Result r = Cli.quotes("-o", out.toString(), a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).startsWith(String.join(",", PLAIN_HEADER) + "\r\n"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "no temporary file left");
        }
    }

    @Test
    void refusesToWriteOverAnInput() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Cli.Result r = Cli.quotes("-o", a.toString(), dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("refusing to write over an input"), r.err());
        assertEquals(ARTICLE, Files.readString(a));
    }

    @Test
    void closedPipeEndsQuietly() throws IOException {
        for (int i = 0; i < 5; i++) write("many/" + i + ".txt", ARTICLE.repeat(40));
        Cli.Result r = Cli.run(QuotesCommand::new, "", new PipeStream(2000), "-f", "tsv", dir.resolve("many").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
    }

    /** An output stream that, like a pipe whose reader has gone, fails once it has taken {@code limit} bytes. */
    private static final class PipeStream extends OutputStream {
        private final int limit;
        private int taken;

        PipeStream(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (taken + len > limit) throw new IOException("Broken pipe");
            taken += len;
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.quotes().status());
        assertEquals(2, Cli.quotes("--threads", "0", "x.txt").status());
        Cli.Result badFormat = Cli.quotes("-f", "xml", "x.txt");
        assertEquals(2, badFormat.status());
        assertTrue(badFormat.err().contains("use table, tsv, csv, jsonl (or json) or html"), badFormat.err());
        assertEquals(2, Cli.quotes("--date", "yesterday", "x.txt").status());
    }

    @Test
    void helpListsTheFormats() {
        Cli.Result r = Cli.quotes("--help");
        assertEquals(0, r.status());
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("table, tsv, csv, jsonl (json is the same: JSON Lines) or html"), r.out());
    }

    @Test
    void tableFormatFitsTheWidthAndKeepsEveryQuote() throws IOException {
        Cli.Result r = Cli.quotes("-f", "table", write("a.txt", ARTICLE).toString());
        assertEquals(0, r.status());
        for (String l : r.out().lines().toList()) assertTrue(l.length() <= 100, l);
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("“We will not raise taxes this year,”"), r.out());
        assertTrue(flat.contains("“It is a promise they cannot keep,”"), r.out());
    }

    @Test
    void jsonlHasOneObjectPerQuote() throws IOException {
        Path a = write("a.txt", ARTICLE);
        int quotes = rows(Cli.quotes("-f", "tsv", a.toString()).out()).size();
        List<String> lines = Cli.quotes("-f", "jsonl", a.toString()).out().lines().toList();
        assertEquals(quotes, lines.size());
        assertTrue(lines.get(0).startsWith("{\"file\":") && lines.get(0).endsWith("}"));
    }

    @Test
    void jsonlAlwaysSaysWhichRulesDecidedARow() throws IOException {
        Path a = write("a.txt", ARTICLE);
        List<String> lines = Cli.quotes("-f", "jsonl", a.toString()).out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.contains("\"rule\":\"cue: ") || l.contains("\"rule\":\"span: ")
                || l.contains("\"rule\":\"source: ")), () -> "rows: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("speaker: name (“Ann Lee”")), () -> "rows: " + lines);
    }

    @Test
    void explainAddsTheRuleColumn() throws IOException {
        Path a = write("a.txt", ARTICLE);
        List<String> lines = Cli.quotes("-f", "tsv", "--explain", a.toString()).out().lines().toList();
        assertEquals(String.join("\t", QuoteRow.EXPLAINED_HEADER), lines.get(0));
        int rule = QuoteRow.EXPLAINED_HEADER.indexOf("rule");
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.split("\t", -1)[rule].contains("speaker: "), l);
        }
    }
}
