package extract.spark;

import java.util.Locale;

/** What a run did: articles read (done or failed), quotation rows written, failed inputs, seconds. */
record Summary(long articles, long rows, long errors, double seconds) {
    double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    String line() {
        return String.format(Locale.ROOT, "%d articles, %d rows, %d errors in %.1f s (%.1f articles/s)",
                articles, rows, errors, seconds, articlesPerSecond());
    }

    String json() {
        return String.format(Locale.ROOT, "{\"articles\":%d,\"rows\":%d,\"errors\":%d,\"seconds\":%.3f,\"articles_per_second\":%.2f}%n",
                articles, rows, errors, seconds, articlesPerSecond());
    }
}
