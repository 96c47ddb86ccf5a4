package extract.tagging;

import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * {@code POSTaggerME}'s tags with one model evaluation per token instead of one per beam entry.
 * When the model's feature generators are cached (as in the OpenNLP English models), the cache
 * keeps the features a token got first, including its previous-tag features, so every entry of
 * the beam at that token gets the same scores; the best sequence is then the best entry's
 * sequence extended by the best valid tag, step after step: a beam of one gives the same tags
 * (tested against POSTaggerME; see README, Speed). {@link #of} is empty for models where this
 * does not hold. Not thread-safe: one per worker.
 */
public final class GreedyPosTagger {
    private final MaxentModel model;
    private final GisScores fast; // null: evaluate with the model itself
    private final POSContextGenerator contexts; // used when fast is null
    private final WordFeatureSums sums; // with fast: the context generator's features, cached per word
    private final SequenceValidator<String> validator;
    private final String[] outcomes;
    private final double[] probs;
    /** Raw sums this close may round to equal probabilities (sums are of order 10; a double's ulp there is 2e-15). */
    private static final double TIE_MARGIN = 1e-9;

    private GreedyPosTagger(POSModel posModel, MaxentModel model, GisScores fast) {
        POSTaggerFactory factory = posModel.getFactory();
        this.model = model;
        this.fast = fast;
        this.contexts = factory.getPOSContextGenerator(0);
        // the context generator runs the model's generators on (tokens, index, tags so far), nothing else
        AdaptiveFeatureGenerator generators = factory.createFeatureGenerators();
        this.sums = fast == null || !(generators instanceof CachedFeatureGenerator c) ? null
                : WordFeatureSums.of(fast.predicates(), fast.outcomeCount(), c.getCachedFeatureGenerator(), WordFeatureSums.PROBES);
        this.validator = factory.getSequenceValidator();
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) outcomes[i] = model.getOutcome(i);
        this.probs = new double[outcomes.length];
    }

    /**
     * A greedy tagger giving the model's tags in {@code format} ({@code tables} from {@link #tables},
     * or null), or empty when it would not give POSTaggerME's.
     */
    public static Optional<GreedyPosTagger> of(POSModel posModel, POSTagFormat format, Tables tables) {
        Object model = posModel.getArtifact("pos.model");
        if (!(model instanceof MaxentModel maxent)) return Optional.empty();
        if (!(posModel.getFactory().createFeatureGenerators() instanceof CachedFeatureGenerator)) return Optional.empty();
        if (format != POSTagFormat.CUSTOM && POSTagFormatMapper.guessFormat(posModel) != format) return Optional.empty();
        String validator = posModel.getFactory().getSequenceValidator().getClass().getName();
        if (!validator.equals("opennlp.tools.postag.DefaultPOSSequenceValidator")) return Optional.empty();
        return Optional.of(new GreedyPosTagger(posModel, maxent, tables == null ? null : tables.scores));
    }

    /**
     * The model's lookup tables (about 30,000 predicates), built once and shared by all workers;
     * they hold nothing when the model is not a maxent model with a uniform prior (a few contexts
     * check that the tables and the model evaluate alike), and the tagger then asks the model.
     */
    public static Tables tables(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof GISModel gis)) return new Tables(null);
        return new Tables(GisScores.of(gis, new String[0], new String[] {"w=the", "t=DET", "unknown"},
                new String[] {"w=said", "p1=s", "s1=d", "t=PROPN", "t2=PROPN,PROPN", "pt=nn"}));
    }

    /** Immutable evaluation tables of one POS model. */
    public static final class Tables {
        private final GisScores scores; // null: none

        private Tables(GisScores scores) {
            this.scores = scores;
        }
    }

    /** Whether the one-word features are cached per word (the shipped model: yes). */
    boolean cachesWordFeatures() {
        return sums != null && sums.cachesWords();
    }

    public String[] tag(String[] tokens) {
        // the context generator and the validator read only the tags before i (checked in of())
        String[] tags = new String[tokens.length];
        WordFeatureSums.Word[] words = sums == null ? null : sums.words(tokens);
        for (int i = 0; i < tokens.length; i++) {
            if (sums != null) {
                fast.prior(probs);
                sums.add(tokens, i, tags, words, probs);
                int best = clearBest(tokens, i, tags);
                tags[i] = outcomes[best >= 0 ? best : best(tokens, i, tags, fast.normalize(probs))];
            } else {
                String[] context = contexts.getContext(i, tokens, tags, null);
                tags[i] = outcomes[best(tokens, i, tags, fast != null ? fast.eval(context, probs) : model.eval(context, probs))];
            }
        }
        return tags;
    }

    /** The first valid outcome of highest probability, as POSTaggerME picks it. */
    private int best(String[] tokens, int i, String[] tags, double[] scores) {
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, tokens, tags, outcomes[o])) best = o;
        }
        return best;
    }

    /**
     * The best valid outcome read from the raw sums, without exponentiating and normalising them:
     * both keep the order, so this is the outcome of highest probability when no other valid outcome
     * comes within {@link #TIE_MARGIN} of it (rounding could then make their probabilities equal,
     * and the first would win); -1 in that case, and the probabilities decide.
     */
    private int clearBest(String[] tokens, int i, String[] tags) {
        int best = best(tokens, i, tags, probs);
        if (best < 0) return -1;
        for (int o = 0; o < probs.length; o++) {
            if (o != best && probs[o] > probs[best] - TIE_MARGIN && validator.validSequence(i, tokens, tags, outcomes[o])) return -1;
        }
        return best;
    }
}
