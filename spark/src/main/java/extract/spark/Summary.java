package extract.spark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What a run did: articles read (done or failed), quotation rows written, failed inputs, wall-clock
 * seconds from the start of the job (Spark's start-up excluded), and the CPU seconds of the driver's
 * JVM meanwhile (in local mode, all the work's).
 */
record Summary(long articles, long rows, long errors, double seconds, double driverCpuSeconds) {
    double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    String line() {
        return String.format(Locale.ROOT, "%d articles, %d rows, %d errors in %.1f s (%.1f articles/s; driver CPU %.1f s)",
                articles, rows, errors, seconds, articlesPerSecond(), driverCpuSeconds);
    }

    String json() {
        return String.format(Locale.ROOT, "{\"articles\":%d,\"rows\":%d,\"errors\":%d,\"seconds\":%.3f,"
                + "\"articles_per_second\":%.2f,\"driver_cpu_seconds\":%.3f}%n",
                articles, rows, errors, seconds, articlesPerSecond(), driverCpuSeconds);
    }

    /** CPU seconds this JVM has used so far (all threads), or 0 where the JVM does not tell. */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime()) / 1e9;
        }
        return 0;
    }
}
