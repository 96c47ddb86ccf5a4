package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A readable, aligned table for the terminal. Column widths come from the header and the first
 * rows (held back until {@code sample} rows have come, so output still streams); the widest
 * column then takes what is left of the terminal width and its long cells wrap at word boundaries.
 * Later cells longer than their column wrap too, so nothing is cut.
 */
final class TableWriter implements RowWriter {
    private static final String GAP = "  ";
    private static final int NARROW_CAP = 30; // no column but the widest takes more than this
    private static final int MIN_WIDE = 20;

    private final Writer out;
    private final List<String> header;
    private final boolean withHeader;
    private final int width;
    private final int sample;
    private final List<List<String>> held = new ArrayList<>();
    private int[] widths; // null until fixed
    private boolean spaced; // a blank line between rows when cells wrap

    TableWriter(Writer out, List<String> header, boolean withHeader, int width, int sample) {
        this.out = out;
        this.header = List.copyOf(header);
        this.withHeader = withHeader;
        this.width = width;
        this.sample = sample;
    }

    @Override
    public void write(List<?> cells) throws IOException {
        List<String> row = cells.stream().map(RowWriter::flat).toList();
        if (widths != null) {
            print(row);
            return;
        }
        held.add(row);
        if (held.size() >= sample) release();
    }

    @Override
    public void finish() throws IOException {
        if (widths == null) release();
        out.flush();
    }

    private void release() throws IOException {
        fixWidths();
        if (withHeader) {
            print(header);
            List<String> rule = new ArrayList<>();
            for (int w : widths) rule.add("-".repeat(w));
            print(rule);
        }
        for (List<String> row : held) print(row);
        held.clear();
    }

    private void fixWidths() {
        int n = header.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) natural[i] = length(header.get(i));
        for (List<String> row : held) {
            for (int i = 0; i < n; i++) natural[i] = Math.max(natural[i], length(row.get(i)));
        }
        widths = natural.clone();
        int total = GAP.length() * (n - 1);
        for (int w : natural) total += w;
        if (total <= width) return;
        int wide = 0;
        for (int i = 1; i < n; i++) if (natural[i] > natural[wide]) wide = i;
        int rest = GAP.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (i == wide) continue;
            widths[i] = Math.max(length(header.get(i)), Math.min(natural[i], NARROW_CAP));
            rest += widths[i];
        }
        widths[wide] = Math.max(MIN_WIDE, Math.min(natural[wide], width - rest));
        spaced = true;
    }

    private void print(List<String> row) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < row.size(); i++) {
            List<String> wrapped = wrap(row.get(i), widths[i]);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) b.append(GAP);
                String part = l < lines.get(i).size() ? lines.get(i).get(l) : "";
                b.append(part).append(" ".repeat(Math.max(0, widths[i] - length(part))));
            }
            out.write(b.toString().stripTrailing());
            out.write('\n');
        }
        if (spaced && row != header) out.write('\n');
    }

    /** Word-wraps to {@code w} code points; a word longer than a line is broken. */
    static List<String> wrap(String s, int w) {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (length(rest) > w) {
            int cut = rest.offsetByCodePoints(0, w);
            int space = rest.lastIndexOf(' ', cut);
            int end = space > 0 ? space : cut;
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
