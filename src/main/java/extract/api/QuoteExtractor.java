package extract.api;

import extract.input.SourceText;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import extract.pipeline.Extractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The library entry point: what {@code extract quotes} does to one article, for programs that bring
 * their own articles (a Spark job, a service). Load it once per JVM, {@link #load}, then call
 * {@link #extract} from any number of threads: the models are shared, and each thread gets its own
 * taggers (OpenNLP's taggers are not thread-safe) the first time it calls. The rows are those of
 * {@code extract quotes -f tsv} for the same text and date.
 *
 * <p>A thread's taggers live as long as the thread; in a thread pool that is what is wanted (they
 * are reused by the next task on that thread).
 */
public final class QuoteExtractor {
    /** Reference dates whose pipelines one thread keeps; articles of a batch tend to share a few. */
    private static final int DATES_PER_THREAD = 8;
    /** Reference dates whose lexicon-holding factories the JVM keeps. */
    private static final int DATES_SHARED = 64;

    private final NlpModels models;
    private final Optional<LocalDate> referenceDate;
    private final Map<Optional<LocalDate>, Supplier<Extractor>> factories =
            Collections.synchronizedMap(new Lru<>(DATES_SHARED));
    private final ThreadLocal<Map<Optional<LocalDate>, Extractor>> workers =
            ThreadLocal.withInitial(() -> new Lru<>(DATES_PER_THREAD));

    private QuoteExtractor(NlpModels models, Optional<LocalDate> referenceDate) {
        this.models = models;
        this.referenceDate = referenceDate;
    }

    /**
     * Loads the models (a few seconds; about 120 MB of heap with the shipped name finder).
     *
     * @throws IOException when the name-finder model cannot be read; the message names the file
     */
    public static QuoteExtractor load(ExtractOptions options) throws IOException {
        NerModel ner = options.nerModel().isPresent() ? NerModel.load(options.nerModel().get()) : NerModel.loadDefault();
        return new QuoteExtractor(NlpModels.load(ner), options.referenceDate());
    }

    /**
     * The article's quotations, in text order. The article's own date, when it has one, overrides
     * the options' reference date (as {@code --date} does on the command line). Thread-safe.
     *
     * @throws RuntimeException on a bug in the pipeline; callers that run batches report it for
     *     this article and go on, as the command line does
     */
    public List<QuoteRow> extract(ArticleText article) {
        Optional<LocalDate> date = article.date().isPresent() ? article.date() : referenceDate;
        return worker(date).extract(new SourceText(article.id(), article.text(), article.metadata()));
    }

    private Extractor worker(Optional<LocalDate> date) {
        return workers.get().computeIfAbsent(date, d -> factories.computeIfAbsent(d, x -> Extractor.factory(models, x)).get());
    }

    /** A map that forgets its least recently used entry beyond a size. Not thread-safe. */
    private static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int max;

        Lru(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }
    }
}
