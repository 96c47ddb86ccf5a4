package extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A word list from a resource file: one entry a line, '#' starts a comment, matched lower-case. */
record Lexicon(Set<String> entries) {
    Lexicon {
        entries = Set.copyOf(entries);
    }

    static Lexicon resource(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("resource " + name + " is missing from this build");
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) out.add(entry.toLowerCase(Locale.ROOT));
            }
            return new Lexicon(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String word) {
        return entries.contains(word.toLowerCase(Locale.ROOT));
    }
}
