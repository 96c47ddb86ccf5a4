package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import java.util.HashSet;
import java.util.Set;

/**
 * "the company", "the ministry", "the rookie forward", "the 34-year-old": a definite description
 * whose head is a role ({@code titles.txt}, an age) or an organisation noun, that no entity was
 * introduced with, takes the latest entity of that type before it in its sentence, else the first
 * (mostly the subject) in one of the few before, outside quotations; not one the same description stands beside ("The judge agreed with
 * Ana Ruiz. The judge said …" is not Ruiz).
 */
final class DescriptionToRecentEntity implements SpeakerSieve {
    static final String NAME = "description-to-recent-entity";
    private static final int REACH = 3;

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!ctx.definiteDescription(m)) return null;
        String head = ctx.lower(m.head());
        EntityType type = ctx.describesPerson(m) ? EntityType.PERSON
                : ctx.lexicon().organisationNouns().contains(head) ? EntityType.ORGANIZATION : null;
        // ("Trump spoke … The spokesman said": a role held for someone else is not the latest person named)
        if (type == null || ctx.lexicon().heldForSomeoneElse(head)) return null;
        for (int i = m.first() + 1; i < m.head(); i++) {
            // "the campaign's spokesman", "the governor's office": a person, or a person's office, is the possessor's,
            // not the latest one named ("the paper's editorial board" may well be the paper named last)
            if (ctx.isPossessive(i) && (type == EntityType.PERSON || ctx.lexicon().personNoun(ctx.lower(i - 1)))) return null;
        }
        if (introducedUnnamed(m, head, ctx) || restrictedAfter(m, ctx)) return null;
        Set<String> modifiers = ctx.modifiersOf(m);
        Set<String> others = namedInItsRelativeClause(m, ctx);
        boolean office = type == EntityType.PERSON && DescriptionToEntity.office(head);
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        for (int s = sentence; s >= 0 && ctx.distance(s, sentence) <= REACH; s--) {
            Referent latest = null;
            for (Referent r : ctx.referentsIn(s)) {
                // ("Senator Elizabeth Warren said … The mayor said": a person titled with another office is someone else)
                if (r.span().end() <= offset && !r.quoted() && r.type() == type && !besideTheSame(ctx, r, head)
                        && !others.contains(r.canonical())
                        && !(office && DescriptionToEntity.namesOtherOffice(head, modifiers, ctx.titleWords(r)))) {
                    latest = r;
                    if (s < sentence) break; // a sentence before: its first, its subject mostly ("Graham has been critical of Trump")
                }
            }
            if (latest != null) {
                return Resolution.found(ctx, m.phrase(), latest, NAME,
                        Resolution.arrow(ctx, m.phrase(), latest.canonical()) + ", the latest " + type.label() + " before it");
            }
        }
        return null;
    }

    /**
     * "a fashion designer for the label … said the designer": the same noun after "a" in one of the few sentences
     * before introduced someone with no name beside it, whom the description takes up, not the latest name.
     */
    private static boolean introducedUnnamed(Mention m, String head, SpeakerContext ctx) {
        int sentence = ctx.word(m.first()).sentence();
        for (int i = m.first() - 1; i > 0 && ctx.distance(ctx.word(i).sentence(), sentence) <= REACH; i--) {
            if (!ctx.lower(i).equals(head) || ctx.pos(i) != Upos.NOUN) continue;
            int d = i - 1;
            while (d > 0 && i - d <= 4 && (ctx.pos(d) == Upos.ADJ || ctx.pos(d) == Upos.NOUN || ctx.pos(d) == Upos.NUM)) d--;
            if (SpeakerContext.isIndefinite(ctx.lower(d)) && !namedAfter(i, ctx)) return true;
        }
        return false;
    }

    /**
     * "the union that represents the workers said", "The union representing the workers said": a relative clause
     * right after the noun, no comma between, or a participle before the sentence's verb of report, tells which one
     * is meant; it is not the latest one named.
     */
    private static boolean restrictedAfter(Mention m, SpeakerContext ctx) {
        int k = m.head() + 1;
        if (k + 1 >= ctx.wordCount() || ctx.word(k).sentence() != ctx.word(m.head()).sentence()) return false;
        String w = ctx.lower(k);
        if ((w.equals("that") || w.equals("which") || w.equals("who")) && ctx.pos(k + 1).verbal()) return true;
        if (k != m.last() + 1 || ctx.pos(k) != Upos.VERB || !w.endsWith("ing") || ctx.isPunctuation(k + 1)) return false;
        // (the participle may be the frame's own verb: "the tycoon vowing to …"; a verb of report after it is the frame's)
        for (int i = k + 1; i < ctx.wordCount() && ctx.word(i).sentence() == ctx.word(k).sentence(); i++) {
            if (ctx.isPunctuation(i)) return false;
            if (ctx.pos(i) == Upos.VERB && !ctx.word(i).lemma().equals(ctx.lower(i))) return true;
        }
        return false;
    }

    /** "a spokesman for the campaign, Brian Fallon,", "an analyst, Ana Ruiz": a name follows the noun's phrase. */
    private static boolean namedAfter(int head, SpeakerContext ctx) {
        for (int k = head + 1; k < ctx.wordCount() && k - head <= 6; k++) {
            if (ctx.lower(k).equals(",")) return k + 1 < ctx.wordCount() && ctx.isName(k + 1);
            if (ctx.isPunctuation(k)) return false;
            if (ctx.pos(k) == Upos.PROPN && k == head + 1) return true;
        }
        return false;
    }

    /**
     * "The Japanese player, who beat Williams in the 2018 final, said": the names in the relative clause between commas
     * right after the description are others than the one it describes.
     */
    private static Set<String> namedInItsRelativeClause(Mention m, SpeakerContext ctx) {
        int comma = m.last() + 1;
        if (comma + 1 >= ctx.wordCount() || !ctx.lower(comma).equals(",")) return Set.of();
        String w = ctx.lower(comma + 1);
        if (!w.equals("who") && !w.equals("which")) return Set.of();
        int end = comma + 2;
        while (end < ctx.wordCount() && !ctx.isPunctuation(end)) end++;
        int from = ctx.word(comma + 1).start(), to = ctx.word(end - 1).end();
        Set<String> out = new HashSet<>();
        for (Referent r : ctx.referents()) if (r.span().start() >= from && r.span().end() <= to) out.add(r.canonical());
        return out;
    }

    /**
     * "The judge agreed with Ana Ruiz": the same description earlier in the referent's sentence is
     * someone beside it, so the referent is not what the description names.
     */
    private static boolean besideTheSame(SpeakerContext ctx, Referent r, String head) {
        int at = ctx.wordAt(r.span().start());
        int sentence = ctx.sentenceAt(r.span().start());
        for (int i = at - 1; i > 0 && ctx.sentenceAt(ctx.word(i).start()) == sentence; i--) {
            if (ctx.lower(i).equals(head) && SpeakerContext.isDefinite(ctx.lower(i - 1))) return true;
        }
        return false;
    }
}
