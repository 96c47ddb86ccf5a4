package extract.tagging;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * {@link NameFinderME}'s output, computed with less work. OpenNLP's beam search asks the context
 * generator and the model again for every beam entry at every token, although the model's cached
 * feature generators give every entry the same features and only the four previous-outcome
 * features ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}, which come last) differ. Here a
 * token's shared features are looked up and summed once, each (previous, before-previous) outcome
 * pair is scored once, and the beam keeps linked nodes instead of copied sequences. The search, the
 * sums and the normalisation follow OpenNLP's step for step, so the names and their probabilities
 * are identical (tested against NameFinderME). Only for perceptron models whose feature generators
 * are cached; {@link #of} says whether a model qualifies. Not thread-safe: one per worker.
 */
public final class FastNameFinder implements TokenNameFinder {
    private static final String OTHER = NameFinderME.OTHER;
    private static final int ZERO_LOG = -100000; // BeamSearch's floor for a sequence's score

    private final PerceptronScores model;
    private final AdaptiveFeatureGenerator features; // the model's generators, for their document memory
    private final WordFeatureSums sums; // the same generators without the cache: a position is asked once
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;
    private final int beamSize;
    private final boolean lastOutcomeValidator;
    private final Context[] previousOutcome; // "po=" + outcome, per outcome (and OTHER at the end)
    private final Context[] beforePrevious; // "ppo=" + outcome

    private FastNameFinder(TokenNameFinderModel model, PerceptronScores scores, CachedFeatureGenerator features) {
        this.model = scores;
        this.features = features;
        this.sums = WordFeatureSums.of(scores.predicates(), scores.outcomeCount(), features.getCachedFeatureGenerator(), WordFeatureSums.PROBES);
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        // BIO's validator reads only the last outcome: it gets that, not a copy of the whole path
        this.lastOutcomeValidator = validator.getClass().getName().equals("opennlp.tools.namefind.NameFinderSequenceValidator");
        String beam = model.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        int n = scores.outcomeCount();
        previousOutcome = new Context[n + 1];
        beforePrevious = new Context[n + 1];
        for (int o = 0; o <= n; o++) {
            String name = o < n ? scores.outcome(o) : OTHER;
            previousOutcome[o] = scores.parameters("po=" + name);
            beforePrevious[o] = scores.parameters("ppo=" + name);
        }
    }

    /**
     * A fast finder for the model, sharing the evaluation tables of {@code shared} (made by
     * {@link #tables}); empty when the model is not one this class reproduces exactly.
     */
    public static Optional<FastNameFinder> of(TokenNameFinderModel model, Tables shared) {
        if (shared == null) return Optional.empty();
        AdaptiveFeatureGenerator generator = model.getFactory().createFeatureGenerators();
        if (!(generator instanceof CachedFeatureGenerator cached)) return Optional.empty();
        return Optional.of(new FastNameFinder(model, shared.scores, cached));
    }

    /** The model's evaluation tables, built once and shared by all workers; null if the model does not qualify. */
    public static Tables tables(TokenNameFinderModel model) {
        Object m = model.getArtifact("nameFinder.model");
        return m instanceof PerceptronModel p ? new Tables(new PerceptronScores(p)) : null;
    }

    /** Immutable evaluation tables of one model. */
    public static final class Tables {
        private final PerceptronScores scores;

        private Tables(PerceptronScores scores) {
            this.scores = scores;
        }
    }

    /** Whether the one-word features are cached per word (the shipped model: yes). */
    boolean cachesWordFeatures() {
        return sums.cachesWords();
    }

    @Override
    public Span[] find(String[] tokens) {
        BeamNode best = search(tokens);
        String[] outcomes = new String[best.length];
        int[] indices = best.outcomes();
        for (int i = 0; i < indices.length; i++) outcomes[i] = model.outcome(indices[i]);
        features.updateAdaptiveData(tokens, outcomes);
        Span[] spans = codec.decode(Arrays.asList(outcomes));
        double[] probs = best.probs();
        for (int s = 0; s < spans.length; s++) { // NameFinderME.setProbs: the mean over the name's tokens
            double p = 0;
            for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) p += probs[t];
            p /= spans[s].length();
            spans[s] = new Span(spans[s], p);
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    /** BeamSearch.bestSequences with one result, scores from {@link Position}. */
    private BeamNode search(String[] tokens) {
        PriorityQueue<BeamNode> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<BeamNode> next = new PriorityQueue<>(beamSize);
        prev.add(BeamNode.ROOT);
        WordFeatureSums.Word[] words = sums.words(tokens);
        String[] path = new String[0];
        for (int i = 0; i < tokens.length; i++) {
            Position position = null;
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                BeamNode top = prev.remove();
                if (position == null) position = new Position(tokens, words, i, outcomeNames(top));
                double[] scores = position.scores(top);
                double min = TopScores.kthLargest(scores, beamSize);
                String[] before = lastOutcomeValidator ? lastOutcome(top) : null;
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) offer(next, top, p, scores[p], i, tokens, before);
                }
                if (next.isEmpty()) { // none of the best is valid: advance all valid outcomes
                    for (int p = 0; p < scores.length; p++) offer(next, top, p, scores[p], i, tokens, before);
                }
            }
            prev.clear();
            PriorityQueue<BeamNode> t = prev;
            prev = next;
            next = t;
        }
        return prev.isEmpty() ? BeamNode.ROOT : prev.remove();
    }

    private void offer(PriorityQueue<BeamNode> next, BeamNode top, int outcome, double prob, int i,
                          String[] tokens, String[] before) {
        String[] outcomes = before != null ? before : outcomeNames(top);
        if (!validator.validSequence(i, tokens, outcomes, model.outcome(outcome))) return;
        BeamNode node = top.extend(outcome, prob);
        if (node.score > ZERO_LOG) next.add(node);
    }

    private String[] lastOutcome(BeamNode node) {
        return node.length == 0 ? new String[0] : new String[] {model.outcome(node.outcome)};
    }

    private String[] outcomeNames(BeamNode node) {
        int[] indices = node.outcomes();
        String[] out = new String[indices.length];
        for (int i = 0; i < out.length; i++) out[i] = model.outcome(indices[i]);
        return out;
    }

    /**
     * One token: the sum of its shared features, and the probabilities for each pair of previous
     * outcomes asked for so far.
     */
    private final class Position {
        private final String token;
        private final WordFeatureSums.Word[] words;
        private final String[] tokens;
        private final int index;
        private final double[] shared;
        private final double[][] byPrevious; // index: previous * (n + 1) + before previous
        private final Context[] withToken; // "pow=" + previous + "," + token
        private final Context[] withShape; // "powf=" + previous + "," + shape
        private final boolean[] looked;
        private String shape;

        Position(String[] tokens, WordFeatureSums.Word[] words, int index, String[] firstPath) {
            int n = model.outcomeCount();
            this.token = tokens[index];
            this.tokens = tokens;
            this.words = words;
            this.index = index;
            shared = new double[n];
            // what the cache would hold for every entry: the features made for the first one
            sums.add(tokens, index, firstPath, words, shared);
            byPrevious = new double[(n + 1) * (n + 1)][];
            withToken = new Context[n + 1];
            withShape = new Context[n + 1];
            looked = new boolean[n + 1];
        }

        double[] scores(BeamNode entry) {
            int n = model.outcomeCount();
            int po = entry.length >= 1 ? entry.outcome : n; // n stands for OTHER before the start
            int ppo = entry.length >= 2 ? entry.parent.outcome : n;
            int key = po * (n + 1) + ppo;
            double[] s = byPrevious[key];
            if (s != null) return s;
            if (!looked[po]) {
                String name = po < n ? model.outcome(po) : OTHER;
                if (shape == null) shape = WordFeatureSums.shape(words, tokens, index);
                withToken[po] = model.parameters("pow=" + name + "," + token);
                withShape[po] = model.parameters("powf=" + name + "," + shape);
                looked[po] = true;
            }
            s = shared.clone();
            PerceptronScores.add(previousOutcome[po], s);
            PerceptronScores.add(withToken[po], s);
            PerceptronScores.add(withShape[po], s);
            PerceptronScores.add(beforePrevious[ppo], s);
            PerceptronScores.normalize(s);
            byPrevious[key] = s;
            return s;
        }
    }
}
