package extract.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job: articles in, quotation rows and errors out. The extraction runs once, in
 * {@code mapPartitions} (one extractor per executor JVM, see {@link ExecutorModels}); its outcomes
 * are kept (memory, then disk) while they are counted and split into the outputs:
 * <pre>
 *   OUTPUT/quotes/        the rows of `extract quotes`, as Parquet, CSV or JSON Lines
 *   OUTPUT/errors/        id, reason: one row per input that failed
 *   OUTPUT/summary.json   articles, rows, errors, seconds
 * </pre>
 */
final class QuoteJob {
    /** Thrown for a run that cannot start (output exists, a table lacks a column); the message says why. */
    static final class SetupException extends Exception {
        SetupException(String message) {
            super(message);
        }
    }

    private final SparkSession spark;

    QuoteJob(SparkSession spark) {
        this.spark = spark;
    }

    Summary run(JobOptions o) throws IOException, SetupException {
        long started = System.nanoTime();
        double cpuBefore = Summary.processCpuSeconds();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(o.output());
        FileSystem outFs = out.getFileSystem(conf);
        String target = outFs.makeQualified(out).toString();
        for (String in : o.inputs()) {
            Path p = new Path(in);
            String input = p.getFileSystem(conf).makeQualified(p).toString();
            if (input.equals(target) || input.startsWith(target + "/")) {
                throw new SetupException(o.output() + ": is an input or holds one; the output never goes over inputs");
            }
        }
        if (outFs.exists(out)) {
            if (!o.overwrite()) throw new SetupException(o.output() + ": exists (use --overwrite to replace it)");
            outFs.delete(out, true);
        }
        Outcomes outcomes = new Outcomes(new QuoteColumns(),
                new ExtractorSettings(o.nerModel().orElse(null), o.referenceDate().map(Object::toString).orElse(null)));
        Dataset<Row> results = o.table().isPresent() ? fromTables(o, outcomes) : fromFiles(o, conf, outcomes);
        results = results.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> counts = new HashMap<>();
            for (Row r : results.groupBy(Outcomes.OUTCOME).count().collectAsList()) counts.put(r.getString(0), r.getLong(1));

            Column[] quoteColumns = new QuoteColumns().names().stream().map(c -> col(c)).toArray(Column[]::new);
            o.format().configure(results.filter(col(Outcomes.OUTCOME).equalTo(Outcomes.QUOTE)).select(quoteColumns)
                    .write().mode(SaveMode.ErrorIfExists)).save(new Path(out, "quotes").toString());
            o.format().configure(results.filter(col(Outcomes.OUTCOME).equalTo(Outcomes.ERROR))
                    .select(col(Outcomes.idColumn()).as("id"), col(Outcomes.REASON).as("reason")).coalesce(1)
                    .write().mode(SaveMode.ErrorIfExists)).save(new Path(out, "errors").toString());

            long errors = counts.getOrDefault(Outcomes.ERROR, 0L);
            Summary summary = new Summary(counts.getOrDefault(Outcomes.ARTICLE, 0L) + errors,
                    counts.getOrDefault(Outcomes.QUOTE, 0L), errors, (System.nanoTime() - started) / 1e9,
                    Summary.processCpuSeconds() - cpuBefore);
            try (OutputStream s = outFs.create(new Path(out, "summary.json"), false)) {
                s.write(summary.json().getBytes(StandardCharsets.UTF_8));
            }
            return summary;
        } finally {
            results.unpersist();
        }
    }

    private Dataset<Row> fromTables(JobOptions o, Outcomes outcomes) throws SetupException {
        Dataset<Row> table = spark.read().format(o.table().get()).load(o.inputs().toArray(String[]::new));
        List<String> columns = Arrays.asList(table.columns());
        for (String required : List.of(o.idColumn(), o.textColumn())) {
            if (!columns.contains(required)) {
                throw new SetupException("the table has no column '" + required + "' (it has " + String.join(", ", columns)
                        + "; see --id-column, --text-column)");
            }
        }
        boolean dated = columns.contains(o.dateColumn());
        Column date = dated ? col(o.dateColumn()).cast("string") : lit(null).cast("string");
        Dataset<Row> articles = table.select(col(o.idColumn()).cast("string").as("id"),
                col(o.textColumn()).cast("string").as("text"), date.as("date"));
        if (o.partitions() > 0) articles = articles.repartition(o.partitions());
        // The pipeline is set up per reference date (a few ms); in date order, a worker sets up each date once.
        if (dated) articles = articles.sortWithinPartitions("date");
        TableArticles reader = new TableArticles();
        MapPartitionsFunction<Row, Row> extract = rows -> outcomes.of(tableArticles(rows, reader));
        return articles.mapPartitions(extract, Encoders.row(outcomes.schema()));
    }

    private static Iterator<ArticleInput> tableArticles(Iterator<Row> rows, TableArticles reader) {
        int partition = TaskContext.getPartitionId();
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ArticleInput next() {
                return reader.article(rows.next(), "partition " + partition + ", record " + index++);
            }
        };
    }

    private Dataset<Row> fromFiles(JobOptions o, Configuration conf, Outcomes outcomes) throws IOException {
        List<FileArticles.Root> roots = new ArrayList<>();
        List<Row> missing = new ArrayList<>();
        for (String arg : o.inputs()) {
            Path p = new Path(arg);
            FileStatus[] found = p.getFileSystem(conf).globStatus(p);
            if (found == null || found.length == 0) {
                missing.add(Outcomes.driverError(arg, isGlob(arg) ? "no file matches this pattern" : "no such file or folder"));
                continue;
            }
            for (FileStatus s : found) {
                String qualified = s.getPath().toString();
                roots.add(new FileArticles.Root(isGlob(arg) ? qualified : arg, qualified, s.isDirectory()));
            }
        }
        Dataset<Row> results = spark.createDataFrame(missing, outcomes.schema());
        if (roots.isEmpty()) return results;

        // Folders are searched recursively, as by the CLI (Hadoop skips names starting with '.' or '_').
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String paths = String.join(",", roots.stream().map(FileArticles.Root::qualified).distinct().toList());
        JavaPairRDD<String, PortableDataStream> files =
                jsc.binaryFiles(paths, o.partitions() > 0 ? o.partitions() : jsc.defaultMinPartitions());
        FileArticles reader = new FileArticles(roots, o.globs(), o.maxBytes());
        JavaRDD<Row> rows = files.mapPartitions(f -> outcomes.of(fileArticles(f, reader)));
        return results.union(spark.createDataFrame(rows, outcomes.schema()));
    }

    private static Iterator<ArticleInput> fileArticles(Iterator<Tuple2<String, PortableDataStream>> files, FileArticles reader) {
        return new Iterator<>() {
            private ArticleInput next;

            @Override
            public boolean hasNext() {
                while (next == null && files.hasNext()) {
                    Tuple2<String, PortableDataStream> f = files.next();
                    next = reader.article(f._1(), f._2()).orElse(null);
                }
                return next != null;
            }

            @Override
            public ArticleInput next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                ArticleInput a = next;
                next = null;
                return a;
            }
        };
    }

    private static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

}
