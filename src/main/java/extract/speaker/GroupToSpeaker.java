package extract.speaker;

import extract.nlp.EntityType;

/** "they": the latest speaker in this or the previous sentence that is a group ("officials", a party, a company). */
final class GroupToSpeaker implements SpeakerSieve {
    static final String NAME = "group-to-speaker";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"group".equals(m.pronounKind())) return null;
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        for (int i = ctx.history().size() - 1; i >= 0; i--) {
            Referent r = ctx.history().get(i);
            if (r.span().start() >= offset) continue;
            if (ctx.distance(r.sentence(), sentence) > 1) break;
            if (r.type() == EntityType.ORGANIZATION || r.type() == null && plural(r.canonical())) {
                return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical()) + ", the latest group speaking");
            }
        }
        return null;
    }

    static boolean plural(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("\u2019s");
    }
}
