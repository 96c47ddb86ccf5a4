package extract.speaker;

import extract.text.WordLists;
import java.util.Map;
import java.util.Set;

/** Pronouns, role titles, organisation nouns and name prefixes (honorifics, party labels, demonyms), loaded once and shared (immutable). */
public record SpeakerLexicon(Map<String, String> pronouns, Set<String> titles, Set<String> organisationNouns,
        Set<String> namePrefixes) {
    private static final String DIR = "/extract/speaker/";

    public static SpeakerLexicon load() {
        return new SpeakerLexicon(WordLists.table(DIR + "pronouns.tsv"), WordLists.words(DIR + "titles.txt"),
                WordLists.words(DIR + "organisation-nouns.txt"), WordLists.words(DIR + "name-prefixes.txt"));
    }

    /** "person", "thing", "group", "self", "relative", or null when not a pronoun. */
    String pronounKind(String lower) {
        return pronouns.get(lower);
    }
}
