package extract.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.MainRun;
import extract.output.QuoteRow;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API gives the command line's rows, from any thread, with per-article dates. */
class QuoteExtractorTest {
    private static QuoteExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        extractor = QuoteExtractor.load(ExtractOptions.defaults());
    }

    private static final String MAYOR = """
            Harbour plan split the council

            The mayor of Lakeside, Ana Ruiz, said on Friday that the harbour plan would cost less than expected.

            "We have waited long enough," Ruiz told reporters in Lakeside. "The money is there."

            Tom Becker, who leads the opposition, said the council had not seen the figures.
            """;

    private static final String MINISTER = """
            Minister defends rail budget

            Transport Minister Karl Olsen said on Monday that the rail budget would not be cut.

            "Trains are how this country works," Olsen said. His deputy, Mia Lund, added that new lines were planned.
            """;

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Port strike</title>
            <meta property="article:published_time" content="2019-03-14T09:00:00Z"></head><body>
            <nav><a href="/">Home</a></nav>
            <article><h1>Dock workers strike in Westport</h1>
            <p>"We will not go back until the deal is signed," union leader Sara Hale said on Tuesday.</p>
            <p>The port authority said talks would resume next week.</p></article>
            <footer>Copyright</footer></body></html>
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** `extract quotes FILE... -f csv` (lossless, unlike TSV) as lists of cells, header dropped. */
    private List<List<String>> cli(String... args) throws IOException {
        Path out = dir.resolve("cli-" + System.nanoTime() + ".csv");
        List<String> all = new ArrayList<>(List.of("quotes", "-q", "-f", "csv", "-o", out.toString()));
        all.addAll(List.of(args));
        MainRun run = MainRun.of(all.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(out)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                rows.add(rec.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> values(List<QuoteRow> rows) {
        return rows.stream().map(QuoteRow::values).toList();
    }

    private static ArticleText read(Path file, Optional<LocalDate> date) throws IOException, UnreadableArticleException {
        return ArticleText.fromBytes(file.toString(), Files.readAllBytes(file), date);
    }

    @Test
    void rowsEqualTheCommandLinesForTheSeedAndForGeneratedArticles() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Path.of("seeds"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        files.add(write("mayor.txt", MAYOR));
        files.add(write("minister.txt", MINISTER));
        files.add(write("port.html", PAGE));
        List<List<String>> mine = new ArrayList<>();
        for (Path f : files) mine.addAll(values(extractor.extract(read(f, Optional.empty()))));
        List<List<String>> cli = cli(files.stream().map(Path::toString).toArray(String[]::new));
        assertTrue(cli.size() >= 10, "the articles have quotes: " + cli.size());
        assertEquals(cli, mine);
        assertTrue(mine.stream().anyMatch(r -> r.get(0).endsWith("port.html") && r.get(4).equals("Sara Hale")),
                "the HTML page is read as its article text");
    }

    @Test
    void firstPersonOnAPageIsTheWriterItsBylineNames() throws Exception {
        String page = """
                <!DOCTYPE html><html><head><title>Harbour diary</title>
                <meta name="author" content="By Ana Ruiz | Harbour News"></head><body>
                <article><h1>What the harbour taught me</h1>
                <p>The council met again on Tuesday to talk about the harbour plan and its cost.</p>
                <p>After the meeting I asked the mayor whether the harbour would close before the winter.</p>
                </article></body></html>
                """;
        List<QuoteRow> rows = extractor.extract(ArticleText.fromString("diary.html", page, Optional.empty()));
        assertTrue(rows.stream().anyMatch(r -> r.speakerMention().equals("I") && r.speaker().equals("Ana Ruiz")),
                () -> rows.toString());
    }

    @Test
    void theArticlesDateActsLikeTheCommandLinesDateOption() throws Exception {
        Path f = write("mayor.txt", MAYOR);
        LocalDate tuesday = LocalDate.of(2024, 3, 12);
        List<List<String>> dated = values(extractor.extract(read(f, Optional.of(tuesday))));
        assertEquals(cli("--date", "2024-03-12", f.toString()), dated);
        List<List<String>> later = values(extractor.extract(read(f, Optional.of(tuesday.plusWeeks(5)))));
        assertNotEquals(dated, later, "'on Friday' resolves against the article's own date");
    }

    @Test
    void manyThreadsGiveTheRowsOfOne() throws Exception {
        List<ArticleText> articles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String text = (i % 2 == 0 ? MAYOR : MINISTER).replace("Friday", i % 3 == 0 ? "Thursday" : "Friday");
            articles.add(new ArticleText("a" + i, text, i % 4 == 0 ? Optional.of(LocalDate.of(2023, 1, 1 + i)) : Optional.empty()));
        }
        List<List<QuoteRow>> sequential = new ArrayList<>();
        for (ArticleText a : articles) sequential.add(extractor.extract(a));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<QuoteRow>>> parallel = new ArrayList<>();
            for (ArticleText a : articles) parallel.add(pool.submit(() -> extractor.extract(a)));
            for (int i = 0; i < articles.size(); i++) assertEquals(sequential.get(i), parallel.get(i).get());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(sequential.get(0).isEmpty());
    }

    @Test
    void binaryBytesAreNoArticle() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1};
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class,
                () -> ArticleText.fromBytes("archive.zip", bytes, Optional.empty()));
        assertTrue(e.getMessage().startsWith("a ZIP archive"), e.getMessage());
        UnreadableArticleException elf = assertThrows(UnreadableArticleException.class,
                () -> ArticleText.fromBytes("program", new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1}, Optional.empty()));
        assertTrue(elf.getMessage().contains("binary"), elf.getMessage());
    }
}
