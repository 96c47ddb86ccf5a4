package extract.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Letters without their accents ("François" as "Francois"), for comparing names a writer may spell either way. */
public final class PlainLetters {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PlainLetters() {}

    public static String of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        return s; // the common case: no copy, no normalising
    }
}
