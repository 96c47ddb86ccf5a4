package extract.speaker;

import extract.nlp.EntityType;
import java.util.List;

/**
 * "he", "she", "it" with no speaker near: the first entity (the subject, usually) of a compatible
 * type and gender in the pronoun's sentence before it, or in one of the few sentences before
 * (sentences wholly inside a quotation do not count); "it" tries organisations, then countries ("Iran
 * said it would …"; a city or region says nothing).
 */
final class PronounToEntity implements SpeakerSieve {
    static final String NAME = "pronoun-to-entity";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!m.personalPronoun()) return null;
        Referent r = choice(m, ctx);
        if (r == null) return null;
        int sentence = ctx.sentenceAt(m.phrase().start());
        String where = r.sentence() == sentence ? "in its sentence" : (sentence - r.sentence()) + " sentence(s) before";
        if (m.gender() != null) ctx.learnGender(r, m.gender());
        return Resolution.found(ctx, m.phrase(), r, NAME,
                Resolution.arrow(ctx, m.phrase(), r.canonical()) + ", the first fitting name " + where);
    }

    /** The entity this sieve takes for a pronoun, without deciding (the ranker reads it as a feature), or null. */
    static Referent choice(Mention m, SpeakerContext ctx) {
        List<EntityType> types = m.thing() ? List.of(EntityType.ORGANIZATION, EntityType.LOCATION) : List.of(EntityType.PERSON);
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        for (int s = sentence; s >= 0 && ctx.distance(s, sentence) <= SpeakerContext.PRONOUN_REACH; s--) {
            for (EntityType type : types) {
                for (Referent r : ctx.referentsIn(s)) {
                    if (r.span().end() <= offset && !r.quoted() && ctx.compatible(r, type) && ctx.genderFits(r, m.gender())
                            && (type != EntityType.LOCATION || ctx.lexicon().country(r.canonical()))) return r;
                }
            }
        }
        return null;
    }
}
