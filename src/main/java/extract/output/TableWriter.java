package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A readable, aligned table for the terminal. Column widths come from the header and the first
 * rows (held back until {@code sample} rows have come, so output still streams); the widest column
 * then takes what is left of the terminal width and its long cells wrap at word boundaries; a long
 * file path keeps its end ("…/name.txt"). When the other columns leave the widest too little room
 * (many columns, narrow terminal), the detail columns (offsets, the speaker's mention) are left out
 * of the table first; if that is not enough, each row is shown as a block of aligned "column  value"
 * lines instead, every column but empty ones, like psql's expanded display.
 */
final class TableWriter implements RowWriter {
    private static final String GAP = "  ";
    private static final int NARROW_CAP = 20; // no column but the widest takes more than this
    /** Columns a person can do without in a table (TSV, CSV and JSON Lines keep them). */
    private static final java.util.Set<String> DETAIL_COLUMNS = java.util.Set.of("start", "end", "speaker_mention");
    private static final String PATH_COLUMN = "file";

    private final Writer out;
    private final List<String> header;
    private final boolean withHeader;
    private final int width;
    private final int sample;
    private final List<List<String>> held = new ArrayList<>();
    private int[] widths; // null until fixed
    private boolean[] shown; // columns in the table
    private boolean wraps; // a blank line between rows when cells wrap
    private boolean stacked;
    private int rowsPrinted;

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
        if (withHeader && !stacked) {
            line(header);
            List<String> rule = new ArrayList<>();
            for (int w : widths) rule.add("-".repeat(w));
            line(rule);
        }
        for (List<String> row : held) print(row);
        held.clear();
    }

    private void fixWidths() {
        int n = header.size();
        shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        fitTo();
        if (!stacked) return;
        for (int i = 0; i < n; i++) shown[i] = !DETAIL_COLUMNS.contains(header.get(i));
        fitTo();
        if (stacked) java.util.Arrays.fill(shown, true);
    }

    /** Widths for the shown columns; sets {@code stacked} when the widest would get too little room. */
    private void fitTo() {
        int n = header.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) natural[i] = shown[i] ? length(header.get(i)) : 0;
        for (List<String> row : held) {
            for (int i = 0; i < n; i++) if (shown[i]) natural[i] = Math.max(natural[i], length(row.get(i)));
        }
        int visible = 0;
        for (boolean b : shown) if (b) visible++;
        widths = natural.clone();
        stacked = false;
        wraps = false;
        int total = GAP.length() * (visible - 1);
        for (int w : natural) total += w;
        if (total <= width) return;
        int wide = 0;
        for (int i = 1; i < n; i++) if (natural[i] > natural[wide]) wide = i;
        int rest = GAP.length() * (visible - 1);
        for (int i = 0; i < n; i++) {
            if (i == wide || !shown[i]) continue;
            widths[i] = Math.max(length(header.get(i)), Math.min(natural[i], NARROW_CAP));
            rest += widths[i];
        }
        widths[wide] = Math.min(natural[wide], width - rest);
        wraps = true;
        stacked = widths[wide] < Math.max(20, width / 3);
    }

    private void print(List<String> row) throws IOException {
        if (rowsPrinted++ > 0 && (wraps || stacked)) out.write('\n');
        if (stacked) printStacked(row);
        else line(row);
    }

    private void line(List<String> row) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < row.size(); i++) {
            if (!shown[i]) {
                lines.add(List.of());
                continue;
            }
            List<String> wrapped = header.get(i).equals(PATH_COLUMN)
                    ? List.of(keepEnd(row.get(i), widths[i])) : wrap(row.get(i), widths[i]);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder b = new StringBuilder();
            boolean first = true;
            for (int i = 0; i < row.size(); i++) {
                if (!shown[i]) continue;
                if (!first) b.append(GAP);
                first = false;
                String part = l < lines.get(i).size() ? lines.get(i).get(l) : "";
                b.append(part).append(" ".repeat(Math.max(0, widths[i] - length(part))));
            }
            out.write(b.toString().stripTrailing());
            out.write('\n');
        }
    }

    private void printStacked(List<String> row) throws IOException {
        int label = 0;
        for (String h : header) label = Math.max(label, length(h));
        int valueWidth = Math.max(20, width - label - GAP.length());
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).isBlank()) continue;
            List<String> wrapped = wrap(row.get(i), valueWidth);
            for (int l = 0; l < wrapped.size(); l++) {
                String name = l == 0 ? header.get(i) : "";
                out.write(name + " ".repeat(label - length(name)) + GAP + wrapped.get(l) + "\n");
            }
        }
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

    /** A path too long for its column keeps its end, where the file name is. */
    static String keepEnd(String s, int w) {
        int n = length(s);
        if (n <= w) return s;
        return "…" + s.substring(s.offsetByCodePoints(0, n - (w - 1)));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
