package extract.text;

/**
 * The text the OpenNLP models see: the same length as the original, so every offset stays valid,
 * with typographic quotation marks, apostrophes and unusual spaces mapped to their ASCII forms.
 * The English models were trained on ASCII-marked text: "China’s" would stay one token otherwise.
 */
public final class ModelText {
    private ModelText() {}

    public static String of(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = map(out[i]);
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
                return ' ';
            default:
                return c;
        }
    }
}
