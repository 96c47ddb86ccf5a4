package extract.speaker;

import extract.doc.NewsDocument;
import extract.nlp.EntityType;

/**
 * "“…,” Lynch said. She has faced a number of controversies … She has called … She said …": "he" or
 * "she" opening its sentence after sentences that open with the same pronoun keeps their referent,
 * the person speaking in the sentence before them, though other people are named inside them (a
 * writer who means someone new names them).
 */
final class PronounChain implements SpeakerSieve {
    static final String NAME = "pronoun-chain";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        int sentence = ctx.sentenceAt(m.phrase().start());
        if (m.gender() == null || m.first() != ctx.firstWordOf(sentence)) return null;
        NewsDocument doc = ctx.doc();
        String pronoun = ctx.lower(m.first());
        int start = sentence;
        while (start > 0 && opensWith(start - 1, pronoun, ctx) && !doc.insideQuotation(doc.sentence(start - 1).span())) start--;
        if (start == sentence || start == 0) return null;
        for (int i = ctx.history().size() - 1; i >= 0; i--) {
            Referent r = ctx.history().get(i);
            if (r.sentence() >= start) continue;
            if (r.sentence() < start - 1) return null; // no one speaking right before the chain
            if (!ctx.genderFits(r, m.gender()) || !ctx.compatible(r, EntityType.PERSON)) return null;
            return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical())
                    + ", who speaks before " + (sentence - start) + " sentence(s) opening with “" + ctx.word(m.first()).text() + "”");
        }
        return null;
    }

    /** Whether the sentence's first word is the pronoun (in any case). */
    private static boolean opensWith(int sentence, String pronoun, SpeakerContext ctx) {
        int first = ctx.firstWordOf(sentence);
        return first >= 0 && ctx.lower(first).equals(pronoun);
    }
}
