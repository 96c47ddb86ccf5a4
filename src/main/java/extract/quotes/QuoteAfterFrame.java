package extract.quotes;

import extract.doc.QuoteMarks;
import extract.text.Span;

/**
 * The second part of a split quote after a frame with a phrase of its own ("A," Trump said during a
 * rally in Ohio, "B."): the frame whose cue ends shortly before the quotation, with a comma or colon
 * just before it (or only ", but" or ", and" after the cue: "“A,” he said, but “B”") and no other
 * quotation between. The nearest such frame wins ("Voters agreed. Asked
 * about it, Lee said: “…”" is Lee's).
 */
final class QuoteAfterFrame implements QuotationSieve {
    static final String NAME = "quote-after-frame";
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile(",?\\s*(?:but|and)");

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        String text = ctx.text();
        java.util.List<Anchor> near = ctx.anchorsByCue().startingIn(q.start() - 120, q.start());
        for (int k = near.size() - 1; k >= 0; k--) {
            Anchor a = near.get(k);
            if (a.cue().end() > q.start() || a.content().end() > q.start()) continue;
            if (q.start() - a.cue().end() > 80) continue;
            String between = text.substring(a.cue().end(), q.start()).strip();
            // "“A,” he said, but “B”": a conjunction right after the cue goes on with the same words
            boolean joined = between.isEmpty() || between.endsWith(",") || between.endsWith(":") || GOES_ON.matcher(between).matches();
            // ("Ms. Reed said. ¶ As one official put it: “…”": words of another paragraph between are not the frame's;
            // its colon alone may end the paragraph before the quotation)
            boolean otherParagraph = between.contains("\n") && between.length() > 1;
            if (joined && between.chars().noneMatch(c -> QuoteMarks.isDoubleMark((char) c)) && !otherParagraph) {
                return new Claim(q, QuoteKind.DIRECT, a.cue(), new ClaimSource.FrameSubject(a.mention()),
                        a.frame().cueDecision(), a.frame().source(), Decision.of(NAME, "the frame right before it"));
            }
        }
        return null;
    }
}
