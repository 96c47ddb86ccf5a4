package extract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.cli.Main;
import extract.input.InputCollector;
import extract.input.SourceReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode (two cores) on the seeds, generated articles, an HTML page and a bad file:
 * its rows are the CLI's, failures land in errors, the outputs read back.
 */
class ExtractJobTest {
    private static SparkSession spark;

    @TempDir
    static Path dir;
    private static Path articles;

    @BeforeAll
    static void setUp() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("extract-test")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("more"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(s, articles.resolve(s.getFileName()));
            }
        }
        List<String> generated = GeneratedArticles.make(6, 16);
        for (int i = 0; i < generated.size(); i++) {
            Path folder = i % 2 == 0 ? articles : articles.resolve("more");
            Files.writeString(folder.resolve("gen-" + i + ".txt"), generated.get(i), StandardCharsets.UTF_8);
        }
        Files.writeString(articles.resolve("page.html"), "<!DOCTYPE html><html><body><nav>Home</nav><article>"
                + "<h1>Dock workers strike</h1><p>\u201cWe will not go back until the deal is signed,\u201d "
                + "union leader Sara Hale said on Tuesday.</p></article></body></html>", StandardCharsets.UTF_8);
        Files.write(articles.resolve("broken.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 9, 0});
        Files.writeString(articles.resolve("notes.csv"), "not,an,article\n"); // not taken: no --glob matches it
    }

    @AfterAll
    static void tearDown() {
        spark.stop();
    }

    private static JobOptions options(List<String> inputs, Path out, OutputFormat format, Optional<String> table) {
        return new JobOptions(inputs, out.toString(), format, table, "id", "text", "date", InputCollector.DEFAULT_GLOBS,
                Optional.empty(), SourceReader.DEFAULT_MAX_BYTES, Optional.empty(), 3, false);
    }

    /** `extract quotes ARGS -f tsv`: the data lines; the exit status is 1 when an input failed. */
    private static List<String> cliTsv(int expectedStatus, String... args) throws IOException {
        Path out = Files.createTempFile(dir, "cli", ".tsv");
        List<String> all = new ArrayList<>(List.of("quotes", "-q", "-f", "tsv", "-o", out.toString()));
        all.addAll(List.of(args));
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(PrintStream.nullOutputStream()));
            assertEquals(expectedStatus, Main.run(all.toArray(String[]::new)));
        } finally {
            System.setErr(err);
        }
        return Files.readAllLines(out).stream().skip(1).sorted().toList();
    }

    /** A row as `-f tsv` prints it: line breaks and tabs as spaces, a cell starting with '"' quoted. */
    private static String tsv(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String s = row.isNullAt(i) ? "" : row.get(i).toString().replaceAll("[\\t\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]", " ");
            cells.add(s.startsWith("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        return String.join("\t", cells);
    }

    private static List<String> tsv(List<Row> rows) {
        return rows.stream().map(ExtractJobTest::tsv).sorted().toList();
    }

    @Test
    void aFolderGivesTheCommandLinesRowsAndItsBadFileLandsInErrors() throws Exception {
        Path out = dir.resolve("out-parquet");
        Summary s = new QuoteJob(spark).run(options(List.of(articles.toString()), out, OutputFormat.PARQUET, Optional.empty()));

        List<Row> rows = spark.read().parquet(out.resolve("quotes").toString()).collectAsList();
        List<String> cli = cliTsv(1, articles.toString());
        assertTrue(cli.size() >= 20, "the articles have quotes: " + cli.size());
        assertEquals(cli, tsv(rows));
        assertTrue(rows.stream().anyMatch(r -> r.getString(0).endsWith("more/gen-1.txt")), "folders are searched recursively");
        assertTrue(rows.stream().anyMatch(r -> r.getString(0).endsWith("page.html") && r.getString(4).equals("Sara Hale")),
                "an HTML page is read as its article text");

        List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(articles.resolve("broken.txt").toString(), errors.get(0).getString(0));
        assertTrue(errors.get(0).getString(1).contains("binary"), errors.get(0).getString(1));

        assertEquals(1, ExecutorModels.loaded(), "one extractor for all tasks of this JVM (local mode: the executor)");

        int articleFiles = 1 + 6 + 1 + 1; // seed, generated, page, broken (notes.csv is not taken)
        assertEquals(new Summary(articleFiles, rows.size(), 1, s.seconds(), s.driverCpuSeconds()), s);
        String json = Files.readString(out.resolve("summary.json"));
        assertTrue(json.contains("\"articles\":" + articleFiles + ",\"rows\":" + rows.size() + ",\"errors\":1"), json);
    }

    @Test
    void aTableOfArticlesWithDatesAsJsonLinesToCsv() throws Exception {
        List<String> generated = GeneratedArticles.make(3, 99);
        Path plain = dir.resolve("table-articles");
        Files.createDirectories(plain);
        StringBuilder table = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            Path f = plain.resolve("t" + i + ".txt");
            Files.writeString(f, generated.get(i), StandardCharsets.UTF_8);
            ids.add(f.toString());
            String date = i == 0 ? ",\"published\":\"2024-03-12T08:30:00Z\"" : "";
            table.append("{\"doc\":").append(json(f.toString())).append(",\"body\":").append(json(generated.get(i)))
                    .append(date).append("}\n");
        }
        table.append("{\"doc\":\"no-text\"}\n");
        table.append("{\"doc\":\"bad-date\",\"body\":\"He said so.\",\"published\":\"last week\"}\n");
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, table, StandardCharsets.UTF_8);

        Path out = dir.resolve("out-csv");
        JobOptions o = new JobOptions(List.of(jsonl.toString()), out.toString(), OutputFormat.CSV, Optional.of("json"),
                "doc", "body", "published", InputCollector.DEFAULT_GLOBS, Optional.empty(), SourceReader.DEFAULT_MAX_BYTES,
                Optional.empty(), 2, false);
        Summary s = new QuoteJob(spark).run(o);

        List<String> expected = new ArrayList<>(cliTsv(0, "--date", "2024-03-12", ids.get(0)));
        expected.addAll(cliTsv(0, ids.get(1), ids.get(2)));
        assertEquals(expected.stream().sorted().toList(), csvAsTsv(out.resolve("quotes")));
        assertEquals(List.of("bad-date\tdate 'last week' is not YYYY-MM-DD", "no-text\tno text"), csvAsTsv(out.resolve("errors")));
        assertEquals(5, s.articles());
        assertEquals(2, s.errors());
    }

    @Test
    void aParquetTableWithADateColumnOfTypeDate() throws Exception {
        List<String> generated = GeneratedArticles.make(2, 7);
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.DateType, true)));
        List<Row> records = List.of(
                RowFactory.create("first", generated.get(0), java.sql.Date.valueOf("2023-11-20")),
                RowFactory.create("second", generated.get(1), null));
        Path table = dir.resolve("table.parquet");
        spark.createDataFrame(records, schema).write().parquet(table.toString());

        Path out = dir.resolve("out-from-parquet");
        Summary s = new QuoteJob(spark).run(options(List.of(table.toString()), out, OutputFormat.PARQUET, Optional.of("parquet")));
        assertEquals(2, s.articles());
        assertEquals(0, s.errors());

        Path first = Files.writeString(dir.resolve("first"), generated.get(0), StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("second"), generated.get(1), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(cliTsv(0, "--date", "2023-11-20", first.toString()));
        expected.addAll(cliTsv(0, second.toString()));
        List<String> byId = expected.stream().map(l -> l.replace(dir + "/", "")).sorted().toList();
        assertEquals(byId, tsv(spark.read().parquet(out.resolve("quotes").toString()).collectAsList()));
        assertTrue(byId.stream().anyMatch(l -> l.contains("\t2023-11-")), "the record's date resolves its relative times");
    }

    @Test
    void anExistingOutputIsNotOverwrittenAndAMissingInputIsAnError() throws Exception {
        Path out = dir.resolve("out-jsonl");
        Path missing = dir.resolve("no-such-folder");
        Summary s = new QuoteJob(spark).run(options(List.of(missing.toString(), articles.resolve("gen-0.txt").toString()),
                out, OutputFormat.JSONL, Optional.empty()));
        assertEquals(2, s.articles());
        assertEquals(1, s.errors());
        List<Row> errors = spark.read().json(out.resolve("errors").toString()).collectAsList();
        assertEquals(missing.toString(), errors.get(0).getAs("id"));
        assertEquals("no such file or folder", errors.get(0).getAs("reason"));
        assertEquals(cliTsv(0, articles.resolve("gen-0.txt").toString()),
                tsv(spark.read().json(out.resolve("quotes").toString()).selectExpr(QuoteColumnsOrder.SQL).collectAsList()));

        QuoteJob.SetupException e = assertThrows(QuoteJob.SetupException.class, () -> new QuoteJob(spark)
                .run(options(List.of(articles.toString()), out, OutputFormat.JSONL, Optional.empty())));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
        JobOptions overInput = new JobOptions(List.of(articles.resolve("more").toString()), articles.toString(), OutputFormat.JSONL,
                Optional.empty(), "id", "text", "date", InputCollector.DEFAULT_GLOBS, Optional.empty(), SourceReader.DEFAULT_MAX_BYTES,
                Optional.empty(), 0, true);
        e = assertThrows(QuoteJob.SetupException.class, () -> new QuoteJob(spark).run(overInput));
        assertTrue(e.getMessage().contains("never goes over inputs"), e.getMessage());
        assertTrue(Files.exists(articles.resolve("more/gen-1.txt")), "the inputs are untouched");
    }

    /** JSON readers sort columns by name; this puts them back in the CLI's order. */
    private static final class QuoteColumnsOrder {
        static final String[] SQL = new QuoteColumns().names().stream().map(n -> "`" + n + "`").toArray(String[]::new);
    }

    /** The CSV files of a Spark output folder, as TSV lines (header dropped), sorted. */
    private static List<String> csvAsTsv(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
                try (Reader r = Files.newBufferedReader(part)) {
                    for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                        lines.add(tsv(org.apache.spark.sql.RowFactory.create(rec.toList().toArray())));
                    }
                }
            }
        }
        return lines.stream().sorted().toList();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

}
