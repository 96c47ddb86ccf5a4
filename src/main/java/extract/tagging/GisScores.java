package extract.tagging;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's maxent (GIS) evaluation with the predicate lookups in a {@link PredicateTable}: the same
 * arithmetic as {@code GISModel.eval} (uniform prior, parameters added feature by feature, then
 * exponentiated and normalised), so the probabilities are bit-identical. {@link #of} checks that on
 * the model itself. Immutable; shared by all threads.
 */
final class GisScores {
    private final PredicateTable predicates;
    private final double logPrior; // UniformPrior's: log(1 / number of outcomes)
    private final int outcomes;

    @SuppressWarnings("unchecked")
    private GisScores(GISModel model) {
        Object[] data = model.getDataStructures(); // {EvalParameters, predicate map, outcome names}
        this.predicates = new PredicateTable((Map<String, Context>) data[1]);
        this.outcomes = model.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / outcomes);
    }

    /** Scores for the model, or null if they would differ from its own (another prior than the uniform one). */
    static GisScores of(GISModel model, String[]... probes) {
        GisScores scores = new GisScores(model);
        for (String[] context : probes) {
            if (!Arrays.equals(model.eval(context), scores.eval(context, new double[scores.outcomes]))) return null;
        }
        return scores;
    }

    /** The probabilities of the outcomes for the context, written into {@code probs}. */
    double[] eval(String[] context, double[] probs) {
        Arrays.fill(probs, logPrior);
        for (String feature : context) PerceptronScores.add(predicates.get(feature), probs);
        return normalize(probs);
    }

    PredicateTable predicates() {
        return predicates;
    }

    int outcomeCount() {
        return outcomes;
    }

    /** The raw sums before any feature: the prior. */
    void prior(double[] sums) {
        Arrays.fill(sums, logPrior);
    }

    /** Raw sums (prior plus the features' parameters) into probabilities, in place. */
    double[] normalize(double[] probs) {
        double normal = 0.0;
        for (int o = 0; o < probs.length; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < probs.length; o++) probs[o] /= normal;
        return probs;
    }
}
