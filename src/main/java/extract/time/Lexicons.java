package extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the word lists under {@code /extract/time/} and turns them into regex alternations. */
public final class Lexicons {
    private Lexicons() {}

    /** The non-blank, non-comment lines of a resource, each split at tabs. */
    public static List<String[]> rows(String name) {
        String path = "/extract/time/" + name;
        try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The first fields of a resource's rows: a word list. */
    public static java.util.Set<String> words(String name) {
        return java.util.Set.copyOf(rows(name).stream().map(r -> r[0].strip()).toList());
    }

    /** The ';'-separated names of a field, "-" meaning none. */
    public static List<String> names(String field) {
        if (field.equals("-")) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : field.split(";")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    /** A regex alternation of the words, longest first, spaces matching any horizontal whitespace. */
    public static String alternation(Collection<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\h+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
