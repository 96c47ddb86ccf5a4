package extract.speaker;

import extract.text.Span;

/**
 * "Ted Cruz of Texas, who last year threatened …, and who has been hoping": a relative pronoun after
 * "and" or "but" refers to what the same pronoun before it in the sentence refers to.
 */
final class RelativeAfterConjunction implements SpeakerSieve {
    static final String NAME = "relative-after-conjunction";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"relative".equals(m.pronounKind())) return null;
        int who = m.first();
        int before = who - 1;
        if (before < 1 || !(ctx.lower(before).equals("and") || ctx.lower(before).equals("but"))) return null;
        String pronoun = ctx.lower(who);
        int sentence = ctx.word(who).sentence();
        for (int i = before - 1; i >= 0 && ctx.word(i).sentence() == sentence; i--) {
            if (!ctx.lower(i).equals(pronoun) || ctx.word(i).quoted()) continue;
            Span first = ctx.word(i).span();
            Resolution r = chain.resolve(first, ctx);
            if (r.speaker().name().isEmpty()) return null;
            return new Resolution(r.speaker(), r.decision().withPrefix(NAME,
                    "“" + m.phrase().of(ctx.text()) + "” → the “" + pronoun + "” before it"));
        }
        return null;
    }
}
