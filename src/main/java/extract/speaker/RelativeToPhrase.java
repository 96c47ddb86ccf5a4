package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.text.Span;

/**
 * "analysts who claim", "said one former staffer, who said": "who" refers back to the noun phrase
 * before it, a person ("a staffer at the ministry who said" is the staffer).
 */
final class RelativeToPhrase implements SpeakerSieve {
    static final String NAME = "relative-to-phrase";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"relative".equals(m.pronounKind())) return null;
        Span antecedent = ctx.phraseBefore(m.first());
        if (antecedent == null) return null;
        if (ctx.lower(m.first()).equals("who")) antecedent = person(ctx, antecedent);
        Resolution r = chain.resolve(antecedent, ctx);
        return new Resolution(r.speaker(), r.decision().withPrefix(NAME,
                "“" + m.phrase().of(ctx.text()) + "” → “" + antecedent.of(ctx.text()) + "”"));
    }

    /**
     * "John Bentel, a tech staffer at the State Department who told": "who" is a person, so after a
     * preposition whose object is an organisation or place, the phrase before it is the noun phrase
     * the preposition hangs on ("a tech staffer"), and a name in apposition before that description
     * is who it is.
     */
    private static Span person(SpeakerContext ctx, Span phrase) {
        int first = ctx.wordAt(phrase.start());
        if (first < 2 || ctx.pos(first - 1) != Upos.ADP || ctx.lower(first - 1).equals("of")) return phrase;
        boolean place = ctx.overlapsEntity(phrase, EntityType.ORGANIZATION) || ctx.overlapsEntity(phrase, EntityType.LOCATION);
        if (!place) return phrase; // "managers with bets who" is for the rules of agreement to settle, not this one
        Span head = ctx.phraseBefore(first - 1);
        if (head == null) return phrase;
        int headFirst = ctx.wordAt(head.start());
        if (headFirst > 1 && ctx.lower(headFirst - 1).equals(",") && !ctx.isName(headFirst)) {
            Span named = ctx.phraseBefore(headFirst);
            if (named != null && ctx.isName(ctx.wordAt(named.end() - 1))) return named;
        }
        return head;
    }
}
