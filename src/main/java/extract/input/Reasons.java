package extract.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, user-facing reasons for I/O failures, instead of Java's exception names and full paths. */
public final class Reasons {
    private Reasons() {}

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        if (e instanceof NotDirectoryException) return "not a folder";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
