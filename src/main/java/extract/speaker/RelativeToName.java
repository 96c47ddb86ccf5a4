package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.text.Span;

/** "Smith, who said": "who" right after a name is that name; after an organisation or place, not. */
final class RelativeToName implements SpeakerSieve {
    static final String NAME = "relative-to-name";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"relative".equals(m.pronounKind())) return null;
        int offset = m.phrase().start();
        Referent nearest = null;
        for (Referent r : ctx.referentsIn(ctx.sentenceAt(offset))) {
            if (r.span().end() <= offset && !r.quoted()) nearest = r;
        }
        // only a name right before "who" ("Smith, who"); "some people who" names no one
        int who = ctx.wordAt(offset);
        int end = nearest == null ? -1 : ctx.wordAt(nearest.span().end() - 1);
        boolean adjacent = nearest != null && who > 0 && (end >= who - 2 && (end == who - 1 || ctx.isPunctuation(who - 1))
                || end == beforeLabel(who, ctx));
        if (!adjacent) return null; // (nor "the Clinton administration who": the name qualifies a noun)
        if (inApposedDescription(who, ctx)) return null;
        // "a staffer at the State Department who told": "who" is a person, not the organisation before it
        if (ctx.lower(who).equals("who") && (nearest.type() == EntityType.ORGANIZATION || nearest.type() == EntityType.LOCATION)) return null;
        return Resolution.found(ctx, m.phrase(), nearest, NAME, Resolution.arrow(ctx, m.phrase(), nearest.canonical()) + ", the name before it");
    }

    /** "Sen. Claire McCaskill (D-Mo.), who": the word before a parenthesis that ends right before "who" and its comma, or -1. */
    private static int beforeLabel(int who, SpeakerContext ctx) {
        int close = who - 1;
        if (close > 0 && ctx.lower(close).equals(",")) close--;
        if (close < 1 || !ctx.lower(close).equals(")")) return -1;
        for (int i = close - 1; i > 0 && i >= close - 6; i--) if (ctx.lower(i).equals("(")) return i - 1;
        return -1;
    }

    /**
     * "Phil Bryant, a former backer of Sen. Ted Cruz, who": the name is the object of a description in
     * apposition after a comma, and "who" after its comma is the apposition's name (RelativeToPhrase).
     */
    private static boolean inApposedDescription(int who, SpeakerContext ctx) {
        if (who < 1 || !ctx.lower(who - 1).equals(",")) return false;
        Span named = ctx.phraseBefore(who);
        int first = named == null ? -1 : ctx.wordAt(named.start());
        return first >= 2 && ctx.pos(first - 1) == Upos.ADP && RelativeToPhrase.apposedDescription(ctx, first - 1) != null;
    }
}
