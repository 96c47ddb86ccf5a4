package extract.tagging;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The sum of a position's feature parameters for a tagger (name finder or POS), with the features
 * that depend on one word alone made, prefixed and looked up once per distinct word instead of once
 * per position and window offset. OpenNLP's generators build about 60 strings per token for the
 * name finder (about 20 for POS) and the model hashes each of them; most are a word's class, lower
 * case, affixes, pattern or lexicon entries, shifted into a window ("p1", "n2", ...). Here a word's
 * parameters per generator and offset are kept in a per-worker cache, and only the generators that
 * read more than one word or the tags so far (bigrams, phrases, the document's previous names,
 * sentence start, previous tags) run per position. Parameters are added in exactly the order of
 * OpenNLP's feature list, so the sums are bit-identical; {@link #of} checks that on probe sentences
 * and otherwise runs every generator per position. Not thread-safe: one per tagger.
 */
final class WordFeatureSums {
    /** Generators whose features at a position read only the token there (checked against OpenNLP 2.5). */
    private static final Set<String> ONE_WORD = Set.of(
            "opennlp.tools.util.featuregen.TokenClassFeatureGenerator",
            "opennlp.tools.util.featuregen.TokenFeatureGenerator",
            "opennlp.tools.util.featuregen.PrefixFeatureGenerator",
            "opennlp.tools.util.featuregen.SuffixFeatureGenerator",
            "opennlp.tools.util.featuregen.TokenPatternFeatureGenerator",
            "opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator",
            "extract.ner.LexiconFeatures");
    private static final int MAX_WORDS = 50_000; // the cache starts afresh beyond this: about 15 MB per tagger
    private static final String[] NO_OUTCOMES = new String[0];
    /** Sentences on which the word-cached sums are checked against running all generators, at load. */
    static final List<String[]> PROBES = List.of(
            "On Tuesday , Mr. John O'Neill of Acme Corp. told The New York Times that 42 % of U.S. voters in Paris , France , were \" happy \" .".split(" "),
            "BERLIN ( Reuters ) - Angela Merkel 's party , the CDU , won 3.5 million votes in North Rhine-Westphalia on 12/05/2017 .".split(" "),
            "the World Health Organization said @WHO and www.who.int had 1,000 e-mails from São Paulo and St. Louis-based groups".split(" "));

    private final PredicateTable model;
    private final Step[] steps;
    private final int slots;
    private final Map<String, Word> words = new HashMap<>();
    private final List<String> scratch = new ArrayList<>();

    /** One top-level generator: a window over a one-word generator (slots), or any other (run per position). */
    private record Step(AdaptiveFeatureGenerator generator, boolean oneWord, int prev, int next, int firstSlot) {}

    /** A word's parameters, per slot (one-word generator and window offset), and its token shape. */
    static final class Word {
        final Context[] parameters;
        final int[] starts; // slot s: parameters[starts[s] .. starts[s + 1])
        final String shape;

        Word(Context[] parameters, int[] starts, String shape) {
            this.parameters = parameters;
            this.starts = starts;
            this.shape = shape;
        }
    }

    private WordFeatureSums(PredicateTable model, Step[] steps) {
        this.model = model;
        this.steps = steps;
        int n = 0;
        for (Step s : steps) if (s.oneWord) n = Math.max(n, s.firstSlot + 1 + s.prev + s.next);
        this.slots = n;
    }

    /**
     * Sums for the model's generators ({@code uncached}: the aggregate under the feature cache),
     * checked against running them all on the probe sentences; when a check fails, or the
     * generators are not an aggregate, every generator runs per position.
     */
    static WordFeatureSums of(PredicateTable model, int outcomes, AdaptiveFeatureGenerator uncached, List<String[]> probes) {
        WordFeatureSums plain = new WordFeatureSums(model, new Step[] {new Step(uncached, false, 0, 0, 0)});
        if (!(uncached instanceof AggregatedFeatureGenerator aggregate)) return plain;
        List<Step> steps = new ArrayList<>();
        int slot = 0;
        for (AdaptiveFeatureGenerator g : aggregate.getGenerators()) {
            Step step = oneWordStep(g, slot);
            steps.add(step);
            if (step.oneWord) slot += 1 + step.prev + step.next;
        }
        WordFeatureSums fast = new WordFeatureSums(model, steps.toArray(Step[]::new));
        try {
            for (String[] tokens : probes) {
                Word[] w = fast.words(tokens);
                String[] none = new String[tokens.length]; // no outcomes yet
                for (int i = 0; i < tokens.length; i++) {
                    double[] expected = new double[outcomes];
                    double[] actual = new double[outcomes];
                    plain.add(tokens, i, none, null, expected);
                    fast.add(tokens, i, none, w, actual);
                    if (!Arrays.equals(expected, actual)) return plain;
                }
            }
        } catch (RuntimeException e) { // a generator that needs outcomes: no check, no cache
            return plain;
        }
        fast.words.clear();
        return fast;
    }

