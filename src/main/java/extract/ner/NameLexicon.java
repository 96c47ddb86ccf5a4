package extract.ner;

import extract.text.NameGenders;
import extract.text.WordLists;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What naming needs to know of English: role titles and name prefixes (honorifics, party labels,
 * demonyms) that stand before a name but are no part of it, organisation nouns ("Party", "Union")
 * that keep the adjective before them, function words, compass words ("North Korean"), and first
 * names with their genders. Loaded once, immutable, shared.
 */
public record NameLexicon(Set<String> titles, Set<String> organisationNouns, Set<String> namePrefixes,
        NameGenders genders, Set<String> functionWords, Set<String> compassWords) {
    private static final String DIR = "/extract/speaker/";

    public static NameLexicon load() {
        return new NameLexicon(WordLists.words(DIR + "titles.txt"), WordLists.words(DIR + "organisation-nouns.txt"),
                loadNamePrefixes(), NameGenders.load(), WordLists.words("/extract/nlp/function-words.txt"),
                WordLists.words(DIR + "compass-words.txt"));
    }

    /** Name prefixes plus every word of the nationality adjectives in the country table ("Brazilian"). */
    private static Set<String> loadNamePrefixes() {
        Set<String> words = new HashSet<>(WordLists.words(DIR + "name-prefixes.txt"));
        for (String line : WordLists.lines("/extract/time/countries.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 3) continue;
            for (String w : cols[2].toLowerCase(Locale.ROOT).split(";")) {
                if (!w.isBlank() && !w.equals("-") && !w.contains(" ")) words.add(w.strip()); // "South African" would strip "South"
            }
        }
        return Set.copyOf(words);
    }

    /** "m", "f", or null when the first word of the name tells nothing. */
    public String genderOf(String name) {
        return genders.ofName(name);
    }
}
