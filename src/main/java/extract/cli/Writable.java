package extract.cli;

import extract.input.Reasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file can be written, checked before a long run rather than after it. */
final class Writable {
    private Writable() {}

    /** Why {@code file} cannot be written, or null when it can: a file is created and deleted in its folder to be sure. */
    static String problem(Path file) {
        if (Files.isDirectory(file)) return "is a folder";
        if (Files.exists(file) && !Files.isWritable(file)) return "permission denied";
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) return "no such folder " + (dir == null ? "" : dir);
        try {
            Path probe = Files.createTempFile(dir, "." + file.getFileName(), ".probe");
            Files.delete(probe);
            return null;
        } catch (IOException e) {
            return Reasons.of(e);
        }
    }
}
