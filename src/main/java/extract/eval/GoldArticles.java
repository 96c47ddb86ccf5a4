package extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs work over every article of a gold folder on a few threads: each thread makes its own state
 * once ({@code perWorker}: taggers are not thread-safe), articles are shared out as threads come
 * free, and results are kept in article order so runs compare line by line. An article that fails
 * gives one "FILE: reason" line and the others go on.
 */
public final class GoldArticles {
    private GoldArticles() {}

    /** What one article gives, with the state of the thread that reads it. */
    @FunctionalInterface
    public interface Work<W, T> {
        T apply(W worker, GoldFolder.Entry entry, GoldArticle gold);
    }

    /** An article's failure whose one-line message the work wrote itself. */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** The results of the articles that succeeded, in article order, and one line per article that failed. */
    public record Outcome<T>(List<T> results, List<String> errors) {}

    public static <W, T> Outcome<T> run(GoldFolder folder, int threads, Supplier<W> perWorker, Work<W, T> work) {
        List<GoldFolder.Entry> entries = folder.entries();
        List<T> results = new ArrayList<>();
        String[] errors = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) results.add(null);
        AtomicInteger next = new AtomicInteger();
        int n = Math.max(1, Math.min(threads, entries.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                workers.add(pool.submit(() -> {
                    W worker = perWorker.get();
                    for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
                        GoldFolder.Entry e = entries.get(i);
                        try {
                            results.set(i, work.apply(worker, e, folder.read(e)));
                        } catch (GoldFolder.BadGoldException ex) {
                            errors[i] = ex.file() + ": " + ex.getMessage();
                        } catch (Failure ex) {
                            errors[i] = ex.getMessage();
                        } catch (RuntimeException ex) {
                            errors[i] = e.text() + ": failed (" + reason(ex) + ")";
                        }
                    }
                }));
            }
            for (Future<?> w : workers) w.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the gold articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<T> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (results.get(i) != null) done.add(results.get(i));
            if (errors[i] != null) failed.add(errors[i]);
        }
        return new Outcome<>(done, failed);
    }

    /** An exception's message, or its class name when it has none. */
    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
