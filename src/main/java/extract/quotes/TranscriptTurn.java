package extract.quotes;

import extract.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript quoted turn by turn ("“WALLACE: Will she be there? … “PENCE: She will not."): each
 * paragraph that opens with a speaker's label in capitals and a colon is that speaker's turn, even
 * where the article's quotation marks run on over several paragraphs.
 */
final class TranscriptTurn implements QuotationSieve {
    static final String NAME = "transcript-turn";
    /** A paragraph's opening: spaces and an opening mark, then a label of capitals ("WALLACE", "SEN. KAINE") and a colon. */
    private static final Pattern LABEL = Pattern.compile("[ \\t]*[\"“'‘]?[ \\t]*(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):[ \\t]+");

    /** The quotation cut where a paragraph inside it opens with a label, so each turn stands alone. */
    static List<Span> turns(Span q, String text) {
        List<Span> out = new ArrayList<>();
        int start = q.start();
        for (int i = text.indexOf('\n', q.start()); i >= 0 && i < q.end(); i = text.indexOf('\n', i + 1)) {
            int next = i + 1;
            while (next < q.end() && (text.charAt(next) == '\n' || text.charAt(next) == '\r')) next++;
            if (next >= q.end() || !labelAt(text, next, q.end())) continue;
            if (i > start) out.add(new Span(start, i));
            start = next;
            i = next - 1;
        }
        out.add(new Span(start, q.end()));
        return out;
    }

    private static boolean labelAt(String text, int at, int end) {
        Matcher m = LABEL.matcher(text).region(at, end);
        return m.lookingAt();
    }

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        String text = ctx.text();
        Matcher m = LABEL.matcher(text).region(q.start(), q.end());
        if (!m.lookingAt()) return null;
        int end = q.end();
        while (end > m.end() && (Character.isWhitespace(text.charAt(end - 1)) || "\"”'’".indexOf(text.charAt(end - 1)) >= 0)) end--;
        if (end - m.end() < 2) return null;
        Span label = new Span(m.start(1), m.end(1));
        Decision d = Decision.of(NAME, "“" + label.of(text) + ":” opens the turn");
        return new Claim(new Span(m.end(), end), QuoteKind.DIRECT, null, new ClaimSource.Named(label), Decision.NONE, d, d);
    }
}
