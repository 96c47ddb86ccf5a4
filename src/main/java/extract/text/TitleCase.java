package extract.text;

import java.util.List;

/**
 * A headline in title case ("Elizabeth Warren Hammers Wells Fargo CEO"): three words or more, seven
 * in ten of them capitalised. Its runs of capitals join names and verbs, and the tagger reads most
 * of its words as names.
 */
public final class TitleCase {
    private TitleCase() {}

    /** Whether the tokens of a sentence are in title case (tokens not opening with a letter are not counted). */
    public static boolean of(List<String> tokens) {
        int words = 0, capitalised = 0;
        for (String w : tokens) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** Written in capitals: a letter, and no lower-case one ("KATE", "U.S."). */
    public static boolean inCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    /** A name written in capitals in title case: "SEN. KAINE" → "Sen. Kaine", "TOM KRISHER" → "Tom Krisher". */
    public static String fromCapitals(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
