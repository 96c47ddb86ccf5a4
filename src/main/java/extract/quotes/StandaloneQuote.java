package extract.quotes;

import extract.text.Span;

/**
 * A quotation of at least a few words that is (nearly) the whole of its sentence or sentences: a
 * statement on its own, by whoever speaks in its paragraph or the one before (decided by the
 * speaker stage). Short quoted words with no speech act (titles, scare quotes) are left out.
 */
final class StandaloneQuote implements QuotationSieve {
    static final String NAME = "standalone-quote";
    private static final int MIN_WORDS = 4;
    /** "“I would,” Melanie said. “I would, Donald.”": after a quoted sentence of its paragraph, a reply is speech however short. */
    private static final int MIN_WORDS_IN_EXCHANGE = 2;

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        int first = ctx.doc().sentenceAt(q.start());
        if (first < 0) return null;
        int words = 0, outside = 0;
        for (int si = first; si < ctx.views().size(); si++) {
            TokenView v = ctx.views().get(si);
            if (v.span().start() >= q.end()) break;
            if (v.span().end() <= q.start()) continue;
            for (int i = 0; i < v.size(); i++) {
                if (v.isPunct(i)) continue;
                if (q.contains(v.token(i).start())) words++;
                else outside++;
            }
        }
        int least = afterQuotedSentence(q, first, ctx) ? MIN_WORDS_IN_EXCHANGE : MIN_WORDS;
        if (words < least || outside > Math.max(1, words / 5)) return null;
        return new Claim(q, QuoteKind.DIRECT, null, new ClaimSource.Paragraph(), Decision.NONE, Decision.NONE,
                Decision.of(NAME, "a quotation that is its own sentence"));
    }

    /** Whether the sentence before the quotation's, in its paragraph, holds a quotation. */
    private static boolean afterQuotedSentence(Span q, int first, QuotationContext ctx) {
        if (first == 0) return false;
        TokenView before = ctx.views().get(first - 1);
        if (ctx.doc().paragraphAt(before.span().start()) != ctx.doc().paragraphAt(q.start())) return false;
        for (int i = 0; i < before.size(); i++) {
            if (before.isQuoteMark(i) && before.inQuote(i)) return true;
        }
        return false;
    }
}
