package extract.input;

import java.nio.file.Path;

/**
 * One input to read: a file, standard input when {@code path} is null, or one row of a table of
 * articles when {@code row} is set. {@code label} is what messages and the output's file column
 * name: the path as the user gave it (folder + relative path for files found in folders), "-", or
 * the row's id.
 */
public record Input(String label, Path path, TableRow row) {
    public static final String STDIN = "-";

    public Input(String label, Path path) {
        this(label, path, null);
    }

    public static Input stdin() {
        return new Input(STDIN, null);
    }

    public static Input file(Path path) {
        return new Input(path.toString(), path);
    }

    /** One article of a table ({@link ArticleTable}), named by its id. */
    public static Input row(String label, TableRow row) {
        return new Input(label, row.file(), row);
    }

    public boolean isStdin() {
        return path == null;
    }
}
