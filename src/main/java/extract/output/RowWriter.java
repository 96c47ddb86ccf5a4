package extract.output;

import java.io.IOException;
import java.util.List;

/**
 * Writes rows of one table (a fixed header, then rows of cells in header order) in one output
 * format. Cells are strings or integers (offsets), which JSON keeps as numbers. Rows are written as
 * they come (the table format holds a few to choose column widths); {@link #finish} writes what is
 * held and flushes, but does not close the underlying writer.
 */
public interface RowWriter {
    void write(List<?> cells) throws IOException;

    /**
     * The article whose rows come next, for formats that show rows in their text (HTML); the rows
     * of one article follow this call. Other formats ignore it.
     */
    default void article(String file, String text) throws IOException {}

    /** Whether {@link #article} needs the text (so the caller keeps it until the rows are written). */
    default boolean wantsText() {
        return false;
    }

    void finish() throws IOException;

    /** One line for tab- and space-aligned formats: tabs and line breaks become spaces. */
    static String flat(Object cell) {
        String s = cell == null ? "" : cell.toString();
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean breaks = c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
                    || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (breaks && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append(breaks ? ' ' : c);
        }
        return b == null ? s : b.toString();
    }
}
