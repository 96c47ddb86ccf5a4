package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The output formats of the row-listing commands. */
public enum OutputFormat {
    TABLE, TSV, CSV, JSONL, HTML;

    /** Rows the table format looks at before fixing its column widths. */
    private static final int TABLE_SAMPLE = 50;

    /**
     * A writer for rows under {@code header}. {@code width} is the terminal width, used by TABLE
     * only; {@code withHeader} is ignored by JSONL, whose keys are the header.
     */
    public RowWriter open(Writer out, List<String> header, boolean withHeader, int width) throws IOException {
        return switch (this) {
            case TABLE -> new TableWriter(out, header, withHeader, width, TABLE_SAMPLE);
            case TSV -> new TsvWriter(out, header, withHeader);
            case CSV -> new CsvWriter(out, header, withHeader);
            case JSONL -> new JsonlWriter(out, header);
            case HTML -> new HtmlReportWriter(out, header);
        };
    }
}
