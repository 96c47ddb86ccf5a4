package extract.speaker;

import extract.nlp.EntityType;
import extract.quotes.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * "they": the latest speaker in this or the previous sentence that is a group ("officials", a party, a
 * company) or people or bodies who spoke together ("Ana Ruiz and Ben Cole said", "Delta and United said").
 */
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
            List<Referent> members = members(ctx.history(), i);
            if (members.size() >= 2) return joined(m, ctx, members);
            // (the words that named it: "the groups say" kept as "the groups who wrote to her", which ends in "her")
            if (r.type() == EntityType.ORGANIZATION || r.type() == null && (plural(r.canonical()) || plural(r.span().of(ctx.text())))) {
                return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical()) + ", the latest group speaking");
            }
        }
        return null;
    }

    /**
     * The people or organisations of a list that spoke together ("Ana Ruiz and Ben Cole said", "Delta and United
     * said"), remembered one by one with the list's span, ending at entry i.
     */
    private static List<Referent> members(List<Referent> history, int i) {
        Referent r = history.get(i);
        List<Referent> out = new ArrayList<>();
        if (r.type() != EntityType.PERSON && r.type() != EntityType.ORGANIZATION) return out;
        for (int k = i; k >= 0 && history.get(k).span().equals(r.span()) && history.get(k).type() == r.type(); k--) {
            out.add(0, history.get(k));
        }
        return out;
    }

    /** "they" after "Ana Wilcox and Ben Beruff, a Sarasota Republican, argued …": the people of the list, each remembered again. */
    private static Resolution joined(Mention m, SpeakerContext ctx, List<Referent> members) {
        String all = Resolution.together(ctx, m.phrase(), members);
        return new Resolution(new Speaker(all, m.phrase()),
                Decision.of(NAME, Resolution.arrow(ctx, m.phrase(), all) + ", the latest people speaking together"));
    }

    static boolean plural(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("\u2019s");
    }
}
