package extract.quotes;

import extract.text.ModelText;
import extract.text.Span;
import java.util.Set;

/**
 * A quotation signed with a dash and a name on the line after it ("…” ― Pamela Padilla", as in
 * collected reader quotes; "— David McKinley on Sunday, October 13th, 2019 in an article", as fact-checkers
 * sign a claim): the name is the source.
 */
final class SignedQuote implements QuotationSieve {
    static final String NAME = "signed-quote";

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        Span name = signature(q, ctx.text());
        if (name == null) return null;
        Decision d = Decision.of(NAME, "“" + name.of(ctx.text()) + "” after a dash");
        return new Claim(q, QuoteKind.DIRECT, null, new ClaimSource.Named(name), Decision.NONE, d, d);
    }

    /** Words that may follow a signature's name: when and where it was said. */
    private static final Set<String> SETTING = Set.of("on", "in", "at", "of", "from", "via", "during", "to");

    /** The most words of a signature's name. */
    private static final int MAX_NAME_WORDS = 5;

    static Span signature(Span q, String text) {
        int i = q.end();
        // (on the same line, or the next paragraph's)
        while (i < text.length() && (ModelText.isSpace(text.charAt(i)) || text.charAt(i) == '\n' || text.charAt(i) == '\r')) i++;
        if (i >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(i)) < 0) return null;
        i++;
        while (i < text.length() && ModelText.isSpace(text.charAt(i))) i++;
        int start = i;
        int lineEnd = i;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
        // the name's capitalised words, then perhaps when and where it was said in lower case ("— David McKinley
        // on Sunday, October 13th, 2019 in an article in a local newspaper", as fact-checkers sign a claim)
        int end = start;
        int words = 0;
        int k = start;
        while (k < lineEnd) {
            int w = wordEnd(text, k, lineEnd);
            int e = w;
            while (e > k && ".,;".indexOf(text.charAt(e - 1)) >= 0) e--; // the word without its stop or comma
            String word = text.substring(k, e);
            boolean nameWord = !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || word.equals("de") || word.equals("van"));
            if (!nameWord) break;
            words++;
            end = k + word.length();
            if (text.substring(k, w).endsWith(",")) break; // "— Pamela Padilla, Ohio": the name ends at its comma
            k = w;
            while (k < lineEnd && ModelText.isSpace(text.charAt(k))) k++;
        }
        if (words == 0 || words > MAX_NAME_WORDS || end - start < 2 || end - start > 60) return null;
        // (after the name only its comma or a phrase of when and where may follow: "— Trump said …" is a list's line)
        boolean comma = end < lineEnd && text.charAt(end) == ',';
        if (k < lineEnd && !comma && !SETTING.contains(text.substring(k, wordEnd(text, k, lineEnd)))) return null;
        return new Span(start, end);
    }

    /** The end of the word starting at k, within its line. */
    private static int wordEnd(String text, int k, int lineEnd) {
        while (k < lineEnd && !ModelText.isSpace(text.charAt(k))) k++; // (a no-break space too: "Pamela Padilla\u00a0")
        return k;
    }
}
