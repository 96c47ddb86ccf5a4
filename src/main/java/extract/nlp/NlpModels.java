package extract.nlp;

import extract.ner.NerModel;
import extract.tagging.GreedyPosTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once per run and shared by all workers (models are thread-safe; the
 * *ME taggers built from them are not, see {@link Annotator}).
 */
public final class NlpModels {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final GreedyPosTagger.Tables posTables;
    private final TagRepair tagRepair;
    private final NerModel nerModel; // null when the run does without names

    private NlpModels(SentenceModel s, TokenizerModel t, POSModel p, GreedyPosTagger.Tables posTables, TagRepair tagRepair, NerModel ner) {
        this.sentenceModel = s;
        this.tokenizerModel = t;
        this.posModel = p;
        this.posTables = posTables;
        this.tagRepair = tagRepair;
        this.nerModel = ner;
    }

    /**
     * Loads the English models from the classpath and the given name-finder model, if any. The
     * POS model, the largest, loads on a thread of its own while the others load here.
     */
    public static NlpModels load(NerModel ner) {
        CompletableFuture<POSModel> pos = CompletableFuture.supplyAsync(() -> load(POS, POSModel::new), NlpModels::daemon);
        SentenceModel sentences = load(SENTENCE, SentenceModel::new);
        TokenizerModel tokens = load(TOKENS, TokenizerModel::new);
        TagRepair repair = TagRepair.fromResources();
        try {
            POSModel p = pos.join();
            return new NlpModels(sentences, tokens, p, GreedyPosTagger.tables(p), repair, ner);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English model " + resource, e);
        }
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "pos-model-load");
        t.setDaemon(true);
        t.start();
    }

    /** The same sentence, token and POS models with the given name-finder model (null: none). */
    public NlpModels withNer(NerModel ner) {
        return new NlpModels(sentenceModel, tokenizerModel, posModel, posTables, tagRepair, ner);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) throw new IOException("missing model resource " + resource);
        return in;
    }

    SentenceModel sentenceModel() {
        return sentenceModel;
    }

    TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    POSModel posModel() {
        return posModel;
    }

    GreedyPosTagger.Tables posTables() {
        return posTables;
    }

    TagRepair tagRepair() {
        return tagRepair;
    }

    public Optional<NerModel> nerModel() {
        return Optional.ofNullable(nerModel);
    }
}
