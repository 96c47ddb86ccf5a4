package extract.speaker;

import extract.text.NameGenders;
import extract.text.WordLists;
import java.util.Map;
import java.util.Set;

/**
 * Pronouns, role titles, organisation nouns, name prefixes (honorifics, party labels, demonyms),
 * quantifiers, time words and speech vehicles ("statement"), loaded once and shared (immutable).
 */
public record SpeakerLexicon(Map<String, String> pronouns, Set<String> titles, Set<String> organisationNouns,
        Set<String> namePrefixes, NameGenders genders, Set<String> functionWords,
        Set<String> compassWords, Set<String> linkers, Set<String> quantifiers, Set<String> timeWords,
        Set<String> speechVehicles) {
    private static final String DIR = "/extract/speaker/";

    public static SpeakerLexicon load() {
        return new SpeakerLexicon(WordLists.table(DIR + "pronouns.tsv"), WordLists.words(DIR + "titles.txt"),
                WordLists.words(DIR + "organisation-nouns.txt"), loadNamePrefixes(),
                NameGenders.load(), WordLists.words("/extract/nlp/function-words.txt"),
                WordLists.words(DIR + "compass-words.txt"), WordLists.words("/extract/quotes/linkers.txt"),
                WordLists.words(DIR + "quantifiers.txt"), WordLists.words("/extract/quotes/time-words.txt"),
                WordLists.words(DIR + "speech-vehicles.txt"));
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

    /** "m" for "Mr.", "f" for "Mrs."/"Ms.", else null. */
    String honorificGender(String lower) {
        return genders.ofHonorific(lower);
    }

    /** "m", "f", or null when the first word of the name tells nothing. */
    String genderOf(String name) {
        return genders.ofName(name);
    }

    /** "male", "female", "thing", "group", "self", "relative", or null when not a pronoun. */
    String pronounKind(String lower) {
        return pronouns.get(lower);
    }
}
