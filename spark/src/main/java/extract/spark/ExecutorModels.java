package extract.spark;

import extract.api.QuoteExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link QuoteExtractor} per executor JVM: tasks of every stage and every thread of the
 * executor share its models (about 120 MB of heap), loaded by the first task that needs them. This is the
 * one piece of static state the job has, and it has to be: Spark runs tasks in a long-lived JVM
 * that is the only place the models can live once.
 */
final class ExecutorModels {
    private static final Map<ExtractorSettings, QuoteExtractor> LOADED = new HashMap<>();

    private ExecutorModels() {}

    static synchronized QuoteExtractor get(ExtractorSettings settings) {
        QuoteExtractor e = LOADED.get(settings);
        if (e == null) {
            try {
                e = QuoteExtractor.load(settings.options());
            } catch (IOException ex) {
                // A name-finder model the user named and the executor cannot read: no article can be done.
                throw new UncheckedIOException("cannot load the models: " + ex.getMessage(), ex);
            }
            LOADED.put(settings, e);
        }
        return e;
    }

    /** How many extractors this JVM has loaded (one per distinct settings). */
    static synchronized int loaded() {
        return LOADED.size();
    }
}
