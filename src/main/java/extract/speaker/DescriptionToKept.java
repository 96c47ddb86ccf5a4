package extract.speaker;

import extract.doc.Upos;
import extract.quotes.Decision;
import extract.text.Span;

/**
 * "the prime minister's spokesman said … “…,” the spokesman said": a definite description whose head
 * noun heads a description kept as a speaker a few sentences before (one no named entity answered
 * to) is that same speaker, not the latest person named: news repeats the noun for the unnamed.
 * After {@link DescriptionToSpeaker}: "the justice" right after Ginsburg spoke is Ginsburg.
 */
final class DescriptionToKept implements SpeakerSieve {
    static final String NAME = "description-to-kept";
    /** Narrative sentences back that the kept description may lie. */
    private static final int REACH = 6;

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!ctx.definiteDescription(m)) return null;
        // "the 30 percent" are not the 50 percent named before
        for (int i = m.first(); i <= m.last(); i++) if (ctx.pos(i) == Upos.NUM) return null;
        String head = ctx.lower(m.head());
        int sentence = ctx.sentenceAt(m.phrase().start());
        for (int i = ctx.history().size() - 1; i >= 0; i--) {
            Referent r = ctx.history().get(i);
            if (r.span().start() >= m.phrase().start()) continue;
            if (ctx.distance(r.sentence(), sentence) > REACH) break;
            // kept descriptions speak in their own words; an untyped name is no description
            boolean kept = r.type() == null && r.span().of(ctx.text()).startsWith(r.canonical());
            if (!kept || !headedBy(r.span(), head, ctx)) continue;
            ctx.remember(new Referent(m.phrase(), null, r.canonical(), sentence, false));
            return new Resolution(new Speaker(r.canonical(), m.phrase()), Decision.of(NAME,
                    Resolution.arrow(ctx, m.phrase(), "“" + r.canonical() + "”") + ", the same description kept before"));
        }
        return null;
    }

    /** The phrase's noun before any preposition or clause is the head ("a spokeswoman for the ministry"). */
    private static boolean headedBy(Span phrase, String head, SpeakerContext ctx) {
        for (int i = ctx.wordAt(phrase.start()); i >= 0 && i < ctx.wordCount() && ctx.word(i).end() <= phrase.end(); i++) {
            if (ctx.pos(i) == Upos.ADP || ctx.isPunctuation(i) || ctx.lower(i).equals("who")) return false;
            if (ctx.lower(i).equals(head) && (i + 1 >= ctx.wordCount() || ctx.word(i + 1).end() > phrase.end()
                    || ctx.pos(i + 1) == Upos.ADP || ctx.isPunctuation(i + 1) || ctx.lower(i + 1).equals("who"))) {
                return true;
            }
        }
        return false;
    }
}
