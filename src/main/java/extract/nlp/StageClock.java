package extract.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;

/**
 * CPU time of the annotation stages, for the benchmark's per-stage table (bench/run.sh --profile).
 * Counts the calling thread's CPU time, so it belongs to one worker; {@link #off()} counts nothing
 * and costs nothing, which is what a normal run uses.
 */
public final class StageClock {
    /** The stages of {@link Annotator#annotate}. */
    public enum Stage { SENTENCES, TOKENS, POS_TAGS, NAMES }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final long[] nanos = new long[Stage.values().length];

    private StageClock(boolean on) {
        this.on = on;
    }

    public static StageClock off() {
        return new StageClock(false);
    }

    /** Counts the CPU time of the thread that annotates. */
    public static StageClock threadCpu() {
        return new StageClock(true);
    }

    /** The current thread's CPU time in nanoseconds (0 when off): pass it to {@link #add}. */
    long now() {
        return on ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Adds the time since {@code start} to the stage and returns the current time. */
    long add(Stage stage, long start) {
        if (!on) return 0;
        long t = THREADS.getCurrentThreadCpuTime();
        nanos[stage.ordinal()] += t - start;
        return t;
    }

    /** CPU nanoseconds counted so far, per stage. */
    public Map<Stage, Long> nanos() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) out.put(s, nanos[s.ordinal()]);
        return out;
    }
}
