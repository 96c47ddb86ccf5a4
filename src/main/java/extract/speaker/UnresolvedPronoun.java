package extract.speaker;

import extract.quotes.Decision;

/** A pronoun no earlier sieve resolved ("I", "we", "they" with no group near): the row keeps the mention, no name. */
final class UnresolvedPronoun implements SpeakerSieve {
    static final String NAME = "pronoun-unresolved";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!m.pronoun()) return null;
        return new Resolution(new Speaker("", m.phrase()),
                Decision.of(NAME, "“" + m.phrase().of(ctx.text()) + "” names no one near"));
    }
}
