package extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the lexicon resource files: one entry a line, '#' starts a comment line, blank lines skipped. */
public final class WordLists {
    private WordLists() {}

    /** The non-comment lines of a classpath resource, trimmed. */
    public static List<String> lines(String resource) {
        InputStream in = WordLists.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    /** Every whitespace-separated word of the resource, lower-cased. */
    public static Set<String> words(String resource) {
        return lines(resource).stream()
                .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Each line's words mapped to its first word (lemma tables: "say says said saying"). */
    public static Map<String, String> formsToLemma(String resource) {
        return lines(resource).stream()
                .flatMap(l -> {
                    String[] w = l.toLowerCase(Locale.ROOT).split("\\s+");
                    return java.util.Arrays.stream(w).map(f -> Map.entry(f, w[0]));
                })
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Tab-separated key/value lines. */
    public static Map<String, String> table(String resource) {
        return lines(resource).stream()
                .map(l -> l.split("\t", 2))
                .filter(p -> p.length == 2)
                .collect(Collectors.toUnmodifiableMap(p -> p[0].strip().toLowerCase(Locale.ROOT), p -> p[1].strip(),
                        (a, b) -> a));
    }

}
