package extract.ner;

import extract.tagging.FastNameFinder;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Names in the tokenized sentences of one document: the model sentence by sentence, then the
 * document-level rules. Not thread-safe (it holds a name finder): one per worker.
 */
public final class DocumentTagger {
    /** System property: "opennlp" runs OpenNLP's own NameFinderME, for comparing speed and output. */
    static final String FAST_PROPERTY = "extract.taggers";

    private final TokenNameFinder finder;
    private final DocumentNames rules; // null: the model's output only

    private DocumentTagger(TokenNameFinderModel model, FastNameFinder.Tables tables, DocumentNames rules) {
        this.finder = finder(model, tables);
        this.rules = rules;
    }

    /** The fast finder when the model allows it (same output), else OpenNLP's. */
    static TokenNameFinder finder(TokenNameFinderModel model, FastNameFinder.Tables tables) {
        if ("opennlp".equals(System.getProperty(FAST_PROPERTY))) return new NameFinderME(model);
        return FastNameFinder.of(model, tables).<TokenNameFinder>map(f -> f).orElseGet(() -> new NameFinderME(model));
    }

    /** The tagger `extract` uses: model plus document-level rules. */
    public static DocumentTagger withRules(TokenNameFinderModel model) {
        return withRules(model, FastNameFinder.tables(model), DocumentNames.fromResources());
    }

    /** With tables and rules already made: they are immutable and shared by all workers. */
    static DocumentTagger withRules(TokenNameFinderModel model, FastNameFinder.Tables tables, DocumentNames rules) {
        return new DocumentTagger(model, tables, rules);
    }

    /** The bare model, for measuring what the rules add. */
    public static DocumentTagger modelOnly(TokenNameFinderModel model) {
        return new DocumentTagger(model, FastNameFinder.tables(model), null);
    }

    /** Token spans with types, one array per sentence. */
    public List<Span[]> tag(List<String[]> sentences) {
        finder.clearAdaptiveData(); // a new document: forget the previous one's names
        List<Span[]> found = new ArrayList<>(sentences.size());
        for (String[] s : sentences) found.add(finder.find(s));
        finder.clearAdaptiveData();
        return rules == null ? found : rules.apply(sentences, found);
    }
}
