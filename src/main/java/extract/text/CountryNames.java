package extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The names of the countries in the country table ({@code /extract/time/countries.tsv}): each name and its other names. */
public final class CountryNames {
    private CountryNames() {}

    /** Every name, as {@link #key} writes it ("united states", "u.s.", "britain"). */
    public static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String line : WordLists.lines("/extract/time/countries.tsv")) {
            String[] cols = line.split("\t");
            names.add(key(cols[0]));
            if (cols.length > 1) {
                for (String other : cols[1].split(";")) names.add(key(other));
            }
        }
        names.remove("");
        names.remove("-");
        return Set.copyOf(names);
    }

    /** A name lower case, without a leading "the" ("The United States" -> "united states"). */
    public static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
