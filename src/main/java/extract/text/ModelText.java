package extract.text;

/**
 * The text the OpenNLP models see: the same length as the original, so every offset stays valid,
 * with typographic quotation marks, apostrophes and unusual spaces mapped to their ASCII forms, and
 * invisible characters (zero-width spaces, soft hyphens at a word's edge) to spaces.
 * The English models were trained on ASCII-marked text: "China’s" would stay one token otherwise.
 */
public final class ModelText {
    private ModelText() {}

    public static String of(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = map(out[i]);
        }
        // a soft hyphen at a word's edge ("Doug \u00ADAndres", as some publishing systems leave them) is
        // space; inside a word ("news\u00ADpaper") it stays, and the word with it
        for (int i = text.indexOf('\u00AD'); i >= 0 && i < out.length; i++) {
            if (out[i] == '\u00AD' && (i == 0 || out[i - 1] == ' ' || i + 1 == out.length || Character.isWhitespace(out[i + 1]))) out[i] = ' ';
        }
        return new String(out);
    }

    /** A space the models see as one: a blank, tab or no-break, thin or other unusual space. */
    public static boolean isSpace(char c) {
        return map(c) == ' ';
    }

    static char map(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
            case '\u00AB': case '\u00BB':
                return '"';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002':
            case '\u2003': case '\t': case '\u000B': case '\u000C':
            // invisible: zero-width space, word joiner, a byte-order mark inside the text, direction marks
            case '\u200B': case '\u2060': case '\uFEFF': case '\u200E': case '\u200F':
                return ' ';
            default:
                return c;
        }
    }
}
