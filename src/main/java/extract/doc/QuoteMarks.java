package extract.doc;

import extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in text: “…”, "…", ``…'', ''…'' (doubled apostrophes), «…», and ‘…’ or '…'
 * when not inside a double quotation. Spans include the marks. A paragraph that opens a double
 * quotation without closing it continues into the next paragraph when that one opens with a
 * quotation mark of the same style (the news convention for long quotes); otherwise the quotation
 * ends with its paragraph. Marks inside an open double quotation (nested ‘…’) belong to the outer quote.
 */
public final class QuoteMarks {
    /** Every character that can open or close a quotation, double or single. */
    private static final String MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019'`";

    private QuoteMarks() {}

    /** A quotation mark of any kind (the one table of them that the rules use). */
    public static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    /** A double quotation mark ("…", “…”, „…“, «…»); two apostrophes count as one elsewhere. */
    public static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int open = -1; // start of the open double quotation
        int nested = 0; // typographic quotations opened inside it ("what he calls “hell” than …”")
        int single = -1; // start of an open single quotation (only outside doubles)
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int markLen = doubledApostrophe(text, i) ? 2 : 1;
            if (c == '\n' || c == '\r') {
                int next = nextParagraphStart(text, i);
                if (open >= 0 && !(next < n && isDoubleMark(text, next) && sameStyle(text, open, next))) {
                    out.add(new Span(open, trimEnd(text, open, i)));
                    open = -1;
                    nested = 0;
                } else if (open >= 0) {
                    i = next + markLen(text, next); // the continuation's opening mark is part of the quote
                    continue;
                }
                single = -1;
                i++;
                continue;
            }
            if (open >= 0) {
                if (tripleApostrophe(text, i, open)) {
                    i++; // "… 'We'll bomb them,''' said": the first closes the inner quote, the last two the outer
                    continue;
                }
                if (nestedOpener(text, i, open)) {
                    nested++;
                } else if (closesDouble(text, i) && nested > 0) {
                    nested--;
                } else if (closesDouble(text, i)) {
                    out.add(new Span(open, i + markLen));
                    open = -1;
                }
                i += markLen;
                continue;
            }
            if (opensDouble(text, i)) {
                open = i;
                single = -1;
                i += markLen;
                continue;
            }
            if (single < 0 && opensSingle(text, i)) {
                single = i;
            } else if (single >= 0 && closesSingle(text, i)) {
                out.add(new Span(single, i + 1));
                single = -1;
            }
            i += markLen;
        }
        if (open >= 0) out.add(new Span(open, trimEnd(text, open, n)));
        out.removeIf(s -> s.length() < 3 || nickname(text, s));
        return out;
    }

    /** A name's word between a first name and a surname: "Marcia", then the quotation, then " Price". */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");
    private static final java.util.regex.Pattern FIRST_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+");

    /**
     * Thomas "Tip" O'Neill, Marcia “Cia” Price: one capitalised word quoted between two capitalised
     * words is a nickname, part of the name, not a quotation.
     */
    private static boolean nickname(String text, Span s) {
        // in double marks only: a title-case headline's single-quoted word ("He ‘Won’ By …") is a quotation
        if (!isDoubleMark(text.charAt(s.start())) || !NICKNAME.matcher(text.substring(s.start() + 1, s.end() - 1)).matches()) return false;
        int before = s.start() - 1, after = s.end();
        return before >= 1 && space(text.charAt(before)) && Character.isLetter(text.charAt(before - 1))
                && FIRST_NAME.matcher(wordBefore(text, before)).matches()
                && after + 1 < text.length() && space(text.charAt(after)) && Character.isUpperCase(text.charAt(after + 1));
    }

    private static String wordBefore(String text, int space) {
        int k = space;
        while (k > 0 && !space(text.charAt(k - 1))) k--;
        return text.substring(k, space);
    }

    private static int markLen(String t, int i) {
        return doubledApostrophe(t, i) ? 2 : 1;
    }

    private static boolean doubledApostrophe(String t, int i) {
        return i + 1 < t.length() && isApostrophe(t.charAt(i)) && isApostrophe(t.charAt(i + 1));
    }

    /** Three apostrophes inside a quotation opened by two. */
    private static boolean tripleApostrophe(String t, int i, int open) {
        return doubledApostrophe(t, open) && doubledApostrophe(t, i) && i + 2 < t.length() && isApostrophe(t.charAt(i + 2));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '`' || c == '\u2018';
    }

    private static boolean isDoubleMark(String t, int i) {
        char c = t.charAt(i);
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || doubledApostrophe(t, i);
    }

    /**
     * Whether the marks at i and j are of one style: straight, doubled apostrophes or typographic. A
     * paragraph that opens with a mark of another style than the open quotation's starts a quotation
     * of its own ("Melanie thought … [paragraph] “It never crossed my mind,” she said").
     */
    private static boolean sameStyle(String t, int i, int j) {
        return style(t, i) == style(t, j);
    }

    private static int style(String t, int i) {
        if (doubledApostrophe(t, i)) return 2;
        return t.charAt(i) == '"' ? 1 : 3;
    }

    private static boolean opensDouble(String t, int i) {
        char c = t.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') return true;
        if (c == '"' || doubledApostrophe(t, i)) return atWordStart(t, i);
        // a closer where an opener belongs ("”Fear. I am truly afraid …”"): a typo, but it opens the quote
        return c == '\u201D' && atWordStart(t, i) && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1))
                && closedInParagraph(t, i + 1);
    }

    /**
     * "“… I’d rather live in what he calls “hell” than live …”": inside a typographic quotation, an
     * opening mark of the same style at a word start opens a quotation within it, when two closers
     * follow in the paragraph (its own and the outer one's).
     */
    private static boolean nestedOpener(String t, int i, int open) {
        if (t.charAt(i) != '\u201C' || t.charAt(open) != '\u201C' || !atWordStart(t, i) || i + 1 >= t.length()
                || !Character.isLetterOrDigit(t.charAt(i + 1))) {
            return false;
        }
        int closers = 0;
        for (int k = i + 1; k < t.length() && t.charAt(k) != '\n' && t.charAt(k) != '\r'; k++) {
            if (t.charAt(k) == '\u201D') closers++;
        }
        return closers >= 2;
    }

    /** A closing double mark from i on, before the paragraph ends. */
    private static boolean closedInParagraph(String t, int i) {
        for (int k = i; k < t.length() && t.charAt(k) != '\n' && t.charAt(k) != '\r'; k++) {
            if (t.charAt(k) == '\u201D' && atWordEnd(t, k + 1)) return true;
        }
        return false;
    }

    private static boolean closesDouble(String t, int i) {
        char c = t.charAt(i);
        return c == '\u201D' || c == '\u00BB' || c == '"' || (doubledApostrophe(t, i) && c != '`')
                // a typographic opener where a closer belongs: a typo, but it still ends the quote
                || (c == '\u201C' && i > 0 && !space(t.charAt(i - 1)) && atWordEnd(t, i + 1));
    }

    private static boolean opensSingle(String t, int i) {
        char c = t.charAt(i);
        if (c != '\u2018' && c != '\'') return false;
        return atWordStart(t, i) && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    private static boolean closesSingle(String t, int i) {
        char c = t.charAt(i);
        if (c != '\u2019' && c != '\'') return false;
        return i > 0 && !space(t.charAt(i - 1)) && atWordEnd(t, i + 1);
    }

    /** Before i is the start of text, a space, an opening bracket or a dash. */
    private static boolean atWordStart(String t, int i) {
        if (i == 0) return true;
        char p = t.charAt(i - 1);
        return space(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013'
                || p == '-' || p == '/' || p == ':';
    }

    /** At i is the end of text, a space or punctuation (not a letter or digit). */
    private static boolean atWordEnd(String t, int i) {
        return i >= t.length() || !Character.isLetterOrDigit(t.charAt(i));
    }

    private static int nextParagraphStart(String t, int i) {
        int j = i;
        while (j < t.length() && space(t.charAt(j))) j++;
        return j;
    }

    private static int trimEnd(String t, int start, int end) {
        int e = end;
        while (e > start && space(t.charAt(e - 1))) e--;
        return e;
    }

    /** A blank, a line break or a no-break, thin or other typographic space ("said.\u00A0\"Everybody …"). */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
