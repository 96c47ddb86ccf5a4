package extract.speaker;

import extract.doc.Upos;
import extract.doc.Word;
import extract.text.Span;

/** "That frustrates many analysts because they believe": "they" is the plural noun phrase before it in its sentence. */
final class GroupToPluralPhrase implements SpeakerSieve {
    static final String NAME = "group-to-plural-phrase";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"group".equals(m.pronounKind())) return null;
        Span antecedent = pluralBefore(ctx, m.first());
        if (antecedent == null) return null;
        Resolution r = chain.resolve(antecedent, ctx);
        return new Resolution(r.speaker(), r.decision().withPrefix(NAME,
                "“" + m.phrase().of(ctx.text()) + "” → “" + antecedent.of(ctx.text()) + "”"));
    }

    /** The phrase of the last plural common noun before the pronoun in its sentence, outside quotations. */
    private static Span pluralBefore(SpeakerContext ctx, int pronoun) {
        int sentence = ctx.word(pronoun).sentence();
        for (int i = pronoun - 1; i >= 0 && ctx.word(i).sentence() == sentence; i--) {
            Word w = ctx.word(i);
            if (w.pos() == Upos.NOUN && w.lower().endsWith("s") && !w.lower().endsWith("ss") && !w.quoted()) {
                return ctx.phraseBefore(i + 1);
            }
        }
        return null;
    }
}
