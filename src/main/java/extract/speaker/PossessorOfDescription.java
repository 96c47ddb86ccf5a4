package extract.speaker;

import extract.quotes.Decision;
import java.util.Set;

/**
 * "his campaign said", "her spokesman said": a description owned by "his", "her" or "its" that no
 * entity answers to says whose it is, by the owner the rules give the pronoun (a fitting name before
 * it in its sentence, else {@link PronounToSpeaker}, else {@link PronounToEntity}): the row names
 * "Donald Trump's campaign", not "his campaign". Without an owner the description is kept as written.
 * ("their" owns for a group, which names no one.)
 */
final class PossessorOfDescription implements SpeakerSieve {
    static final String NAME = "possessor-of-description";
    private static final Set<String> OWNERS = Set.of("his", "her", "its");

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun() || m.last() <= m.first() || !OWNERS.contains(ctx.lower(m.first()))) return null;
        Mention owner = new Mention(ctx.word(m.first()).span(), m.first(), m.first(), m.first(),
                ctx.lexicon().pronounKind(ctx.lower(m.first())));
        if (!owner.personalPronoun()) return null;
        // a fitting name earlier in its own sentence first ("Trump netted … before launching his bid, but his campaign
        // said"), then the latest speaker, then a name in the sentences before
        Referent named = PronounToEntity.choice(owner, ctx);
        boolean ownSentence = named != null && named.sentence() == ctx.sentenceAt(m.phrase().start());
        Referent r = ownSentence ? named : PronounToSpeaker.choice(owner, ctx);
        if (r == null || group(r)) r = named;
        if (r == null || group(r)) return null;
        String name = r.canonical() + "'s " + ctx.words(m.first() + 1, m.last());
        ctx.remember(new Referent(m.phrase(), null, name, ctx.sentenceAt(m.phrase().start()), false));
        return new Resolution(new Speaker(name, m.phrase()), Decision.of(NAME,
                "“" + ctx.words(m.first(), m.last()) + "” → " + name + ", “" + ctx.lower(m.first()) + "” being " + r.canonical()));
    }

    /** "Her critics", "Ana Ruiz and Ben Cole": a group or a list, which "his", "her" or "its" never owns for. */
    private static boolean group(Referent r) {
        String c = r.canonical();
        return r.type() == null && (GroupToSpeaker.plural(c) || c.contains(" and "));
    }
}
