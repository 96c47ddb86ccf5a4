package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV (CRLF line ends, quoting only where needed; line breaks kept inside quoted cells). */
final class CsvWriter implements RowWriter {
    private final CSVPrinter printer;

    CsvWriter(Writer out, List<String> header, boolean withHeader) throws IOException {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder();
        if (withHeader) format.setHeader(header.toArray(String[]::new));
        this.printer = new CSVPrinter(out, format.get());
    }

    @Override
    public void write(List<?> cells) throws IOException {
        printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
