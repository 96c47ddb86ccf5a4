package extract.text;

/**
 * Converts UTF-16 char offsets (what Java strings use) to Unicode code point offsets (what users,
 * brat and other tools count) and back. Built once per document; identity when the text has no
 * surrogate pairs, which is the common case.
 */
public final class CodePoints {
    private final int[] surrogateStarts; // char offsets of high surrogates, ascending

    public CodePoints(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) n++;
        }
        surrogateStarts = new int[n];
        int k = 0;
        for (int i = 0; i < text.length() && k < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i))) surrogateStarts[k++] = i;
        }
    }

    /** Code point offset of the given char offset. */
    public int toCodePoint(int charOffset) {
        return charOffset - countBefore(charOffset);
    }

    /** Char offset of the given code point offset. */
    public int toChar(int codePointOffset) {
        int chars = codePointOffset;
        for (int s : surrogateStarts) {
            if (s < chars) chars++;
            else break;
        }
        return chars;
    }

    private int countBefore(int charOffset) {
        int lo = 0, hi = surrogateStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogateStarts[mid] < charOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
