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
        if (plainAlready(s)) return s; // the common case, asked for every speaker: no copy, no regular expression
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

    /** Single plain spaces between words, none at either end, no other space or soft hyphen. */
    private static boolean plainAlready(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i > 0 && s.charAt(i - 1) == ' ' : c == '\u00AD' || Character.isWhitespace(c) || ModelText.isSpace(c)) return false;
        }
        return true;
    }
}
