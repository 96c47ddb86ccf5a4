package extract.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a very long text into pieces that the pipeline reads one at a time, so that no stage (some
 * compare every quotation with every sentence or name of the article) sees more than a piece: the
 * time stays linear in the text's length and memory bounded. A piece ends at the first paragraph
 * break (an empty line) after {@link #PIECE_CHARS} characters, else at a line break, else at a
 * space, never inside a surrogate pair. Ordinary articles (a few thousand words) are far shorter
 * and stay whole; in a longer text, names and pronouns are resolved within their piece, and a date
 * line at the head of the text dates the first piece only.
 */
final class LongTexts {
    /** About 35,000 words: ten times a long feature article. */
    static final int PIECE_CHARS = 200_000;

    private LongTexts() {}

    /** A piece of the text, with where it starts in code points. */
    record Piece(String text, int codePointStart, boolean isWhole) {}

    static List<Piece> pieces(String text, int pieceChars) {
        if (text.length() <= pieceChars) return List.of(new Piece(text, 0, true));
        List<Piece> out = new ArrayList<>();
        int start = 0, codePoints = 0;
        while (start < text.length()) {
            int end = cut(text, start, pieceChars);
            String piece = text.substring(start, end);
            out.add(new Piece(piece, codePoints, false));
            codePoints += piece.codePointCount(0, piece.length());
            start = end;
        }
        return out;
    }

    /** Where the piece starting at {@code start} ends. */
    private static int cut(String text, int start, int pieceChars) {
        int from = start + pieceChars;
        if (from >= text.length()) return text.length();
        int limit = Math.min(text.length(), from + pieceChars); // look no further than another piece
        int at = paragraphBreak(text, from, limit);
        if (at < 0) at = after(text, '\n', from, limit);
        if (at < 0) at = after(text, ' ', from, limit);
        if (at < 0) at = from;
        if (at < text.length() && Character.isLowSurrogate(text.charAt(at))) at++;
        return at;
    }

    /** Just after the line breaks of the first empty line at or after {@code from}, or -1. */
    private static int paragraphBreak(String text, int from, int limit) {
        for (int i = text.indexOf('\n', from); i >= 0 && i < limit; i = text.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
            if (j < text.length() && text.charAt(j) == '\n') {
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
                return j;
            }
        }
        return -1;
    }

    private static int after(String text, char c, int from, int limit) {
        int i = text.indexOf(c, from);
        return i >= 0 && i < limit ? i + 1 : -1;
    }
}
