package extract.speaker;

import extract.nlp.EntityType;

/**
 * "he", "she", "it": the latest speaker of a compatible type and gender in this or the previous
 * sentence ("it" takes an organisation, or a description of one or of a document kept as a speaker).
 */
final class PronounToSpeaker implements SpeakerSieve {
    static final String NAME = "pronoun-to-speaker";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!m.personalPronoun()) return null;
        Referent r = choice(m, ctx);
        if (r == null) return null;
        String gender = m.gender();
        String who = m.thing() ? "the latest organisation speaking" : "the latest " + (gender.equals("m") ? "male" : "female") + " speaker";
        if (gender != null) ctx.learnGender(r, gender);
        return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical()) + ", " + who);
    }

    /** The speaker this sieve takes for a pronoun, without deciding (the ranker reads it as a feature), or null. */
    static Referent choice(Mention m, SpeakerContext ctx) {
        EntityType type = m.thing() ? EntityType.ORGANIZATION : EntityType.PERSON;
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        for (int i = ctx.history().size() - 1; i >= 0; i--) {
            Referent r = ctx.history().get(i);
            if (r.span().start() >= offset) continue;
            if (ctx.distance(r.sentence(), sentence) > 1) break;
            // ("The newspaper said … It added": a description kept as a speaker, of a body or a document, is an "it")
            boolean thing = m.thing() && ctx.keptThing(r);
            if ((ctx.compatible(r, type) || thing) && ctx.genderFits(r, m.gender())) return r;
        }
        return null;
    }
}
