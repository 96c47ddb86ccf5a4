package extract.speaker;

import extract.text.WordLists;
import java.util.Map;
import java.util.Set;

/** Pronouns, role titles, organisation nouns and name prefixes (honorifics, party labels, demonyms), loaded once and shared (immutable). */
public record SpeakerLexicon(Map<String, String> pronouns, Set<String> titles, Set<String> organisationNouns,
        Set<String> namePrefixes, Map<String, String> firstNameGenders, Set<String> functionWords,
        Set<String> compassWords, Set<String> linkers, Map<String, String> honorificGenders) {
    private static final String DIR = "/extract/speaker/";

    public static SpeakerLexicon load() {
        return new SpeakerLexicon(WordLists.table(DIR + "pronouns.tsv"), WordLists.words(DIR + "titles.txt"),
                WordLists.words(DIR + "organisation-nouns.txt"), loadNamePrefixes(),
                loadFirstNameGenders(), WordLists.words("/extract/nlp/function-words.txt"),
                WordLists.words(DIR + "compass-words.txt"), WordLists.words("/extract/quotes/linkers.txt"),
                WordLists.table(DIR + "honorific-genders.tsv"));
    }

    /** Name prefixes plus every word of the nationality adjectives in the country table ("Brazilian"). */
    private static Set<String> loadNamePrefixes() {
        Set<String> words = new java.util.HashSet<>(WordLists.words(DIR + "name-prefixes.txt"));
        for (String line : WordLists.lines("/extract/time/countries.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 3) continue;
            for (String w : cols[2].toLowerCase(java.util.Locale.ROOT).split(";")) {
                if (!w.isBlank() && !w.equals("-") && !w.contains(" ")) words.add(w.strip()); // "South African" would strip "South"
            }
        }
        return Set.copyOf(words);
    }

    /** Hand-written names first; names learned from text fill the gaps. */
    private static Map<String, String> loadFirstNameGenders() {
        Map<String, String> genders = new java.util.HashMap<>(WordLists.table(DIR + "first-names-learned.tsv"));
        genders.putAll(WordLists.table(DIR + "first-names.tsv"));
        return Map.copyOf(genders);
    }

    /** "m" for "Mr.", "f" for "Mrs."/"Ms.", else null. */
    String honorificGender(String lower) {
        return honorificGenders.get(lower);
    }

    /** "m", "f", or null when the first word of the name tells nothing. */
    String genderOf(String name) {
        String first = name.strip().split("[\\s.]+")[0].toLowerCase(java.util.Locale.ROOT);
        return firstNameGenders.get(first);
    }

    /** "male", "female", "thing", "group", "self", "relative", or null when not a pronoun. */
    String pronounKind(String lower) {
        return pronouns.get(lower);
    }
}
