package extract.cli;

import java.io.PrintStream;

/**
 * Messages on stderr, one line each ({@code extract: FILE: reason}), drawn over the progress bar's
 * line so the two do not mix; stack traces only with --verbose.
 */
final class Reporter {
    private final PrintStream err;
    private final boolean verbose;
    private boolean overBar;

    Reporter(PrintStream err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    /** From now on, clear the progress bar's line before each message (the bar redraws itself). */
    void progressBarShown() {
        overBar = true;
    }

    void failure(String label, String reason, Throwable cause) {
        error(label + ": " + reason, cause);
    }

    void error(String message, Throwable cause) {
        line(message);
        if (cause != null && verbose) cause.printStackTrace(err);
    }

    void warning(String label, String message) {
        line(label + ": warning: " + message);
    }

    void note(String message) {
        if (verbose) line(message);
    }

    /** A note worth seeing without --verbose: {@code extract: note: ...}. */
    void notice(String message) {
        line("note: " + message);
    }

    void error(String message) {
        error(message, null);
    }

    private void line(String message) {
        // One print call: PrintStream locks per call, so the bar's redraw cannot land mid-message.
        err.print((overBar ? "\r\033[2K" : "") + "extract: " + message + System.lineSeparator());
        err.flush();
    }
}
