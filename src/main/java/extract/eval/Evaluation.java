package extract.eval;

import extract.input.SourceText;
import extract.output.QuoteRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs an extractor over every article of a gold folder and scores it. Each worker thread gets its
 * own extractor from {@code extractors} (taggers are not thread-safe); articles are shared out as
 * workers come free, and scores are kept in article order so runs compare line by line.
 */
public final class Evaluation {
    /** The report, the per-article verdicts (for --details) and one "FILE: reason" per article that failed. */
    public record Result(EvalReport report, List<ArticleScore> scores, List<String> errors) {}

    private final GoldFolder folder;
    private final ArticleScorer scorer;

    public Evaluation(GoldFolder folder, ArticleScorer scorer) {
        this.folder = folder;
        this.scorer = scorer;
    }

    public Result run(Supplier<Function<SourceText, List<QuoteRow>>> extractors, int threads) {
        long started = System.nanoTime();
        List<GoldFolder.Entry> entries = folder.entries();
        ArticleScore[] scores = new ArticleScore[entries.size()];
        String[] errors = new String[entries.size()];
        AtomicInteger next = new AtomicInteger();
        int n = Math.max(1, Math.min(threads, entries.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                workers.add(pool.submit(() -> {
                    Function<SourceText, List<QuoteRow>> extractor = extractors.get();
                    for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
                        GoldFolder.Entry e = entries.get(i);
                        try {
                            GoldArticle gold = folder.read(e);
                            List<QuoteRow> rows;
                            try {
                                rows = extractor.apply(new SourceText(e.text().toString(), gold.text()));
                            } catch (RuntimeException ex) {
                                errors[i] = e.text() + ": extraction failed (" + reason(ex) + ")";
                                continue;
                            }
                            scores[i] = scorer.score(gold, rows);
                        } catch (GoldFolder.BadGoldException ex) {
                            errors[i] = ex.file() + ": " + ex.getMessage();
                        } catch (RuntimeException ex) {
                            errors[i] = e.text() + ": scoring failed (" + reason(ex) + ")";
                        }
                    }
                }));
            }
            for (Future<?> w : workers) w.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<ArticleScore> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (scores[i] != null) done.add(scores[i]);
            if (errors[i] != null) failed.add(errors[i]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(EvalReport.of(done, failed.size(), seconds), done, failed);
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
