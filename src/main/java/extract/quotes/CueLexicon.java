package extract.quotes;

import extract.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The reporting-verb lexicons, loaded once and shared (immutable). */
public final class CueLexicon {
    private static final String DIR = "/extract/quotes/";

    private final Map<String, String> speech;
    private final Map<String, String> belief;
    private final Set<String> tellVerbs;
    private final List<String[]> sourcePhrases;

    private CueLexicon(Map<String, String> speech, Map<String, String> belief, Set<String> tellVerbs,
            List<String[]> sourcePhrases) {
        this.speech = speech;
        this.belief = belief;
        this.tellVerbs = tellVerbs;
        this.sourcePhrases = sourcePhrases;
    }

    public static CueLexicon load() {
        return new CueLexicon(
                WordLists.formsToLemma(DIR + "reporting-verbs.txt"),
                WordLists.formsToLemma(DIR + "belief-verbs.txt"),
                WordLists.words(DIR + "tell-verbs.txt"),
                WordLists.lines(DIR + "source-phrases.txt").stream()
                        .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList());
    }

    boolean isSpeechVerb(String lower) {
        return speech.containsKey(lower);
    }

    boolean isBeliefVerb(String lower) {
        return belief.containsKey(lower);
    }

    boolean takesHearer(String lower) {
        return tellVerbs.contains(lower);
    }

    /** Phrases like "according to" whose source follows them. */
    List<String[]> sourcePhrases() {
        return sourcePhrases;
    }

    /** Number of distinct reporting verbs (lemmas). */
    public int speechVerbCount() {
        return (int) speech.values().stream().distinct().count();
    }
}
