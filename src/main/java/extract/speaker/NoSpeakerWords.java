package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;

/**
 * "Significantly", "particular", "’re", "Utilizing environmental language", the "Let" of "Let's hope": a lone adverb, particle,
 * auxiliary, lower-case adjective or mark, or a phrase that opens with a gerund, cannot name who
 * spoke: the row keeps the mention and names no one, rather than print words that are no speaker.
 * (A word tagged as a verb or determiner may be a noun or quantifier the tagger misread: "Polls",
 * "Many"; such words are left alone.)
 */
final class NoSpeakerWords implements SpeakerSieve {
    static final String NAME = "no-speaker-words";
    /** Tags of words that name nothing. */
    private static final java.util.Set<Upos> FUNCTION = java.util.EnumSet.of(Upos.ADV, Upos.AUX, Upos.PART, Upos.PUNCT,
            Upos.SYM, Upos.CCONJ, Upos.SCONJ, Upos.ADP);
    private static final java.util.Set<String> LET_OBJECTS = java.util.Set.of("'s", "\u2019s", "us");

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun() || ctx.overlapsEntity(m.phrase(), EntityType.PERSON)
                || ctx.overlapsEntity(m.phrase(), EntityType.ORGANIZATION)) {
            return null;
        }
        // one word: the tagger's function tags on a longer phrase are too often wrong ("most surveys/ADV")
        boolean oneWord = m.first() == m.last();
        Upos pos = ctx.pos(m.first());
        // ("The deal, many say, is dead": a quantity standing alone is a group of people, whatever its tag or case)
        boolean quantity = oneWord && ctx.lexicon().quantifiers().contains(ctx.lower(m.first()));
        boolean nothing = oneWord && !quantity && (FUNCTION.contains(pos) || pos == Upos.ADJ && !ctx.isName(m.first())
                || ctx.lower(m.first()).chars().noneMatch(Character::isLetter) && !ctx.lower(m.first()).endsWith("%")); // "-", "800,000"; not "42%"
        // (not the first part of a compound: "working-class voters")
        boolean compound = ctx.gluedToPrevious(m.first() + 1);
        boolean gerund = !oneWord && ctx.pos(m.first()) == Upos.VERB && ctx.lower(m.first()).endsWith("ing") && !compound;
        // "Let's hope …", "let us pray": an imperative's "let" is no subject, the wish is the writer's or the speaker's
        boolean imperative = oneWord && ctx.lower(m.first()).equals("let") && m.last() + 1 < ctx.wordCount()
                && LET_OBJECTS.contains(ctx.lower(m.last() + 1));
        if (!nothing && !gerund && !imperative) return null;
        return new Resolution(new Speaker("", m.phrase()),
                Decision.of(NAME, "no word of “" + m.phrase().of(ctx.text()) + "” can name a speaker"));
    }
}
