package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private SourceReader reader(long max, String stdin) {
        return new SourceReader(max, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsFileUnderItsLabel() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Line one.\r\nLine two.");
        SourceReader.Loaded l = reader(1000, "").read(Input.file(f));
        assertEquals(new SourceText(f.toString(), "Line one.\r\nLine two."), l.source());
        assertEquals(List.of(), l.warnings());
    }

    @Test
    void warnsWhenFallingBackFromUtf8() throws Exception {
        Path f = dir.resolve("old.txt");
        Files.write(f, new byte[] {'n', 'a', 'i', (byte) 0xEF, 'v', 'e'});
        SourceReader.Loaded l = reader(1000, "").read(Input.file(f));
        assertEquals("naiïve", l.source().text());
        assertEquals(1, l.warnings().size());
        assertTrue(l.warnings().get(0).contains("windows-1252"));
    }

    @Test
    void aGzippedPageIsReadUnpackedAndAsHtml() throws Exception {
        Path f = dir.resolve("page.html.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("<h1>Title</h1><p>Body text.</p>".getBytes(StandardCharsets.UTF_8));
        }
        SourceReader.Loaded l = reader(1000, "").read(Input.file(f));
        assertEquals("Title\n\nBody text.", l.source().text());
        Path broken = dir.resolve("broken.txt.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0});
        InputException e = assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(broken)));
        assertEquals("not a complete gzip file", e.getMessage());
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(packed)) {
            out.write("Plain words.".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Plain words.", SourceReader.decode("a.txt.gz", packed.toByteArray(), java.util.Optional.empty()).source().text(),
                "the library's way in unpacks too");
        Path plain = dir.resolve("plain.txt.gz");
        Files.writeString(plain, "not compressed at all");
        assertEquals("not a complete gzip file", assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(plain))).getMessage());
    }

    @Test
    void aPdfOrWordDocumentIsNamedForWhatItIsAndAGzippedPageIsReadWhateverItsName() throws Exception {
        Path pdf = dir.resolve("report.txt");
        Files.write(pdf, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("a PDF document, not text or HTML (convert it to text first, e.g. with pdftotext)",
                assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(pdf))).getMessage());
        Path docx = dir.resolve("story.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertTrue(assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(docx))).getMessage()
                .startsWith("a ZIP archive (a .docx"));
        Path packed = dir.resolve("page.html");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(packed))) {
            out.write("<h1>Title</h1><p>Body text.</p>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Title\n\nBody text.", reader(1000, "").read(Input.file(packed)).source().text());
        Path plain = dir.resolve("percent.txt");
        Files.writeString(plain, "%PD is no PDF.");
        assertEquals("%PD is no PDF.", reader(1000, "").read(Input.file(plain)).source().text());
    }

    @Test
    void aTableOfArticlesIsNamedForWhatItIsNotReadAsOneArticle() throws Exception {
        Path jsonl = dir.resolve("articles.txt");
        Files.writeString(jsonl, "{\"id\": \"a1\", \"text\": \"“We won,” she said.\"}\n{\"id\": \"a2\", \"text\": \"No.\"}\n");
        assertTrue(assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(jsonl))).getMessage()
                .startsWith("a JSON table, not an article ("), "known by its first line, whatever its name");
        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, "id,text\na1,\"“We won,” she said.\"\n");
        assertTrue(assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(csv))).getMessage()
                .startsWith("a CSV table, not an article ("));
        Path braces = dir.resolve("story.txt");
        Files.writeString(braces, "{Draft} The mayor said no.\n");
        assertEquals("{Draft} The mayor said no.\n", reader(1000, "").read(Input.file(braces)).source().text());
    }

    @Test
    void tooLargeIsAnErrorNotAMemoryProblem() throws IOException {
        Path f = dir.resolve("big.txt");
        Files.writeString(f, "a".repeat(2000));
        InputException e = assertThrows(InputException.class, () -> reader(1000, "").read(Input.file(f)));
        assertTrue(e.getMessage().startsWith("too large"), e.getMessage());
        assertThrows(InputException.class, () -> reader(1000, "b".repeat(1001)).read(Input.stdin()));
    }

    @Test
    void standardInputIsReadAndHtmlRecognised() throws Exception {
        SourceReader.Loaded l = reader(1000, "<!DOCTYPE html><h1>Title</h1><p>Body text.</p>").read(Input.stdin());
        assertEquals("-", l.source().file());
        assertEquals("Title\n\nBody text.", l.source().text());
        assertEquals(java.util.Optional.of("Title"), l.source().metadata().headline());
    }

    @Test
    void htmlFileGivesArticleTextUnderTheHtmlFileName() throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html><body><nav>Menu</nav><p>Only this.</p></body></html>");
        assertEquals(new SourceText(f.toString(), "Only this."), reader(1000, "").read(Input.file(f)).source());
    }

    @Test
    void unreadableFileIsAnInputError() throws IOException {
        assertEquals("no such file or folder", assertThrows(InputException.class,
                () -> reader(1000, "").read(Input.file(dir.resolve("vanished.txt")))).getMessage());
        assertEquals("is a folder", assertThrows(InputException.class,
                () -> reader(1000, "").read(Input.file(dir))).getMessage());
    }
}
