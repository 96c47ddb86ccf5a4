package extract.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A choice and order of output columns by name ({@code --columns quote,speaker}), as {@code cut -f}
 * and {@code xsv select} do: works on any header, so columns added to a row type are selectable
 * without changes here.
 */
public final class Columns {
    private final List<String> header;
    private final int[] picked; // null: all, in header order

    private Columns(List<String> header, int[] picked) {
        this.header = header;
        this.picked = picked;
    }

    /** All columns of {@code header}. */
    public static Columns all(List<String> header) {
        return new Columns(List.copyOf(header), null);
    }

    /**
     * The columns named in {@code list} (comma-separated, case and surrounding spaces ignored, "-"
     * and "_" alike), in its order; a column may be named twice.
     *
     * @throws IllegalArgumentException naming the unknown column and the known ones
     */
    public static Columns select(List<String> header, String list) {
        List<String> names = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String want = part.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            if (want.isEmpty()) throw new IllegalArgumentException("an empty column name in '" + list + "'");
            int i = header.indexOf(want);
            if (i < 0) {
                throw new IllegalArgumentException("no column '" + part.strip() + "'; the columns are "
                        + String.join(",", header));
            }
            names.add(header.get(i));
            indices.add(i);
        }
        return new Columns(List.copyOf(names), indices.stream().mapToInt(Integer::intValue).toArray());
    }

    public List<String> header() {
        return header;
    }

    /** The chosen cells of a row given in the full header's order. */
    public List<?> pick(List<?> cells) {
        if (picked == null) return cells;
        List<Object> out = new ArrayList<>(picked.length);
        for (int i : picked) out.add(cells.get(i));
        return out;
    }
}
