package extract.pipeline;

import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.output.QuoteRow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Reads the pieces of one long article on several threads, each with its own taggers (OpenNLP's
 * are not thread-safe), and hands their rows on in text order as soon as each piece and all before
 * it are done. At most one piece more than there are threads is in flight, so memory stays bounded
 * however long the article. One per article: its threads end when the article is read.
 */
final class PieceReader {
    private final int threads;
    private final Supplier<Annotator> annotators;

    PieceReader(int threads, Supplier<Annotator> annotators) {
        this.threads = threads;
        this.annotators = annotators;
    }

    void read(List<LongTexts.Piece> pieces, BiFunction<LongTexts.Piece, Annotator, Extractor.PieceResult> work,
              BiConsumer<AnnotatedDocument, List<QuoteRow>> out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-piece");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Annotator> taggers = ThreadLocal.withInitial(annotators);
        Deque<Future<Extractor.PieceResult>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < pieces.size() || !inFlight.isEmpty()) {
                while (next < pieces.size() && inFlight.size() < threads + 1) {
                    LongTexts.Piece p = pieces.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(p, taggers.get())));
                }
                Extractor.PieceResult r = inFlight.removeFirst().get();
                out.accept(r.doc(), r.rows());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a long article", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
