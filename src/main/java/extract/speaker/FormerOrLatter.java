package extract.speaker;

import extract.nlp.EntityType;
import java.util.List;

/**
 * "Warren and Sanders voted against it. The former said …; the latter called it …": "the former" names
 * the first and "the latter" the second of the two people (else organisations) the sentence before
 * names, outside quotations, when it names exactly two.
 */
final class FormerOrLatter implements SpeakerSieve {
    static final String NAME = "former-or-latter";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun() || m.last() != m.first() + 1 || !ctx.lower(m.first()).equals("the")) return null;
        String word = ctx.lower(m.last());
        boolean former = word.equals("former");
        if (!former && !word.equals("latter")) return null;
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        if (sentence == 0) return null;
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            List<Referent> two = ctx.namedIn(sentence - 1, sentence - 1, type, offset);
            if (two.size() == 2) {
                Referent r = two.get(former ? 0 : 1);
                return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical())
                        + ", the " + (former ? "first" : "second") + " of the two named in the sentence before");
            }
        }
        return null;
    }
}
