package extract.speaker;

import extract.text.Span;

/** "analysts who claim", "said one former staffer, who said": "who" refers back to the noun phrase before it. */
final class RelativeToPhrase implements SpeakerSieve {
    static final String NAME = "relative-to-phrase";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"relative".equals(m.pronounKind())) return null;
        Span antecedent = ctx.phraseBefore(m.first());
        if (antecedent == null) return null;
        Resolution r = chain.resolve(antecedent, ctx);
        return new Resolution(r.speaker(), r.decision().withPrefix(NAME,
                "“" + m.phrase().of(ctx.text()) + "” → “" + antecedent.of(ctx.text()) + "”"));
    }
}
