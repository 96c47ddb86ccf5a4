package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;

/**
 * "Significantly", "particular", "’re", "Utilizing environmental language": a phrase whose head is
 * an adverb, a particle or auxiliary, a lone lower-case adjective or no word at all, or that opens with a
 * gerund, cannot name who spoke. (A head tagged as a verb or determiner may be a noun or quantifier
 * the tagger misread: "Polls", "Many".) The row keeps the
 * mention and names no one, rather than print words that are no speaker.
 */
final class NoSpeakerWords implements SpeakerSieve {
    static final String NAME = "no-speaker-words";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun() || ctx.overlapsEntity(m.phrase(), EntityType.PERSON)
                || ctx.overlapsEntity(m.phrase(), EntityType.ORGANIZATION)) {
            return null;
        }
        Upos head = ctx.pos(m.head());
        boolean lowerAdjective = head == Upos.ADJ && m.first() == m.last() && !ctx.isName(m.head());
        boolean notNominal = head == Upos.ADV || head == Upos.AUX || head == Upos.PART || head == Upos.PUNCT
                || head == Upos.SYM || head == Upos.CCONJ || head == Upos.SCONJ || head == Upos.ADP || lowerAdjective;
        boolean letters = head == Upos.NUM || ctx.lower(m.head()).chars().anyMatch(Character::isLetter);
        boolean gerund = m.first() < m.last() && ctx.pos(m.first()) == Upos.VERB && ctx.lower(m.first()).endsWith("ing");
        if (!notNominal && letters && !gerund) return null;
        return new Resolution(new Speaker("", m.phrase()),
                Decision.of(NAME, "no word of “" + m.phrase().of(ctx.text()) + "” can name a speaker"));
    }
}
