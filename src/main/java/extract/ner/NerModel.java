package extract.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import extract.tagging.FastNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;

/** The project's name-finder model, loaded once and shared; recognizers are made per worker. */
public final class NerModel {
    /** The shipped model, packed into the jar from models/ at build time. */
    public static final String DEFAULT_RESOURCE = "/models/en-ner.bin";

    private final TokenNameFinderModel model;
    private final DocumentNames rules;
    private final NameLexicon names;
    private final FastNameFinder.Tables tables; // null: the model is not one the fast finder reproduces

    private NerModel(TokenNameFinderModel model) {
        this.model = model;
        this.tables = FastNameFinder.tables(model);
        this.rules = DocumentNames.fromResources();
        this.names = NameLexicon.load();
    }

    /** Loads a model file; the IOException says which file and what is wrong with it. */
    public static NerModel load(Path file) throws IOException {
        if (!Files.exists(file)) throw new IOException(file + ": no such model file");
        if (!Files.isRegularFile(file)) throw new IOException(file + ": not a file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return new NerModel(new TokenNameFinderModel(in));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a valid name-finder model (" + reason(e) + ")", e);
        }
    }

    /** The shipped model, or an IOException saying it is missing from this build. */
    public static NerModel loadDefault() throws IOException {
        InputStream raw = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (raw == null) throw new IOException("the shipped NER model " + DEFAULT_RESOURCE + " is not in this build");
        try (InputStream in = new BufferedInputStream(raw)) {
            return new NerModel(new TokenNameFinderModel(in));
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** A new tagger (model plus document-level rules) for one worker thread. */
    public DocumentTagger newTagger() {
        return DocumentTagger.withRules(model, tables, rules);
    }

    public EntityRecognizer newRecognizer() {
        return new NameFinderRecognizer(newTagger(), names);
    }
}
