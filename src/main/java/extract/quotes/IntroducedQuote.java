package extract.quotes;

import extract.text.Span;

/**
 * "Cruz continued:¶“…”", "Clinton released the following statement:¶“…”": a quotation that opens
 * its paragraph after a paragraph ending in a colon is what that sentence announced; its source is
 * that sentence's frame, else the subject of its first verb.
 */
final class IntroducedQuote implements QuotationSieve {
    static final String NAME = "introduced-quote";
    private final FrameGrammar grammar;

    IntroducedQuote(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        int si = ctx.doc().sentenceAt(q.start());
        if (si < 1) return null;
        TokenView quoteSentence = ctx.views().get(si);
        TokenView before = ctx.views().get(si - 1);
        if (quoteSentence.token(0).start() != q.start() || before.size() == 0) return null;
        if (ctx.doc().sentence(si).paragraph() == ctx.doc().sentence(si - 1).paragraph()) return null;
        if (!before.is(before.size() - 1, ":")) return null;
        Decision span = Decision.of(NAME, "announced by the colon before it");
        for (Anchor a : ctx.anchorsByCue().overlapping(before.span())) {
            if (a.frame().sentence() == si - 1) {
                return new Claim(q, QuoteKind.DIRECT, a.cue(), new ClaimSource.FrameSubject(a.mention()),
                        a.frame().cueDecision(), a.frame().source(), span);
            }
        }
        for (int k = 0; k < before.size(); k++) {
            if (before.inQuote(k) || !before.isVerb(k)) continue;
            SubjectPhrase s = grammar.phrases().leftSubject(before, grammar.subjectEnd(before, k));
            if (s == null) return null;
            Span subject = before.span(s.start(), s.end());
            Decision source = Decision.of(NAME, "subject " + Frames.words(before, subject) + " of the sentence before");
            return new Claim(q, QuoteKind.DIRECT, null, new ClaimSource.Named(subject), Decision.NONE, source, span);
        }
        return null;
    }
}
