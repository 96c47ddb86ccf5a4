package extract.speaker;

import extract.text.WordLists;
import java.util.Map;
import java.util.Set;

/** Pronouns, role titles, organisation nouns and name prefixes (honorifics, party labels, demonyms), loaded once and shared (immutable). */
public record SpeakerLexicon(Map<String, String> pronouns, Set<String> titles, Set<String> organisationNouns,
        Set<String> namePrefixes, Map<String, String> firstNameGenders) {
    private static final String DIR = "/extract/speaker/";

    public static SpeakerLexicon load() {
        return new SpeakerLexicon(WordLists.table(DIR + "pronouns.tsv"), WordLists.words(DIR + "titles.txt"),
                WordLists.words(DIR + "organisation-nouns.txt"), WordLists.words(DIR + "name-prefixes.txt"),
                loadFirstNameGenders());
    }

    /** Hand-written names first; names learned from text fill the gaps. */
    private static Map<String, String> loadFirstNameGenders() {
        Map<String, String> genders = new java.util.HashMap<>(WordLists.table(DIR + "first-names-learned.tsv"));
        genders.putAll(WordLists.table(DIR + "first-names.tsv"));
        return Map.copyOf(genders);
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
