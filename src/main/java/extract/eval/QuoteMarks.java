package extract.eval;

import extract.text.Span;
import java.util.Comparator;
import java.util.List;

/**
 * Tells whether a content span is a direct quote: it begins and ends inside quotation marks, ASCII
 * ("), typographic (“ ” „ « ») or two apostrophes (''), as some papers print them. The marks may be
 * part of the span or stand right next to it (an annotator may take one apostrophe of two);
 * punctuation between the words and the closing mark ("deadly,” he said) is allowed. The same test
 * serves gold and system spans.
 */
final class QuoteMarks {
    private static final String OPENING = "\"“„«";
    private static final String CLOSING = "\"”»";
    private static final String TRAILING = ".,!?;:…";

    private QuoteMarks() {}

    static boolean isDirect(String text, List<Span> pieces) {
        if (pieces.isEmpty()) return false;
        int start = pieces.stream().min(Comparator.naturalOrder()).orElseThrow().start();
        int end = pieces.stream().max(Comparator.comparingInt(Span::end)).orElseThrow().end();
        return beginsInside(text, start, end) && endsInside(text, start, end);
    }

    private static boolean beginsInside(String text, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) first++;
        if (first < text.length() && OPENING.indexOf(text.charAt(first)) >= 0) return true;
        if (first > 0 && OPENING.indexOf(text.charAt(first - 1)) >= 0) return true;
        return twoApostrophesNear(text, first);
    }

    private static boolean endsInside(String text, int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) last--;
        while (last > start && TRAILING.indexOf(text.charAt(last - 1)) >= 0) last--;
        if (last > 0 && CLOSING.indexOf(text.charAt(last - 1)) >= 0) return true;
        if (twoApostrophesNear(text, last)) return true;
        int after = end;
        while (after < text.length() && TRAILING.indexOf(text.charAt(after)) >= 0) after++;
        return after < text.length() && CLOSING.indexOf(text.charAt(after)) >= 0 || twoApostrophesNear(text, after);
    }

    /** '' ends at, straddles or starts at offset {@code i}. */
    private static boolean twoApostrophesNear(String text, int i) {
        for (int p = i - 2; p <= i; p++) {
            if (p >= 0 && text.startsWith("''", p)) return true;
        }
        return false;
    }
}
