package extract.nlp;

/**
 * Which way a straight quotation mark faces, read from what touches it in the article: after a space
 * or an opening bracket and before a word it opens (“), after a word and before a space or punctuation
 * it closes (”). The tag repairs need the direction of a mark whose quotation began sentences before
 * ("… Donald can't," the email read.); a mark with spaces, or words, on both sides stays straight.
 */
final class StraightQuotes {
    private static final String OPENS_AFTER = "([{\u2013\u2014-/";
    private static final String CLOSES_BEFORE = ".,;:!?)]}\u2013\u2014";

    private StraightQuotes() {}

    /** The curly form of the token [start, end) of {@code text} when it is a straight mark whose direction shows, else the token. */
    static String facing(String text, int start, int end) {
        if (end - start != 1 || text.charAt(start) != '"') return text.substring(start, end);
        boolean openSide = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || OPENS_AFTER.indexOf(text.charAt(start - 1)) >= 0;
        boolean closeSide = end >= text.length() || Character.isWhitespace(text.charAt(end))
                || CLOSES_BEFORE.indexOf(text.charAt(end)) >= 0;
        if (openSide && !closeSide) return "\u201c";
        if (closeSide && !openSide) return "\u201d";
        return "\"";
    }
}
