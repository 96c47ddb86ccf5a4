package extract.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One run of the job, as the driver sees it.
 *
 * @param inputs folders, files or globs of articles (any Hadoop path), or tables when {@code table} is set
 * @param table "parquet" or "json" (JSON Lines) when the inputs are tables of articles
 * @param dateColumn the date column; a table without it has no dates
 * @param partitions how many partitions to cut the input into; 0: Spark's choice
 */
record JobOptions(
        List<String> inputs, String output, OutputFormat format, Optional<String> table,
        String idColumn, String textColumn, String dateColumn, List<String> globs,
        Optional<LocalDate> referenceDate, long maxBytes, Optional<String> nerModel, int partitions,
        boolean overwrite) {}
