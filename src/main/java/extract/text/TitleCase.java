package extract.text;

import java.util.List;

/**
 * A headline in title case ("Elizabeth Warren Hammers Wells Fargo CEO"): three words or more, seven
 * in ten of them capitalised, and no word of five letters or more in lower case (but after a
 * hyphen). Its runs of capitals join names and verbs, and the tagger reads most of its words as
 * names.
 */
public final class TitleCase {
    private TitleCase() {}

    /** Letters from which title case capitalises a word (short function words such as "of", "and", "with" it may not). */
    private static final int LONG_WORD = 5;

    /** Whether the tokens of a sentence are in title case (tokens not opening with a letter are not counted). */
    public static boolean of(List<String> tokens) {
        int words = 0, capitalised = 0, longLower = 0;
        String before = "";
        for (String w : tokens) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                before = w;
                continue;
            }
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
            else if (w.length() >= LONG_WORD && !before.equals("-")) longLower++;
            before = w;
        }
        // "And in 2006, Lasry's Avenue Capital Group hired Chelsea Clinton.": names crowd a sentence, but
        // its verb is in lower case; title case capitalises every long word
        return words >= 3 && capitalised * 10 >= words * 7 && longLower == 0;
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
