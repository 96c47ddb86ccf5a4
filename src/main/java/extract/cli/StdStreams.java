package extract.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard streams and what they are connected to. Output goes to the raw file
 * descriptor (System.out would swallow a closed pipe's error), always as UTF-8 whatever the locale.
 * Tests pass their own.
 */
record StdStreams(InputStream in, OutputStream out, PrintStream err, boolean outIsTerminal, boolean errIsTerminal,
        int width) {

    private static final int DEFAULT_WIDTH = 100;

    static StdStreams system() {
        boolean outTty = isTerminal(1);
        return new StdStreams(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                outTty, isTerminal(2), outTty ? terminalWidth() : DEFAULT_WIDTH);
    }

    /** Linux tells through /proc; elsewhere, a console exists only when stdin and stdout are terminals. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) return Integer.parseInt(columns);
        try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
            return t.getWidth() >= 20 ? t.getWidth() : DEFAULT_WIDTH;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_WIDTH;
        }
    }
}
