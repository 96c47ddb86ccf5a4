package extract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RowWritersTest {
    private static final List<String> HEADER = List.of("file", "start", "quote");
    private static final List<List<?>> ROWS = List.of(
            List.of("a.txt", 3, "plain"),
            List.of("a.txt", 40, "\"Tabs\there,\" and\nlines, \"quotes\""),
            Arrays.asList("b.txt", 7, null));

    private static String write(OutputFormat f, boolean header, int width, List<List<?>> rows) throws IOException {
        StringWriter out = new StringWriter();
        RowWriter w = f.open(out, HEADER, header, width);
        for (List<?> r : rows) w.write(r);
        w.finish();
        return out.toString();
    }

    @Test
    void tsvIsOneLinePerRowWithCleanFields() throws IOException {
        String tsv = write(OutputFormat.TSV, true, 80, ROWS);
        List<String> lines = tsv.lines().toList();
        assertEquals(4, lines.size());
        assertEquals("file\tstart\tquote", lines.get(0));
        assertEquals("a.txt\t3\tplain", lines.get(1));
        // Leading quote: quoted CSV-style, so spreadsheets do not read across cells.
        assertEquals("a.txt\t40\t\"\"\"Tabs here,\"\" and lines, \"\"quotes\"\"\"", lines.get(2));
        assertEquals("b.txt\t7\t", lines.get(3));
        assertTrue(tsv.endsWith("\n"));
    }

    @Test
    void tsvReadsBackAsTheSameCellsWithAQuoteAwareReader() throws IOException {
        String tsv = write(OutputFormat.TSV, false, 80, ROWS);
        List<CSVRecord> records = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false).get().parse(new StringReader(tsv)).getRecords();
        assertEquals("\"Tabs here,\" and lines, \"quotes\"", records.get(1).get(2));
    }

    @Test
    void noHeaderMeansRowsOnly() throws IOException {
        assertEquals("a.txt\t3\tplain\n", write(OutputFormat.TSV, false, 80, ROWS.subList(0, 1)));
        assertEquals("a.txt,3,plain\r\n", write(OutputFormat.CSV, false, 80, ROWS.subList(0, 1)));
    }

    @Test
    void csvFollowsRfc4180AndRoundTrips() throws IOException {
        String csv = write(OutputFormat.CSV, true, 80, ROWS);
        assertTrue(csv.startsWith("file,start,quote\r\n"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(4, records.size());
        assertEquals("\"Tabs\there,\" and\nlines, \"quotes\"", records.get(2).get(2));
        assertEquals("", records.get(3).get(2));
    }

    @Test
    void jsonlIsOneObjectPerLineWithNumericOffsets() throws IOException {
        String jsonl = write(OutputFormat.JSONL, true, 80, ROWS);
        List<String> lines = jsonl.lines().toList();
        assertEquals(3, lines.size());
        Map<String, Object> second = parse(lines.get(1));
        assertEquals(40, second.get("start"));
        assertEquals("\"Tabs\there,\" and\nlines, \"quotes\"", second.get("quote"));
        assertEquals("", parse(lines.get(2)).get("quote"));
        assertEquals(List.of("file", "start", "quote"), new ArrayList<>(second.keySet()));
    }

    private static Map<String, Object> parse(String line) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken v = p.nextToken();
                m.put(k, v == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getText());
            }
            assertEquals(null, p.nextToken());
        }
        return m;
    }

    @Test
    void tableAlignsColumnsAndWrapsTheWidestToTheWidth() throws IOException {
        String longQuote = "one two three four five six seven eight nine ten eleven twelve thirteen";
        String table = write(OutputFormat.TABLE, true, 40,
                List.of(List.of("a.txt", 3, "short"), List.of("b.txt", 12, longQuote)));
        List<String> lines = table.lines().toList();
        assertEquals("file   start  quote", lines.get(0));
        for (String l : lines) assertTrue(l.length() <= 40, l);
        int quoteColumn = lines.get(0).indexOf("quote");
        String rejoined = String.join(" ", lines.stream().filter(l -> l.length() > quoteColumn)
                .skip(3).map(l -> l.substring(quoteColumn).strip()).toList());
        assertEquals(longQuote, rejoined);
    }

    @Test
    void tableFitsWhenThereIsRoom() throws IOException {
        String table = write(OutputFormat.TABLE, true, 80, List.of(List.of("a.txt", 3, "short"), List.of("bb.txt", 12, "x")));
        assertEquals("file    start  quote\n------  -----  -----\na.txt   3      short\nbb.txt  12     x\n", table);
    }

    @Test
    void tooManyColumnsForTheWidthStackEachRow() throws IOException {
        String quote = "a quotation long enough that it needs most of a narrow terminal to be read";
        String table = write(OutputFormat.TABLE, true, 40, List.of(
                List.of("some/long/folder/name/a.txt", 3, quote), List.of("b.txt", 9, "")));
        assertEquals("""
                file   some/long/folder/name/a.txt
                start  3
                quote  a quotation long enough that it
                       needs most of a narrow terminal
                       to be read

                file   b.txt
                start  9
                quote
                """, table);
    }

    @Test
    void detailColumnsLeaveTheTableBeforeItStacks() throws IOException {
        String quote = "a quotation long enough that it needs most of a narrow terminal to be read";
        String table = (new StringWriterRun()).table(45, List.of("file", "start", "end", "speaker", "quote"),
                List.of(List.of("a.txt", 1234, 1301, "Ana Ruiz", quote)));
        List<String> lines = table.lines().toList();
        assertEquals("file   speaker   quote", lines.get(0).stripTrailing());
        assertTrue(lines.get(2).startsWith("a.txt  Ana Ruiz  a quotation"), lines.get(2));
    }

    /** Writes rows under any header as a table of the given width. */
    private static final class StringWriterRun {
        String table(int width, List<String> header, List<List<?>> rows) throws IOException {
            java.io.StringWriter out = new java.io.StringWriter();
            RowWriter w = OutputFormat.TABLE.open(out, header, true, width);
            for (List<?> r : rows) w.write(r);
            w.finish();
            return out.toString();
        }
    }

    @Test
    void longPathsKeepTheirEnd() {
        assertEquals("…der/a.txt", TableWriter.keepEnd("some/folder/a.txt", 10));
        assertEquals("a.txt", TableWriter.keepEnd("a.txt", 10));
    }

    @Test
    void wrapBreaksAtSpacesAndSplitsLongWords() {
        assertEquals(List.of("aaa bb", "cccccc", "ccc d"), TableWriter.wrap("aaa bb ccccccccc d", 6));
    }

    private static final String SEED_LIKE_QUOTE = "“Political settlement of the peninsula is the only way forward, and we will "
            + "keep working with all parties to reach it,” he said on Tuesday in a long speech to the assembly.";

    private static List<Object> quoteRow(String file, String speaker, String quote, String when, String date, String where) {
        List<Object> row = new ArrayList<>(Arrays.asList(file, 120, 240, "direct", speaker, "he", "said", quote, when, date, where));
        while (row.size() < QuoteRow.HEADER.size()) row.add(""); // columns added later (rule, ...)
        return row;
    }

    @Test
    void at80And120ColumnsTheQuotesAreACompactTableNotBlocks() throws IOException {
        for (int width : List.of(80, 100, 120)) {
            String table = new StringWriterRun().table(width, QuoteRow.HEADER, List.of(
                    quoteRow("articles/2019/january/very-long-folder-name/xi-speech.txt", "Xi Jinping", SEED_LIKE_QUOTE,
                            "on Tuesday", "2019-01-08", "Beijing"),
                    quoteRow("articles/2019/january/very-long-folder-name/xi-speech.txt", "Kim Jong-un", "“Short.”", "", "", ""),
                    quoteRow("b.txt", "", "the talks would go on", "last week", "", "Hanoi")));
            List<String> lines = table.lines().toList();
            for (String l : lines) assertTrue(DisplayWidth.of(l) <= width, width + ": " + l);
            assertTrue(lines.get(0).startsWith("speaker"), table);
            assertTrue(lines.get(0).contains("kind") && lines.get(0).contains("quote") && lines.get(0).contains("when/where"), table);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("file: ") && l.endsWith("xi-speech.txt")), table);
            assertTrue(lines.contains("file: b.txt"), table);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Xi Jinping") && l.contains("direct") && l.contains("“Political")
                    && l.contains("2019-01-08")), table);
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("start ")), "no block lines: " + table);
            int quoteColumn = lines.get(0).indexOf("quote");
            String rejoined = String.join(" ", lines.subList(2, lines.size()).stream()
                    .takeWhile(l -> !l.isEmpty())
                    .filter(l -> l.length() > quoteColumn && !l.startsWith("file: "))
                    .map(l -> l.substring(quoteColumn, Math.min(l.length(), lines.get(1).lastIndexOf(' ') + 1)).strip())
                    .toList());
            assertEquals(SEED_LIKE_QUOTE, rejoined, table);
        }
    }

    @Test
    void belowTheCompactWidthEachRowIsABlockWithEveryColumn() throws IOException {
        String table = new StringWriterRun().table(50, QuoteRow.HEADER,
                List.of(quoteRow("a.txt", "Xi Jinping", SEED_LIKE_QUOTE, "", "", "")));
        List<String> labels = table.lines().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
        assertEquals(QuoteRow.HEADER, labels);
    }

    @Test
    void withTheRuleColumnRowsAreBlocksRatherThanACompactTable() throws IOException {
        List<Object> row = quoteRow("a.txt", "Xi Jinping", SEED_LIKE_QUOTE, "", "", "");
        row.add("cue: speech-verb-cue (“said”, verb); speaker: name (“Xi” → Xi Jinping)");
        String table = new StringWriterRun().table(100, QuoteRow.EXPLAINED_HEADER, List.of(row));
        List<String> labels = table.lines().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
        assertEquals(QuoteRow.EXPLAINED_HEADER, labels, "--explain: every column, the rule too");
    }

    @Test
    void widthIsCountedInDisplayCells() throws IOException {
        assertEquals(2, DisplayWidth.of("中"));
        assertEquals(2, DisplayWidth.of("😀"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(2, DisplayWidth.of("🇺🇸"));
        assertEquals(List.of("中文中文", "中文"), TableWriter.wrap("中文中文中文", 8));
        assertEquals("…文.txt", TableWriter.keepEnd("中文中文.txt", 7));
        String table = new StringWriterRun().table(80, List.of("speaker", "quote"), List.of(
                List.of("习近平", "ok"), List.of("Kim 😀", "ok"), List.of("Ann", "ok")));
        List<String> lines = table.lines().toList();
        // the quote column starts at the same cell on every line, whatever the speaker's characters
        int at = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("quote")));
        for (String l : lines.subList(2, lines.size())) {
            assertEquals(at, DisplayWidth.of(l.substring(0, l.indexOf("ok"))), l);
        }
    }
}
