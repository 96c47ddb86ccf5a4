package extract.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a name's first word or the honorific before it says of a person's gender ("m" or "f"):
 * "Ivanka" is f, "Mr." is m. Shared by the name finder's canonical names and speaker resolution.
 */
public record NameGenders(Map<String, String> firstNames, Map<String, String> givenNames, Map<String, String> honorifics) {
    private static final String DIR = "/extract/speaker/";

    public NameGenders {
        firstNames = Map.copyOf(firstNames);
        givenNames = Map.copyOf(givenNames);
        honorifics = Map.copyOf(honorifics);
    }

    /**
     * Hand-written first names first; names learned from text fill the gaps; the long list of given
     * names ({@code given-names.tsv}) only speaks for a name of two words or more, since many of its
     * names are surnames too ("Clinton", "Carson").
     */
    public static NameGenders load() {
        Map<String, String> names = new HashMap<>(WordLists.table(DIR + "first-names-learned.tsv"));
        names.putAll(WordLists.table(DIR + "first-names.tsv"));
        return new NameGenders(names, WordLists.table(DIR + "given-names.tsv"), WordLists.table(DIR + "honorific-genders.tsv"));
    }

    /** "m" for "Mr.", "f" for "Mrs."/"Ms.", else null. */
    public String ofHonorific(String word) {
        return honorifics.get(word.toLowerCase(Locale.ROOT));
    }

    /** "m", "f", or null when the first word of the name tells nothing. */
    public String ofName(String name) {
        String[] words = name.strip().split("[\\s.]+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String g = firstNames.get(first);
        return g != null || words.length < 2 ? g : givenNames.get(first);
    }
}
