package extract.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * An output file that is complete or absent: bytes go to a hidden temporary file in the target's
 * folder (same file system, so the final move is atomic), which {@link #commit} moves into place.
 * Closing without commit, or the JVM ending first (Ctrl-C), deletes the temporary file.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final Thread cleanup;
    private boolean done;

    private AtomicFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.stream = Files.newOutputStream(temp);
        this.cleanup = new Thread(this::deleteTemp, "extract-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    public static AtomicFile create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part");
        Files.createFile(temp); // default permissions (umask), unlike createTempFile's owner-only ones
        if (Files.exists(target)) copyPermissions(target, temp);
        return new AtomicFile(target, temp);
    }

    public OutputStream stream() {
        return stream;
    }

    /** Moves the finished file into place. */
    public void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
        forgetCleanup();
    }

    /** Without a commit, discards what was written. */
    @Override
    public void close() {
        if (done) return;
        deleteTemp();
        done = true;
        forgetCleanup();
    }

    private void deleteTemp() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // deleting is what matters
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more to do on the way out
        }
    }

    private void forgetCleanup() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway and finds nothing to delete
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) return;
        try {
            view.setPermissions(Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException ignored) {
            // default permissions are fine
        }
    }
}
