package extract.cli;

import extract.ner.NerModel;
import extract.ner.NerTrainer;
import extract.ner.TrainingRecipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `extract ner-train`: trains the name finder (person, organization, location) from name-sample files. */
@Command(name = "ner-train", mixinStandardHelpOptions = true,
        description = {"Train the name-finder model from files in OpenNLP's name-sample format.",
                "The defaults are the recipe of the shipped model; see models/README.md.",
                "Retrain the shipped model: ./extract ner-train -o models/en-ner.bin @models/training-files.txt"})
final class NerTrainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Training files (name-sample format, UTF-8).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path output;

    /** OpenNLP's trainers for a name finder (their TrainingParameters names). */
    enum Algorithm { PERCEPTRON, MAXENT, MAXENT_QN }

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "PERCEPTRON",
            description = "OpenNLP trainer: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Algorithm algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "1",
            description = "Drop features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--features", paramLabel = "XML",
            description = "OpenNLP feature-generator descriptor (default: the shipped recipe's).")
    Path features;

    @Option(names = "--resources", paramLabel = "DIR",
            description = "Folder with the word-cluster, dictionary and token-table files the feature XML "
                    + "names (default: those stored in the shipped model, then those bundled with extract; "
                    + "models/tools/derive-lexica.sh rebuilds the large ones).")
    Path resources;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try {
            byte[] xml = features == null ? NerTrainer.defaultFeatures() : readFeatures(features);
            NerTrainer.ResourceSource source = resources == null
                    ? NerTrainer.modelResources(NerModel.loadDefault().model()) : NerTrainer.folderResources(resources);
            Map<String, Object> res = NerTrainer.loadResources(xml, source);
            TrainingRecipe recipe = new TrainingRecipe(algorithm.name(), iterations, cutoff, xml, res);
            TokenNameFinderModel model = NerTrainer.train(files, recipe);
            NerTrainer.write(model, output);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("extract: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // OpenNLP reports a bad feature-generator descriptor this way
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("extract: " + (features == null ? "feature generators" : features) + ": " + cause.getMessage());
            return 1;
        }
        System.err.printf(Locale.ROOT, "extract: wrote %s (%.1f MB) in %.0f s%n", output,
                sizeMb(output), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static byte[] readFeatures(Path xml) throws IOException {
        if (!Files.isRegularFile(xml)) throw new IOException(xml + ": no such feature-generator file");
        return Files.readAllBytes(xml);
    }

    private static double sizeMb(Path f) {
        try {
            return Files.size(f) / 1e6;
        } catch (IOException e) {
            return 0;
        }
    }
}
