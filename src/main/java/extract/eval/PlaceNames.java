package extract.eval;

import extract.text.PlainLetters;
import java.util.List;
import java.util.Locale;

/**
 * Compares a place the tool wrote with the gold's names for it. Case, accents, punctuation and a
 * leading "the" do not count; a value with commas ("Novi, Michigan") is right when any of its parts
 * is one of the gold's names, since the gold lists the names the article gives and a city with its
 * state names both.
 */
final class PlaceNames {
    private PlaceNames() {}

    static boolean matches(String system, List<String> gold) {
        List<String> names = gold.stream().map(PlaceNames::key).toList();
        if (names.contains(key(system))) return true;
        for (String part : system.split(",")) {
            if (names.contains(key(part))) return true;
        }
        return false;
    }

    /** The form two names are compared in: lower case, no accents, words only, no leading article. */
    static String key(String name) {
        String s = PlainLetters.of(name);
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
