package extract.output;

import org.jline.utils.WCWidth;

/**
 * How many terminal cells text takes: East Asian wide and fullwidth characters and emoji two,
 * combining marks, joiners and variation selectors none, others one (Unicode's East Asian Width
 * rules, through JLine's wcwidth, already on the classpath for the terminal). A flag (two regional
 * indicators) takes two cells, not four.
 */
final class DisplayWidth {
    private DisplayWidth() {}

    static int of(int codePoint) {
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    static int of(String s) {
        return prefixWidth(s, s.length());
    }

    /** The char index where the longest prefix of {@code s} that fits in {@code cells} ends (whole code points). */
    static int prefix(String s, int cells) {
        int used = 0, i = 0;
        boolean pendingFlag = false;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = width(cp, pendingFlag);
            pendingFlag = isRegionalIndicator(cp) && !pendingFlag;
            if (used + w > cells) break;
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int prefixWidth(String s, int end) {
        int used = 0;
        boolean pendingFlag = false;
        for (int i = 0; i < end; ) {
            int cp = s.codePointAt(i);
            used += width(cp, pendingFlag);
            pendingFlag = isRegionalIndicator(cp) && !pendingFlag;
            i += Character.charCount(cp);
        }
        return used;
    }

    /** The second regional indicator of a pair draws inside the first one's two cells. */
    private static int width(int cp, boolean afterUnpairedIndicator) {
        if (afterUnpairedIndicator && isRegionalIndicator(cp)) return 0;
        return of(cp);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
