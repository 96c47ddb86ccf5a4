package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Tab-separated values: one header line, one line per row, tabs and line breaks inside cells
 * replaced by spaces so every row is one line. A cell that starts with a double quotation mark is
 * quoted CSV-style ("" inside), because spreadsheets and pandas read a leading quote as the start
 * of a quoted field and would otherwise swallow the following cells and rows.
 */
final class TsvWriter implements RowWriter {
    private final Writer out;

    TsvWriter(Writer out, List<String> header, boolean withHeader) throws IOException {
        this.out = out;
        if (withHeader) write(header);
    }

    @Override
    public void write(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write('\t');
            out.write(cell(cells.get(i)));
        }
        out.write('\n');
    }

    static String cell(Object value) {
        String s = RowWriter.flat(value);
        return s.startsWith("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
