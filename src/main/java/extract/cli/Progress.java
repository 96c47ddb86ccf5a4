package extract.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Files done, rate and time left on stderr, or nothing (not a terminal, one input, --quiet). */
final class Progress implements AutoCloseable {
    private final ProgressBar bar; // null: no bar

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress none() {
        return new Progress(null);
    }

    static Progress bar(PrintStream err, long total) {
        return new Progress(new ProgressBarBuilder()
                .setTaskName("extract")
                .setInitialMax(total)
                .setUnit(" files", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build());
    }

    boolean shown() {
        return bar != null;
    }

    void step() {
        if (bar != null) bar.step();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
