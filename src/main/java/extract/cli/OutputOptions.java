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
            description = "table, tsv, csv or jsonl (default: table on a terminal, else tsv; "
                    + "with -o, from the file's extension).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE: it appears complete at the end of the run, or not at all.")
    Path output;

    @Option(names = "--no-header", description = "No header row (tsv, csv, table).")
    boolean noHeader;

    /** The format asked for, or the one that fits where the rows go. */
    OutputFormat format(boolean stdoutIsTerminal) {
        if (format != null) return format;
        if (output == null) return stdoutIsTerminal ? OutputFormat.TABLE : OutputFormat.TSV;
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return OutputFormat.CSV;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return OutputFormat.JSONL;
        return OutputFormat.TSV;
    }

    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format; use table, tsv, csv or jsonl");
            }
        }
    }
}
