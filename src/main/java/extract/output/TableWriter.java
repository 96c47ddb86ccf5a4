package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A readable, aligned table for the terminal. Widths are counted in display cells (East Asian wide
 * characters and emoji take two, combining marks none: {@link DisplayWidth}), and come from the
 * header and the first rows (held back until {@code sample} rows have come, so output still
 * streams). The layouts, tried in turn until the widest column keeps at least a third of the width:
 * <ol>
 *   <li>every column, the widest one (the quote) wrapping at word boundaries, long paths keeping
 *       their end ("…/name.txt");
 *   <li>without the detail columns (offsets, the speaker's mention);
 *   <li>from {@value #COMPACT_MIN} cells on, a compact table: speaker, kind, the quote wrapped, and
 *       when/where abbreviated; the file is a heading line above its rows, not a column;
 *   <li>narrower still, each row as a block of "column  value" lines, every column.
 * </ol>
 * Columns are found by name, so columns added to a row type appear in the full table and the blocks.
 */
final class TableWriter implements RowWriter {
    private static final String GAP = "  ";
    private static final int NARROW_CAP = 20; // no column but the widest takes more than this
    static final int COMPACT_MIN = 60;
    /** Columns a person can do without in a table (TSV, CSV and JSON Lines keep them). */
    private static final Set<String> DETAIL_COLUMNS = Set.of("start", "end", "speaker_mention");
    private static final String PATH_COLUMN = "file";

    /** A column of a layout: its label, its cell from a row, the most cells it may take, and whether it is cut short rather than wrapped. */
    private record Column(String label, Function<List<String>, String> cell, int cap, boolean abbreviate,
            boolean keepEnd, boolean flexible) {}

    private final Writer out;
    private final List<String> header;
    private final boolean withHeader;
    private final int width;
    private final int sample;
    private final List<List<String>> held = new ArrayList<>();
    private List<Column> columns; // null until the layout is fixed; empty for blocks
    private int[] widths;
    private boolean wraps; // a blank line between rows when cells wrap
    private boolean stacked;
    private boolean fileHeadings; // compact layout: the file is a heading line
    private String lastFile;
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
        if (columns != null) {
            print(row);
            return;
        }
        held.add(row);
        if (held.size() >= sample) release();
    }

    @Override
    public void finish() throws IOException {
        if (columns == null) release();
        out.flush();
    }

    private void release() throws IOException {
        fixLayout();
        if (withHeader && !stacked) {
            line(columns.stream().map(Column::label).toList(), true);
            List<String> rule = new ArrayList<>();
            for (int w : widths) rule.add("-".repeat(w));
            line(rule, true);
        }
        for (List<String> row : held) print(row);
        held.clear();
    }

    private void fixLayout() {
        List<Column> all = new ArrayList<>();
        List<Column> brief = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = plain(i);
            all.add(c);
            if (!DETAIL_COLUMNS.contains(header.get(i))) brief.add(c);
        }
        for (List<Column> layout : List.of(all, brief)) {
            if (fit(layout, false)) return;
        }
        // the compact table has no room for the rule column (--explain): blocks show every column
        List<Column> compact = header.contains("rule") ? null : compact();
        if (width >= COMPACT_MIN && compact != null && fit(compact, true)) {
            fileHeadings = header.contains(PATH_COLUMN);
            return;
        }
        columns = List.of();
        widths = new int[0];
        stacked = true;
    }

    private Column plain(int i) {
        String name = header.get(i);
        return new Column(name, row -> row.get(i), NARROW_CAP, false, name.equals(PATH_COLUMN), false);
    }

    /** Speaker, kind, quote and when/where, by name; null when there is no quote column. */
    private List<Column> compact() {
        int quote = header.indexOf("quote");
        if (quote < 0) return null;
        int speaker = header.indexOf("speaker"), kind = header.indexOf("kind");
        int when = header.indexOf("when"), date = header.indexOf("date"), where = header.indexOf("where");
        List<Column> c = new ArrayList<>();
        if (speaker >= 0) c.add(new Column("speaker", row -> row.get(speaker), 16, false, false, false));
        if (kind >= 0) c.add(new Column("kind", row -> row.get(kind), 8, false, false, false));
        c.add(new Column("quote", row -> row.get(quote), Integer.MAX_VALUE, false, false, true));
        if (when >= 0 || date >= 0 || where >= 0) {
            c.add(new Column(where >= 0 && (when >= 0 || date >= 0) ? "when/where" : (where >= 0 ? "where" : "when"), row -> {
                String time = date >= 0 && !row.get(date).isEmpty() ? row.get(date) : when >= 0 ? row.get(when) : "";
                String place = where >= 0 ? row.get(where) : "";
                return time.isEmpty() || place.isEmpty() ? time + place : time + ", " + place;
            }, 16, true, false, false));
        }
        return c;
    }

    /**
     * Widths for a layout; false when its flexible column (the quote, else the widest) would get
     * less than a third of the width. {@code always}: the flexible column takes the rest of the line.
     */
    private boolean fit(List<Column> layout, boolean always) {
        int n = layout.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = DisplayWidth.of(layout.get(i).label());
            for (List<String> row : held) natural[i] = Math.max(natural[i], DisplayWidth.of(layout.get(i).cell().apply(row)));
        }
        int total = GAP.length() * (n - 1);
        for (int w : natural) total += w;
        columns = layout;
        widths = natural.clone();
        wraps = false;
        if (total <= width && !always) return true;
        int wide = -1;
        for (int i = 0; i < n; i++) if (layout.get(i).flexible()) wide = i;
        if (wide < 0) {
            wide = 0;
            for (int i = 1; i < n; i++) if (natural[i] > natural[wide]) wide = i;
        }
        int rest = GAP.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (i == wide) continue;
            widths[i] = Math.max(DisplayWidth.of(layout.get(i).label()), Math.min(natural[i], layout.get(i).cap()));
            rest += widths[i];
        }
        widths[wide] = Math.max(0, width - rest);
        if (!always) widths[wide] = Math.min(natural[wide], widths[wide]);
        wraps = total > width;
        return widths[wide] >= Math.max(20, width / 3);
    }

    private void print(List<String> row) throws IOException {
        if (fileHeadings) {
            String file = row.get(header.indexOf(PATH_COLUMN));
            if (!file.equals(lastFile)) {
                if (rowsPrinted > 0) out.write('\n');
                out.write(PATH_COLUMN + ": " + keepEnd(file, width - PATH_COLUMN.length() - 2) + "\n");
                lastFile = file;
                rowsPrinted = 0;
            }
        }
        if (rowsPrinted++ > 0 && (wraps || stacked)) out.write('\n');
        if (stacked) printStacked(row);
        else line(columns.stream().map(c -> c.cell().apply(row)).toList(), false);
    }

    private void line(List<String> cells, boolean headerLine) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            Column c = columns.get(i);
            String cell = cells.get(i);
            List<String> wrapped = headerLine ? List.of(cell)
                    : c.keepEnd() ? List.of(keepEnd(cell, widths[i]))
                    : c.abbreviate() ? List.of(abbreviate(cell, widths[i]))
                    : wrap(cell, widths[i]);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) b.append(GAP);
                String part = l < lines.get(i).size() ? lines.get(i).get(l) : "";
                b.append(part).append(" ".repeat(Math.max(0, widths[i] - DisplayWidth.of(part))));
            }
            out.write(b.toString().stripTrailing());
            out.write('\n');
        }
    }

    /** Each column on a line of its own, empty ones too, so every row shows the same labels. */
    private void printStacked(List<String> row) throws IOException {
        int label = 0;
        for (String h : header) label = Math.max(label, DisplayWidth.of(h));
        int valueWidth = Math.max(20, width - label - GAP.length());
        for (int i = 0; i < row.size(); i++) {
            List<String> wrapped = wrap(row.get(i), valueWidth);
            for (int l = 0; l < wrapped.size(); l++) {
                String name = l == 0 ? header.get(i) : "";
                out.write((name + " ".repeat(label - DisplayWidth.of(name)) + GAP + wrapped.get(l)).stripTrailing() + "\n");
            }
        }
    }

    /** Word-wraps to {@code w} display cells; a word longer than a line is broken between code points. */
    static List<String> wrap(String s, int w) {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (DisplayWidth.of(rest) > w) {
            int cut = Math.max(DisplayWidth.prefix(rest, w), rest.offsetByCodePoints(0, 1));
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
        if (DisplayWidth.of(s) <= w) return s;
        int from = s.length();
        int used = 1; // the ellipsis
        while (from > 0) {
            int cp = s.codePointBefore(from);
            int cw = DisplayWidth.of(cp);
            if (used + cw > w) break;
            used += cw;
            from -= Character.charCount(cp);
        }
        return "…" + s.substring(from);
    }

    /** A cell too long for its column is cut short with an ellipsis. */
    static String abbreviate(String s, int w) {
        if (DisplayWidth.of(s) <= w) return s;
        return s.substring(0, DisplayWidth.prefix(s, Math.max(0, w - 1))).stripTrailing() + "…";
    }
}
