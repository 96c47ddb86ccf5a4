package extract.speaker;

import extract.quotes.Decision;

/**
 * "“We regret the delay,” the email read. It stated that …": "it" opening the sentence after one in
 * which a vehicle of words spoke ("the email", "a statement from the ministry"), with no one speaking
 * since, is that vehicle: its author, or no one when it names none.
 */
final class PronounToVehicle implements SpeakerSieve {
    static final String NAME = "pronoun-to-vehicle";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        SpeakerContext.Vehicle v = ctx.lastVehicle();
        int sentence = ctx.sentenceAt(m.phrase().start());
        if (v == null || !m.thing() || m.first() != ctx.firstWordOf(sentence) || ctx.distance(v.sentence(), sentence) != 1) return null;
        for (Referent r : ctx.history()) {
            if (r.span().start() > v.phrase().start() && r.span().start() < m.phrase().start()) return null; // someone spoke since
        }
        String vehicle = "“" + m.phrase().of(ctx.text()) + "” → “" + v.phrase().of(ctx.text()) + "” in the sentence before";
        return new Resolution(new Speaker(v.author(), m.phrase()),
                Decision.of(NAME, v.author().isEmpty() ? vehicle + ", which names no author" : vehicle + ", by " + v.author()));
    }
}
