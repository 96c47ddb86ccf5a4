package extract.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Names in the tokenized sentences of one document: the model sentence by sentence, then the
 * document-level rules. Not thread-safe (it holds a NameFinderME): one per worker.
 */
public final class DocumentTagger {

    private final NameFinderME finder;
    private final DocumentNames rules; // null: the model's output only

    private DocumentTagger(TokenNameFinderModel model, DocumentNames rules) {
        this.finder = new NameFinderME(model);
        this.rules = rules;
    }

    /** The tagger `extract` uses: model plus document-level rules. */
    public static DocumentTagger withRules(TokenNameFinderModel model) {
        return withRules(model, DocumentNames.fromResources());
    }

    /** With rules already loaded: they are immutable and shared by all workers. */
    static DocumentTagger withRules(TokenNameFinderModel model, DocumentNames rules) {
        return new DocumentTagger(model, rules);
    }

    /** The bare model, for measuring what the rules add. */
    public static DocumentTagger modelOnly(TokenNameFinderModel model) {
        return new DocumentTagger(model, null);
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
