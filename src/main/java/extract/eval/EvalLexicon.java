package extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists the scorer judges speakers with, from resource files under extract/eval/. */
public record EvalLexicon(Set<String> pronouns, Set<String> titles, Set<String> nameSuffixes, Set<String> headStops) {
    public EvalLexicon {
        pronouns = Set.copyOf(pronouns);
        titles = Set.copyOf(titles);
        nameSuffixes = Set.copyOf(nameSuffixes);
        headStops = Set.copyOf(headStops);
    }

    public static EvalLexicon load() {
        return new EvalLexicon(list("pronouns.txt"), list("titles.txt"), list("name-suffixes.txt"), list("head-stops.txt"));
    }

    boolean isPronoun(String phrase) {
        return pronouns.contains(phrase.trim().toLowerCase(Locale.ROOT));
    }

    /** A title or article before a name ("Sen.", "the"), compared without case and final period. */
    boolean isTitle(String word) {
        return titles.contains(bare(word));
    }

    boolean isNameSuffix(String word) {
        return nameSuffixes.contains(bare(word));
    }

    boolean isHeadStop(String word) {
        return headStops.contains(bare(word));
    }

    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> list(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = EvalLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource extract/eval/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
