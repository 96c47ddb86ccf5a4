package extract.quotes;

import extract.text.Span;

/**
 * "“A,” he said, “B.”": a quotation right before a frame (only punctuation between, in the same
 * paragraph) takes that frame, even when the frame has content of its own after it, unless the
 * quotation ends its sentence with a full stop.
 */
final class QuoteBeforeFrame implements QuotationSieve {
    static final String NAME = "quote-before-frame";

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        String text = ctx.text();
        for (Anchor a : ctx.anchorsByCue().startingIn(q.end(), q.end() + 300)) {
            int frameStart = a.frameStart();
            if (frameStart < q.end() || a.content().start() < q.end()) continue;
            // ("“… in a campaign.” Kasich said he would have fired him": a quotation that ends its sentence is not
            // the report of a frame that opens the next one with its own)
            if (endsSentence(text, q) && a.content().start() >= a.cue().end()) continue;
            if (onlyPunctuation(text, q.end(), frameStart)) {
                return new Claim(q, QuoteKind.DIRECT, a.cue(), new ClaimSource.FrameSubject(a.mention()),
                        a.frame().cueDecision(), a.frame().source(), Decision.of(NAME, "the frame right after it"));
            }
        }
        return null;
    }

    /** The quotation's last mark inside is a full stop. */
    private static boolean endsSentence(String text, Span q) {
        int k = q.end() - 1;
        while (k > q.start() && !Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) != '.') k--;
        return text.charAt(k) == '.';
    }

    /** Punctuation and spaces only, within one paragraph: a quote ending a paragraph is not the next one's. */
    private static boolean onlyPunctuation(String text, int from, int to) {
        if (to - from > 4) return false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\n' || c == '\r') return false;
        }
        return true;
    }
}
