package extract.nlp;

import extract.ner.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
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
    private final TagRepair tagRepair;
    private final NerModel nerModel; // null when the run does without names

    private NlpModels(SentenceModel s, TokenizerModel t, POSModel p, TagRepair tagRepair, NerModel ner) {
        this.sentenceModel = s;
        this.tokenizerModel = t;
        this.posModel = p;
        this.tagRepair = tagRepair;
        this.nerModel = ner;
    }

    /** Loads the English models from the classpath and the given name-finder model, if any. */
    public static NlpModels load(NerModel ner) {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p), TagRepair.fromResources(), ner);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    /** The same sentence, token and POS models with the given name-finder model (null: none). */
    public NlpModels withNer(NerModel ner) {
        return new NlpModels(sentenceModel, tokenizerModel, posModel, tagRepair, ner);
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

    TagRepair tagRepair() {
        return tagRepair;
    }

    public Optional<NerModel> nerModel() {
        return Optional.ofNullable(nerModel);
    }
}
