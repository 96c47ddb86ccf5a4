package extract.cli;

import extract.output.OutputFormat;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Where and how to write rows: shared by the row-listing commands. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "table, tsv, csv, jsonl (json is the same: JSON Lines) or html (one self-contained page) "
                    + "(default: table on a terminal, else tsv; with -o, from the file's extension).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE: it appears complete at the end of the run, or not at all.")
    Path output;

    @Option(names = "--no-header", description = "No header row (tsv, csv, table).")
    boolean noHeader;

    @Option(names = "--columns", paramLabel = "LIST",
            description = "Which columns to write, in this order, comma-separated (e.g. speaker,quote,date).")
    String columns;

    /** The format asked for, or the one that fits where the rows go. */
    OutputFormat format(boolean stdoutIsTerminal) {
        if (format != null) return format;
        if (output == null) return stdoutIsTerminal ? OutputFormat.TABLE : OutputFormat.TSV;
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return OutputFormat.CSV;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return OutputFormat.JSONL;
        if (name.endsWith(".html") || name.endsWith(".htm")) return OutputFormat.HTML;
        return OutputFormat.TSV;
    }

    /** What shell completion offers after -f. */
    static final class FormatNames extends java.util.ArrayList<String> {
        FormatNames() {
            super(java.util.List.of("table", "tsv", "csv", "jsonl", "json", "html"));
        }
    }

    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            if (v.equals("JSON") || v.equals("NDJSON")) return OutputFormat.JSONL; // as -o x.json writes
            try {
                return OutputFormat.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format; use table, tsv, csv, jsonl (or json) or html");
            }
        }
    }
}
