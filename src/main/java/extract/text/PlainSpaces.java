package extract.text;

import java.util.regex.Pattern;

/**
 * A name or phrase as a reader would type it: a plain space for each run of spaces, no-break and
 * zero-width ones included, and no soft hyphen ("Stu\u00A0Burguiere", "Doug \u00ADAndres").
 */
public final class PlainSpaces {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainSpaces() {}

    public static String of(String s) {
        CharSequence plain = s;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c == '\u00AD' || ModelText.isSpace(c))) { // rare: copy only then
                StringBuilder b = new StringBuilder(s.length());
                for (int k = 0; k < s.length(); k++) {
                    char d = s.charAt(k);
                    if (d != '\u00AD') b.append(ModelText.isSpace(d) ? ' ' : d);
                }
                plain = b;
                break;
            }
        }
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }
}
