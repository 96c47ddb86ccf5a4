package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;

/**
 * "Tuesday", "last week", "2012": a phrase of time words (with determiners and numbers) is never a speaker;
 * the row keeps the mention and names no one. A month that the name finder took for a person
 * ("May said") is a name.
 */
final class TimeIsNoSpeaker implements SpeakerSieve {
    static final String NAME = "time-is-no-speaker";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun()) return null;
        boolean time = false;
        for (int i = m.first(); i <= m.last(); i++) {
            boolean t = ctx.lexicon().timeWords().contains(ctx.lower(i)) || year(ctx.lower(i));
            Upos p = ctx.pos(i);
            if (!t && p != Upos.DET && p != Upos.NUM && p != Upos.ADJ) return null;
            time |= t;
        }
        if (!time || ctx.overlapsEntity(m.phrase(), EntityType.PERSON) || ctx.overlapsEntity(m.phrase(), EntityType.ORGANIZATION)) {
            return null;
        }
        return new Resolution(new Speaker("", m.phrase()),
                Decision.of(NAME, "“" + m.phrase().of(ctx.text()) + "” is a time, not a speaker"));
    }

    /** "2012": four digits from 1800 to 2199. */
    private static boolean year(String w) {
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("18") || w.startsWith("19")
                || w.startsWith("20") || w.startsWith("21"));
    }
}