    private static Step oneWordStep(AdaptiveFeatureGenerator g, int slot) {
        if (ONE_WORD.contains(g.getClass().getName())) return new Step(g, true, 0, 0, slot);
        if (g.getClass() == WindowFeatureGenerator.class) {
            try {
                AdaptiveFeatureGenerator inner = (AdaptiveFeatureGenerator) field(g, "generator");
                if (ONE_WORD.contains(inner.getClass().getName())) {
                    return new Step(inner, true, (Integer) field(g, "prevWindowSize"), (Integer) field(g, "nextWindowSize"), slot);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // another OpenNLP version: run the window as a whole
            }
        }
        return new Step(g, false, 0, 0, 0);
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    /** Whether some generators' features are cached per word (false: all run per position). */
    boolean cachesWords() {
        return slots > 0;
    }

    /** The cached entries of a sentence's words (null when no generator reads one word alone). */
    Word[] words(String[] tokens) {
        if (slots == 0) return null;
        if (words.size() > MAX_WORDS) words.clear();
        Word[] out = new Word[tokens.length];
        for (int i = 0; i < tokens.length; i++) out[i] = words.computeIfAbsent(tokens[i], this::word);
        return out;
    }

    /** The token shape of position i ({@link FeatureGeneratorUtil#tokenFeature}), cached with the word. */
    static String shape(Word[] words, String[] tokens, int i) {
        return words != null ? words[i].shape : FeatureGeneratorUtil.tokenFeature(tokens[i]);
    }

    /** Adds the parameters of position i's features, in OpenNLP's feature order, to {@code sums}. */
    void add(String[] tokens, int i, String[] previousOutcomes, Word[] w, double[] sums) {
        for (Step s : steps) {
            if (!s.oneWord) {
                scratch.clear();
                s.generator.createFeatures(scratch, tokens, i, previousOutcomes);
                for (String f : scratch) PerceptronScores.add(model.get(f), sums);
                continue;
            }
            addSlot(w[i], s.firstSlot, sums);
            for (int k = 1; k <= s.prev; k++) if (i - k >= 0) addSlot(w[i - k], s.firstSlot + k, sums);
            for (int k = 1; k <= s.next; k++) if (i + k < tokens.length) addSlot(w[i + k], s.firstSlot + s.prev + k, sums);
        }
    }

    private static void addSlot(Word w, int slot, double[] sums) {
        for (int p = w.starts[slot]; p < w.starts[slot + 1]; p++) PerceptronScores.add(w.parameters[p], sums);
    }

    private Word word(String token) {
        List<Context> parameters = new ArrayList<>();
        int[] starts = new int[slots + 1];
        List<String> features = new ArrayList<>();
        String[] alone = {token};
        for (Step s : steps) {
            if (!s.oneWord) continue;
            features.clear();
            s.generator.createFeatures(features, alone, 0, NO_OUTCOMES);
            for (int k = 0; k <= s.prev + s.next; k++) {
                // slot order: the word itself, then p1..p<prev>, then n1..n<next> (WindowFeatureGenerator's prefixes)
                String prefix = k == 0 ? "" : k <= s.prev ? WindowFeatureGenerator.PREV_PREFIX + k : WindowFeatureGenerator.NEXT_PREFIX + (k - s.prev);
                starts[s.firstSlot + k] = parameters.size();
                for (String f : features) {
                    Context c = model.get(prefix.isEmpty() ? f : prefix + f);
                    if (c != null) parameters.add(c);
                }
                starts[s.firstSlot + k + 1] = parameters.size();
            }
        }
        return new Word(parameters.toArray(Context[]::new), starts, FeatureGeneratorUtil.tokenFeature(token));
    }
}
