package extract.speaker;

import extract.quotes.Decision;

/**
 * A description no entity answers to ("a senior official", "many residents"): it is the speaker,
 * remembered so that a later "they" can point back to it.
 */
final class KeptDescription implements SpeakerSieve {
    static final String NAME = "description-kept";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        return keep(m, ctx, NAME, "no named entity answers to it");
    }

    static Resolution keep(Mention m, SpeakerContext ctx, String sieve, String why) {
        String d = ctx.words(m.first(), m.last());
        ctx.remember(new Referent(m.phrase(), null, d, ctx.sentenceAt(m.phrase().start()), false));
        return new Resolution(new Speaker(d, m.phrase()), Decision.of(sieve, "“" + d + "”, " + why));
    }
}
