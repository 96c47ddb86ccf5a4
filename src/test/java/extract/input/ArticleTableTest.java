package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTableTest {
    @TempDir
    Path dir;

    private final ArticleTable table = new ArticleTable(ArticleTable.Columns.DEFAULT);

    private Path write(String name, String... lines) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark, as some exporters write
        b.write(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
        Path p = dir.resolve(name);
        Files.write(p, b.toByteArray());
        return p;
    }

    @Test
    void eachRowIsAnArticleNamedByItsIdAndReadWhenItsTurnComes() throws Exception {
        Path f = write("news.jsonl",
                "{\"id\": \"a1\", \"date\": \"2019-06-27T10:00:00Z\", \"text\": \"“We won,” said Ann Lee on Tuesday.\"}",
                "",
                "{\"tags\": [\"x\", {\"y\": 1}], \"text\": \"<html><body><h1>Budget</h1><p>It passed.</p></body></html>\"}",
                "{\"id\": 7, \"text\": \"Caf\\u00e9 owners said no.\"}",
                "{\"id\": \"frag\", \"text\": \"<p>“It is over,” said <b>Tom Berg</b>.</p>\"}");
        List<Input> rows = table.rows(f);
        assertEquals(List.of("a1", f + ":3", "7", "frag"), rows.stream().map(Input::label).toList());
        SourceText first = table.read(rows.get(0)).source();
        assertEquals("“We won,” said Ann Lee on Tuesday.", first.text());
        assertEquals(Optional.of(LocalDate.of(2019, 6, 27)), first.metadata().published(), "a timestamp's day is the date");
        assertEquals("Budget\n\nIt passed.", table.read(rows.get(1)).source().text(), "an HTML page is its article text");
        assertEquals("Café owners said no.", table.read(rows.get(2)).source().text());
        assertEquals("7", table.read(rows.get(2)).source().file());
        assertEquals("“It is over,” said Tom Berg.", table.read(rows.get(3)).source().text(), "an article body's HTML, as CMS exports hold it");
    }

    @Test
    void aJsonArrayOfArticlesIsATableTooReadAnObjectAtATime() throws Exception {
        Path f = write("export.json", "[", "  {\"id\": \"a1\", \"tags\": [1, {\"x\": [2]}], \"text\": \"“One,” she said.\"},",
                "  {\"text\": \"Two.\", \"date\": \"2020-01-02\"},", "  \"no object\"", "]");
        List<Input> rows = table.rows(f);
        assertEquals(List.of("a1", f + ":3", f + ":4"), rows.stream().map(Input::label).toList());
        assertEquals("“One,” she said.", table.read(rows.get(0)).source().text());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), table.read(rows.get(1)).source().metadata().published());
        assertEquals("not a JSON object", assertThrows(InputException.class, () -> table.read(rows.get(2))).getMessage());
        Path cut = write("cut.json", "[{\"id\": \"x\", \"text\": \"ok\"},", "{\"id\": ");
        assertTrue(assertThrows(java.io.IOException.class, () -> table.rows(cut)).getMessage().startsWith("not a complete JSON array"));
    }

    @Test
    void aCsvTableNamesItsColumnsInItsHeaderAndAFieldMayHoldLineBreaks() throws Exception {
        Path f = write("sheet.csv", "id,text,date", "s1,\"“We won,” she said.", "", "It was late.\",2019-06-27", "s2,\"He said \"\"no\"\".\",", "");
        ArticleTable csv = new ArticleTable(ArticleTable.Format.CSV, ArticleTable.Columns.DEFAULT, SourceReader.DEFAULT_MAX_BYTES);
        List<Input> rows = csv.rows(f);
        assertEquals(List.of("s1", "s2"), rows.stream().map(Input::label).toList());
        assertEquals(2, rows.get(0).row().line());
        assertEquals(5, rows.get(1).row().line(), "the line a record starts on, past the line breaks of the one before");
        SourceText first = csv.read(rows.get(0)).source();
        assertEquals("“We won,” she said.\r\n\r\nIt was late.", first.text());
        assertEquals(Optional.of(LocalDate.of(2019, 6, 27)), first.metadata().published());
        assertEquals("He said \"no\".", csv.read(rows.get(1)).source().text());
        Path tsv = write("sheet.tsv", "id\ttext", "t1\tTabs part the fields.");
        assertEquals("Tabs part the fields.", csv.read(csv.rows(tsv).get(0)).source().text());
    }

    @Test
    void aSpreadsheetsWindows1252CsvIsReadAndItsUtf16OneNamed() throws Exception {
        ArticleTable csv = new ArticleTable(ArticleTable.Format.CSV, ArticleTable.Columns.DEFAULT, SourceReader.DEFAULT_MAX_BYTES);
        Path legacy = dir.resolve("legacy.csv");
        Files.write(legacy, "id,text\r\nw1,\"\u201CWe won,\u201D said Jos\u00E9 Pe\u00F1a.\"\r\n".getBytes("windows-1252"));
        assertEquals("“We won,” said José Peña.", csv.read(csv.rows(legacy).get(0)).source().text());
        Path unicode = dir.resolve("unicode.csv");
        Files.write(unicode, "id,text\r\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(unicode, new byte[] {(byte) 0xFF, (byte) 0xFE}, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(assertThrows(java.io.IOException.class, () -> csv.rows(unicode)).getMessage().startsWith("a UTF-16 table"));
    }

    @Test
    void aBadRowIsAnErrorOfThatRowAlone() throws Exception {
        Path f = write("bad.jsonl", "not json at all", "{\"id\": \"b2\", \"body\": \"no text here\"}", "{\"id\": \"b3\", \"text\": \"Fine.\"}");
        List<Input> rows = table.rows(f);
        assertEquals("not a JSON object", assertThrows(InputException.class, () -> table.read(rows.get(0))).getMessage());
        assertEquals("no \"text\" field (line 2 of " + f + ")", assertThrows(InputException.class, () -> table.read(rows.get(1))).getMessage());
        assertEquals("Fine.", table.read(rows.get(2)).source().text());
        ArticleTable small = new ArticleTable(ArticleTable.Format.JSON, ArticleTable.Columns.DEFAULT, 30);
        List<Input> capped = small.rows(f);
        assertEquals(f + ":2", capped.get(1).label(), "a row too long is not parsed for its id");
        assertEquals("too large (a row over 0.00 MB; see --max-size)", assertThrows(InputException.class, () -> small.read(capped.get(1))).getMessage());
        assertEquals("Fine.", small.read(capped.get(2)).source().text());
        ArticleTable body = new ArticleTable(new ArticleTable.Columns("id", "body", "date"));
        assertEquals("no text here", body.read(body.rows(f).get(1)).source().text(), "the text column is the user's to name");
    }
}
