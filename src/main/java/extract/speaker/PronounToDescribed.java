package extract.speaker;

import extract.doc.NewsDocument;
import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.text.Span;

/**
 * "She says … The Democratic candidate's response came in her own tweets Friday. She tweeted: …":
 * "he" or "she" after a sentence that opens with a definite description of a person, where neither
 * sentence names a fitting person before the pronoun, takes whom that description names
 * ({@link DescriptionToSpeaker}): news names a person by role, and the next pronoun picks the role up.
 */
final class PronounToDescribed implements SpeakerSieve {
    static final String NAME = "pronoun-to-described";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        Mention described = description(m, ctx);
        Referent r = described == null ? null : choice(m, described, ctx);
        if (r == null) return null;
        return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical())
                + ", whom “" + described.phrase().of(ctx.text()) + "” in the sentence before names");
    }

    private static Referent choice(Mention m, Mention described, SpeakerContext ctx) {
        Referent r = DescriptionToSpeaker.choice(described, ctx);
        return r != null && ctx.genderFits(r, m.gender()) ? r : null;
    }

    /** The definite person description opening the narrative sentence before the pronoun's, or null. */
    private static Mention description(Mention m, SpeakerContext ctx) {
        if (m.gender() == null) return null;
        NewsDocument doc = ctx.doc();
        int sentence = ctx.sentenceAt(m.phrase().start());
        int before = sentence - 1;
        if (before < 0 || doc.insideQuotation(doc.sentence(before).span()) || namesFitting(before, Integer.MAX_VALUE, m, ctx)
                || namesFitting(sentence, m.phrase().start(), m, ctx)) {
            return null;
        }
        int first = ctx.firstWordOf(before);
        if (first < 0 || !SpeakerContext.isDefinite(ctx.lower(first))) return null;
        int k = first + 1;
        while (k < ctx.wordCount() && ctx.word(k).sentence() == before && !ctx.isPossessive(k)
                && (nominal(ctx.pos(k)) || ctx.isJoiningHyphen(k))) {
            k++;
        }
        int head = k - 1;
        // the description is the subject or its possessor: "The senator said", "The senator's response came"
        boolean subject = k < ctx.wordCount() && (ctx.isPossessive(k) || ctx.pos(k) == Upos.VERB || ctx.pos(k) == Upos.AUX);
        if (head <= first || !subject) return null;
        Mention d = new Mention(new Span(ctx.word(first).start(), ctx.word(head).end()), first, head, head, null);
        return ctx.describesPerson(d) ? d : null;
    }

    private static boolean nominal(Upos pos) {
        return pos == Upos.ADJ || pos == Upos.NOUN || pos == Upos.PROPN || pos == Upos.NUM;
    }

    /** Whether the sentence names, before {@code end}, a person outside quotation marks that fits the pronoun. */
    private static boolean namesFitting(int sentence, int end, Mention m, SpeakerContext ctx) {
        for (Referent r : ctx.referentsIn(sentence)) {
            if (r.span().start() < end && !r.quoted() && ctx.compatible(r, EntityType.PERSON) && ctx.genderFits(r, m.gender())) return true;
        }
        return false;
    }
}
