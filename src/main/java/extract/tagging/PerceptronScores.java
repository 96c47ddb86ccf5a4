package extract.tagging;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * OpenNLP's perceptron evaluation taken apart, so that a tagger can sum the features a position
 * shares by all beam entries once and add the few that depend on the previous outcome per entry.
 * The arithmetic is {@code PerceptronModel.eval}'s, in the same order (parameters added feature by
 * feature in context order, then the same normalisation), so the probabilities are bit-identical.
 * Immutable; shared by all threads.
 */
final class PerceptronScores {
    private final PredicateTable predicates;
    private final String[] outcomes;

    @SuppressWarnings("unchecked")
    PerceptronScores(PerceptronModel model) {
        Object[] data = model.getDataStructures(); // {EvalParameters, predicate map, outcome names}
        this.predicates = new PredicateTable((Map<String, Context>) data[1]);
        this.outcomes = ((String[]) data[2]).clone();
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** The index of an outcome, or -1. */
    int indexOf(String outcome) {
        for (int i = 0; i < outcomes.length; i++) if (outcomes[i].equals(outcome)) return i;
        return -1;
    }

    PredicateTable predicates() {
        return predicates;
    }

    /** The parameters of a feature, or null when the model does not know it. */
    Context parameters(String feature) {
        return predicates.get(feature);
    }

    /** Adds the parameters of the given features, in order, to the raw sums. */
    void add(List<String> features, double[] sums) {
        for (String f : features) add(predicates.get(f), sums);
    }

    /** Adds one feature's parameters (null: an unknown feature, which adds nothing). */
    static void add(Context parameters, double[] sums) {
        if (parameters == null) return;
        int[] active = parameters.getOutcomes();
        double[] values = parameters.getParameters();
        for (int a = 0; a < active.length; a++) sums[active[a]] += values[a]; // as ArrayMath.sumFeatures (value 1)
    }

    /** Turns raw sums into probabilities in place, as {@code PerceptronModel.eval(..., normalize=true)}. */
    static void normalize(double[] sums) {
        double maxPrior = 1;
        for (double s : sums) if (maxPrior < StrictMath.abs(s)) maxPrior = StrictMath.abs(s);
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o] / maxPrior);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) sums[o] /= normal;
    }
}
