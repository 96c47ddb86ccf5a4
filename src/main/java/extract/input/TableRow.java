package extract.input;

import java.nio.file.Path;
import java.util.List;

/**
 * One article of a table: where its record lies in the file (bytes), the line it starts on (from 1),
 * and for a CSV table the header that names its fields (null for JSON, whose objects name their own).
 */
public record TableRow(Path file, long offset, long length, int line, List<String> header) {
    public TableRow(Path file, long offset, long length, int line) {
        this(file, offset, length, line, null);
    }
}
