package extract.speaker;

import extract.quotes.Decision;

/**
 * "FALLIN: Well, I think …": in a transcript's turn, "I" outside quotations is the speaker the
 * paragraph's label names (a name and a colon opening the paragraph, resolved before it), not the
 * writer.
 */
final class FirstPersonInTurn implements SpeakerSieve {
    static final String NAME = "first-person-in-turn";
    /** Words a label may take before its colon ("SEN. TIM KAINE:"). */
    private static final int MAX_LABEL = 6;

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!m.pronoun() || !ctx.lower(m.head()).equals("i") || ctx.doc().insideQuotation(m.phrase())) return null;
        int first = ctx.firstWordOf(ctx.doc().paragraphStartSentence(m.phrase().start()));
        if (first < 0 || first >= m.first()) return null;
        int colon = first;
        while (colon < m.first() && colon - first <= MAX_LABEL && !ctx.lower(colon).equals(":")) colon++;
        if (colon == first || colon >= m.first() || !ctx.lower(colon).equals(":")) return null;
        for (int i = first; i < colon; i++) if (!ctx.isName(i) && !ctx.isPunctuation(i)) return null;
        Referent label = labelSpeaker(ctx, ctx.word(first).start(), ctx.word(colon).start());
        if (label == null) return null;
        return Resolution.found(ctx, m.phrase(), label, NAME,
                "“I” in the turn of " + label.canonical() + ", whose name and colon open the paragraph");
    }

    /** The speaker resolved from the label between these offsets, or null. */
    private static Referent labelSpeaker(SpeakerContext ctx, int start, int end) {
        var history = ctx.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Referent r = history.get(i);
            if (r.span().start() == start && r.span().end() <= end) return r;
        }
        return null;
    }
}
