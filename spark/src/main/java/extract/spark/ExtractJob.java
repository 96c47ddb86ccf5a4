package extract.spark;

import extract.input.InputCollector;
import extract.input.SourceReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spark-submit --class extract.spark.ExtractJob extract-spark.jar INPUT... -o OUTPUT}. */
@Command(name = "extract-spark", mixinStandardHelpOptions = true, version = "extract-spark 0.1.0",
        description = {"Every direct, mixed and indirect quotation with its speaker, as `extract quotes`, on Apache Spark.",
            "Writes OUTPUT/quotes (the rows), OUTPUT/errors (id, reason) and OUTPUT/summary.json."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the outputs are written (failed inputs are in OUTPUT/errors)",
            "1:some input failed and --fail-on-errors was given", "2:usage error, or the run could not start"})
public final class ExtractJob implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Folders (searched recursively), files or globs: local, hdfs://, s3a://...; tables with --table.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT", description = "Output folder (must not exist).")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "parquet|csv|jsonl", defaultValue = "parquet",
            description = "Format of quotes/ and errors/ (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--table", paramLabel = "parquet|json",
            description = "The inputs are tables of articles (Parquet, or JSON Lines) with id, text and an optional date column.")
    String table;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "Table column of the id (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "Table column of the text, plain or an HTML page (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date",
            description = "Table column of the article's date, YYYY-MM-DD or a timestamp; used when present (default: ${DEFAULT-VALUE}).")
    String dateColumn;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "Files to take from folders (repeatable; default: *.txt *.text *.md *.html *.htm).")
    List<String> globs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Reference date for relative times of articles without a date (default: the article's dateline).")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "16",
            description = "Larger files are errors (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "Name-finder model, at a path every executor can read (default: the one in the jar).")
    String nerModel;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to cut the input into (default: Spark's choice, about 32 files each).")
    int partitions;

    @Option(names = "--overwrite", description = "Replace OUTPUT when it exists.")
    boolean overwrite;

    @Option(names = "--fail-on-errors", description = "Exit status 1 when some input failed.")
    boolean failOnErrors;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    JobOptions options() {
        OutputFormat f;
        try {
            f = OutputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format: '" + format + "' is not parquet, csv or jsonl");
        }
        if (table != null && !table.equals("parquet") && !table.equals("json")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--table: '" + table + "' is not parquet or json");
        }
        if (nerModel != null && !nerModel.contains("://") && !Files.isRegularFile(Path.of(nerModel))) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--ner-model: " + nerModel + ": no such model file");
        }
        long maxBytes = (long) (maxSizeMb * 1048576);
        if (maxBytes <= 0) maxBytes = SourceReader.DEFAULT_MAX_BYTES;
        return new JobOptions(inputs, output, f, Optional.ofNullable(table), idColumn, textColumn, dateColumn,
                globs == null ? InputCollector.DEFAULT_GLOBS : globs, Optional.ofNullable(date), maxBytes,
                Optional.ofNullable(nerModel), partitions, overwrite);
    }

    @Override
    public Integer call() {
        JobOptions o = options();
        PrintWriter err = new PrintWriter(System.err, true);
        SparkConf conf = new SparkConf().setAppName("extract");
        if (!conf.contains("spark.master")) conf.setMaster("local[*]"); // run with plain `java -cp` on a laptop
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            Summary s = new QuoteJob(spark).run(o);
            err.println("extract-spark: " + s.line() + "; wrote " + o.output());
            return failOnErrors && s.errors() > 0 ? 1 : 0;
        } catch (QuoteJob.SetupException e) {
            err.println("extract-spark: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("extract-spark: " + e);
            return 2;
        } finally {
            spark.stop();
        }
    }
}
