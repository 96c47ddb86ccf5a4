package extract.spark;

import org.apache.spark.sql.DataFrameWriter;

/** How the job writes its rows and errors. */
enum OutputFormat {
    PARQUET, CSV, JSONL;

    <T> DataFrameWriter<T> configure(DataFrameWriter<T> w) {
        return switch (this) {
            case PARQUET -> w.format("parquet");
            // RFC 4180 as `extract quotes -f csv`: a header, quotes doubled (Spark's default escapes
            // with a backslash), an empty cell empty (Spark's default writes "").
            case CSV -> w.format("csv").option("header", "true").option("escape", "\"")
                    .option("emptyValue", "").option("nullValue", "");
            case JSONL -> w.format("json");
        };
    }
}
