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
        if (words < MIN_WORDS || outside > Math.max(1, words / 5)) return null;
        return new Claim(q, QuoteKind.DIRECT, null, new ClaimSource.Paragraph(), Decision.NONE, Decision.NONE,
                Decision.of(NAME, "a quotation that is its own sentence"));
    }
}
