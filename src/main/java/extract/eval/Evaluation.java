package extract.eval;

import extract.input.SourceText;
import extract.output.QuoteRow;
import java.util.List;
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
        GoldArticles.Outcome<ArticleScore> out = GoldArticles.run(folder, threads, extractors, (extractor, e, gold) -> {
            List<QuoteRow> rows;
            try {
                rows = extractor.apply(new SourceText(e.text().toString(), gold.text()));
            } catch (RuntimeException ex) {
                throw new GoldArticles.Failure(e.text() + ": extraction failed (" + GoldArticles.reason(ex) + ")");
            }
            try {
                return scorer.score(gold, rows);
            } catch (RuntimeException ex) {
                throw new GoldArticles.Failure(e.text() + ": scoring failed (" + GoldArticles.reason(ex) + ")");
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(EvalReport.of(out.results(), out.errors().size(), seconds), out.results(), out.errors());
    }
}
