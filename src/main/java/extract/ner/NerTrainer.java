package extract.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/** Trains one name-finder model (all entity types at once) from name-sample files. */
public final class NerTrainer {
    /** The project's best feature generators, with the word clusters they name, in the jar. */
    public static final String DEFAULT_FEATURES = "/extract/ner/features.xml";
    private static final String RESOURCE_DIR = "/extract/ner/";

    private NerTrainer() {}

    /** Finds one named resource of a feature-generator XML (word clusters, a dictionary, a token table). */
    @FunctionalInterface
    public interface ResourceSource {
        Object load(String name, ArtifactSerializer<?> serializer) throws IOException;
    }

    public static byte[] defaultFeatures() throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream(DEFAULT_FEATURES)) {
            if (in == null) throw new IOException(DEFAULT_FEATURES + " is missing from this build");
            return in.readAllBytes();
        }
    }

    /** Resources bundled with the jar (the project's word lists). */
    public static ResourceSource bundledResources() {
        return (name, serializer) -> {
            try (InputStream in = NerTrainer.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) throw new IOException("resource " + name + " is missing from this build");
                return create(serializer, in.readAllBytes());
            }
        };
    }

    /** Resources from a folder, named by file name as OpenNLP's own trainer does. */
    public static ResourceSource folderResources(Path dir) {
        return (name, serializer) -> {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) throw new IOException(f + ": no such resource file");
            return create(serializer, Files.readAllBytes(f));
        };
    }

    /**
     * The resources stored in a model (the shipped one's large lexicons, which are derived by
     * models/tools/derive-lexica.sh and not kept elsewhere), then those bundled with the jar.
     */
    public static ResourceSource modelResources(TokenNameFinderModel model) {
        ResourceSource bundled = bundledResources();
        return (name, serializer) -> {
            Object stored = model.getArtifact(name);
            return stored != null ? stored : bundled.load(name, serializer);
        };
    }

    private static Object create(ArtifactSerializer<?> serializer, byte[] bytes) throws IOException {
        Object artifact = serializer.create(new ByteArrayInputStream(bytes));
        // re-read as WordClusters, which a model can store (see there)
        return artifact instanceof WordClusterDictionary ? WordClusters.read(new ByteArrayInputStream(bytes)) : artifact;
    }

    /** Loads every resource (word clusters, dictionaries, token tables) that the feature-generator XML names. */
    public static Map<String, Object> loadResources(byte[] featureXml, ResourceSource source) throws IOException {
        Map<String, ArtifactSerializer<?>> wanted =
                GeneratorFactory.extractArtifactSerializerMappings(new ByteArrayInputStream(featureXml));
        Map<String, Object> resources = new HashMap<>();
        for (Map.Entry<String, ArtifactSerializer<?>> e : wanted.entrySet()) {
            resources.put(e.getKey(), source.load(e.getKey(), e.getValue()));
        }
        return resources;
    }

    public static TokenNameFinderModel train(List<Path> files, TrainingRecipe recipe) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, recipe.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, recipe.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                null, recipe.featureGenerators(), recipe.resources(), new BioCodec());
        try (NameSampleFiles samples = NameSampleFiles.open(files)) {
            return NameFinderME.train("en", null, samples, params, factory);
        }
    }

    /** Writes the model through a temporary file, so the target is complete or untouched. */
    public static void write(TokenNameFinderModel model, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ner-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                model.serialize(out);
            }
            try {
                // a temp file is private (rw-------); a model is ordinary data
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its default
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
