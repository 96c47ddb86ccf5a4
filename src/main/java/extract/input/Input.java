package extract.input;

import java.nio.file.Path;

/**
 * One input to read: a file, or standard input when {@code path} is null. {@code label} is what
 * messages and the output's file column name: the path as the user gave it (folder + relative
 * path for files found in folders), or "-".
 */
public record Input(String label, Path path) {
    public static final String STDIN = "-";

    public static Input stdin() {
        return new Input(STDIN, null);
    }

    public static Input file(Path path) {
        return new Input(path.toString(), path);
    }

    public boolean isStdin() {
        return path == null;
    }
}
