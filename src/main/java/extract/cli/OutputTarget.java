package extract.cli;

import extract.output.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the rows go: standard output; a file, through an {@link AtomicFile} so it is complete or
 * absent; or an existing device or named pipe (/dev/null), written in place since there is
 * nothing to replace.
 */
final class OutputTarget implements AutoCloseable {
    private final String name;
    private final OutputStream stream;
    private final AtomicFile file; // null: a stream written as it goes
    private final boolean owned;

    private OutputTarget(String name, OutputStream stream, AtomicFile file, boolean owned) {
        this.name = name;
        this.stream = stream;
        this.file = file;
        this.owned = owned;
    }

    /** {@code path} null: standard output. */
    static OutputTarget open(Path path, OutputStream stdout) throws IOException {
        if (path == null) return new OutputTarget("standard output", stdout, null, false);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            return new OutputTarget(path.toString(), Files.newOutputStream(path), null, true);
        }
        AtomicFile file = AtomicFile.create(path);
        return new OutputTarget(path.toString(), file.stream(), file, true);
    }

    String name() {
        return name;
    }

    OutputStream stream() {
        return stream;
    }

    /** A stream someone reads as it comes: flush often, and a closed pipe is a normal end. */
    boolean isLive() {
        return file == null;
    }

    /** All rows written: the file moves into place. */
    void commit() throws IOException {
        if (file != null) file.commit();
    }

    /** Without a commit, a file is discarded. Standard output is left open. */
    @Override
    public void close() throws IOException {
        if (file != null) file.close();
        else if (owned) stream.close();
    }
}
