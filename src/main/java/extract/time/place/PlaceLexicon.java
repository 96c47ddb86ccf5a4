package extract.time.place;

import extract.time.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known places from resource files: countries with their capitals, other cities, institutions and
 * venues. Each place has its names in order of preference; descriptions such as "the Chinese
 * capital" name a capital but count only in an article that names that capital itself.
 * Immutable and shareable.
 */
public final class PlaceLexicon {
    /** A place: its names, preferred first; {@code described} when the match was a description. */
    public record Place(List<String> names, boolean described) {}

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> byDescription = new HashMap<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Set<String> notPlaces = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private int longestWords;

    public PlaceLexicon() {
        for (String[] r : Lexicons.rows("countries.tsv")) {
            List<String> countryNames = names(r[0], r[1]);
            countries.addAll(countryNames);
            add(new Place(countryNames, false));
            Place capital = new Place(names(r[3], r[4]), false);
            add(capital);
            Place described = new Place(capital.names(), true);
            for (String adj : Lexicons.names(r[2])) {
                adjectives.add(adj);
                describe("the " + adj + " capital", described);
                describe("the " + adj + " capital city", described);
            }
            for (String country : countryNames) {
                String bare = country.startsWith("the ") ? country.substring(4) : country;
                describe(bare + "'s capital", described);
                describe("the capital of " + country, described);
            }
        }
        for (String[] r : Lexicons.rows("cities.txt")) add(new Place(Lexicons.names(r[0]), false));
        for (String[] r : Lexicons.rows("institutions.txt")) add(new Place(Lexicons.names(r[0]), false));
        for (String[] r : Lexicons.rows("not-places.txt")) notPlaces.add(r[0].strip());
    }

    private static List<String> names(String first, String others) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(Lexicons.names(others));
        return out;
    }

    private void add(Place p) {
        for (String n : p.names()) {
            byName.putIfAbsent(n, p);
            longestWords = Math.max(longestWords, n.split(" ").length);
        }
    }

    private void describe(String description, Place capital) {
        byDescription.putIfAbsent(description, capital);
        longestWords = Math.max(longestWords, description.split(" ").length + 1);
    }

    /** A place named or described at {@code at}: the longest match ending at a word boundary. */
    public Match match(String text, int at) {
        List<Integer> ends = wordEnds(text, at, longestWords);
        for (int i = ends.size() - 1; i >= 0; i--) {
            String s = text.substring(at, ends.get(i)).replaceAll("\\h+", " ");
            Place p = byName.get(s);
            if (p == null) p = byDescription.get(s);
            if (p != null) return new Match(at, ends.get(i), p);
        }
        return null;
    }

    /** A lexicon hit: char offsets and the place. */
    public record Match(int start, int end, Place place) {}

    /** The place of a name as written, in any case ("BEIJING"), or null. */
    public Place named(String name) {
        for (Map.Entry<String, Place> e : byName.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) || e.getKey().equalsIgnoreCase("the " + name)) return e.getValue();
        }
        return null;
    }

    /** "Chinese", "American": words that look like places after "in" but name a language or people. */
    public boolean isAdjective(String word) {
        return adjectives.contains(word);
    }

    /** Whether a name is a country's (a city or a venue in it says more). */
    public boolean isCountry(String name) {
        return countries.contains(name) || countries.contains("the " + name);
    }

    public boolean isNotPlace(String word) {
        return notPlaces.contains(word);
    }

    private static List<Integer> wordEnds(String text, int at, int maxWords) {
        List<Integer> ends = new ArrayList<>();
        int i = at;
        while (ends.size() < maxWords && i < text.length()) {
            while (i < text.length() && !isBreak(text.charAt(i))) i++;
            // "U.S." ends with its dot; a sentence-final dot is left out by also trying without it
            if (i > at && text.charAt(i - 1) == '.') ends.add(i - 1);
            ends.add(i);
            if (i >= text.length() || text.charAt(i) != ' ') break;
            i++;
        }
        return ends;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"'
                || c == '[' || c == ']';
    }

}
