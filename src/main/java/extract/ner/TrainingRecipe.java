package extract.ner;

import java.util.Map;
import java.util.Objects;

/**
 * How to train a name finder: the learning algorithm (OpenNLP's PERCEPTRON or MAXENT), its
 * iterations and feature cutoff, the feature-generator XML and the resources (word clusters,
 * dictionaries) that XML names.
 */
public record TrainingRecipe(String algorithm, int iterations, int cutoff, byte[] featureGenerators,
        Map<String, Object> resources) {
    public TrainingRecipe {
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(featureGenerators);
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1");
        if (cutoff < 0) throw new IllegalArgumentException("cutoff must not be negative");
        resources = Map.copyOf(resources);
    }
}
