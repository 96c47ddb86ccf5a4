package extract.speaker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy model (OpenNLP's GIS trainer, as in CoreNLP's supervised quote-attribution
 * sieve) that scores how likely a candidate name is the one a pronoun refers to, from the features
 * of {@link CandidateFeatures}. Immutable and thread-safe (OpenNLP's maxent models keep no state
 * between calls). The shipped model is {@code models/speaker-ranker.bin}, made by
 * {@code extract train-ranker}.
 */
public final class SpeakerRanker {
    /** Where the shipped model sits in the jar. */
    public static final String DEFAULT_RESOURCE = "/models/speaker-ranker.bin";
    /** {@code -Dextract.ranker=on|off|FILE}: use the shipped model, none, or a model file. */
    public static final String PROPERTY = "extract.ranker";
    /** Whether a run without the property uses the shipped model: only if it beats the rules on dev. */
    static final boolean ON_BY_DEFAULT = true;

    /** A candidate rated below this is left to the rules. */
    public static final double THRESHOLD = 0.1;

    static final String YES = "yes";
    static final String NO = "no";

    private final MaxentModel model;
    private final int yes;

    private SpeakerRanker(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
        if (yes < 0) throw new IllegalArgumentException("not a speaker-ranker model (no outcome \"" + YES + "\")");
    }

    /** Trains a model on labelled candidates: GIS, {@code iterations} rounds, features seen fewer than {@code cutoff} times dropped. */
    public static SpeakerRanker train(List<Event> events, int iterations, int cutoff) throws IOException {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return new SpeakerRanker(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    }

    /** One training event: the candidate's features, and whether it is the speaker. */
    public static Event event(RankedCandidates.Candidate c, boolean right) {
        return new Event(right ? YES : NO, c.features().toArray(new String[0]));
    }

    /** The probability that the candidate is the one meant. */
    public double score(RankedCandidates.Candidate c) {
        return model.eval(c.features().toArray(new String[0]))[yes];
    }

    public static SpeakerRanker read(InputStream in) throws IOException {
        try {
            return new SpeakerRanker(new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel());
        } catch (RuntimeException e) {
            throw new IOException("not a speaker-ranker model (" + e.getMessage() + ")", e);
        }
    }

    public static SpeakerRanker load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such model file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the model to a temporary file beside {@code file}, then moves it in place: complete or absent. */
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW));
                 DataOutputStream data = new DataOutputStream(out)) {
                new GenericModelWriter((AbstractModel) model, data).persist();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The ranker a run uses: by {@code -Dextract.ranker} ("on": the shipped model, "off": none, else
     * a model file), else the shipped model if {@link #ON_BY_DEFAULT}; null for none.
     */
    public static SpeakerRanker configured() {
        String v = System.getProperty(PROPERTY, ON_BY_DEFAULT ? "on" : "off").trim();
        if (v.equals("off")) return null;
        try {
            if (!v.equals("on")) return load(Path.of(v));
            InputStream in = SpeakerRanker.class.getResourceAsStream(DEFAULT_RESOURCE);
            if (in == null) throw new IOException("the speaker ranker " + DEFAULT_RESOURCE + " is not in this build");
            try (in) {
                return read(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + v + ": " + e.getMessage(), e);
        }
    }
}
