package extract.speaker;

import extract.nlp.EntityType;
import java.util.HashSet;
import java.util.Set;

/**
 * "Mike Pence says … The Indiana governor said …": a definite description of a person that no entity
 * was introduced with takes the latest person speaking in the sentence before, as a pronoun would;
 * news varies the words for whoever it is quoting. In its own sentence it is someone else ("X called
 * on … after the billionaire mogul claimed"). Not when the description names another party or role
 * than that person's mentions ("Trump says … The Democratic nominee said"), or another office ("Senator
 * Warren said … The mayor said"), nor one its own sentence
 * names apart from it ("the candidate said of running against Mr. Trump").
 */
final class DescriptionToSpeaker implements SpeakerSieve {
    static final String NAME = "description-to-speaker";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        Referent r = choice(m, ctx);
        return r == null ? null : Resolution.found(ctx, m.phrase(), r, NAME,
                Resolution.arrow(ctx, m.phrase(), r.canonical()) + ", the latest person speaking");
    }

    /** The person a definite description names by this rule, without deciding, or null. */
    static Referent choice(Mention m, SpeakerContext ctx) {
        // ("Trump said … The spokesman said": a role held for someone else is not the one who spoke)
        if (!ctx.definiteDescription(m) || !ctx.describesPerson(m) || ctx.lexicon().heldForSomeoneElse(ctx.lower(m.head()))) return null;
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        Set<String> modifiers = ctx.modifiersOf(m);
        for (int i = ctx.history().size() - 1; i >= 0; i--) {
            Referent r = ctx.history().get(i);
            if (r.sentence() >= sentence) continue; // in its own sentence it is someone beside the speaker
            if (ctx.distance(r.sentence(), sentence) > 1) break;
            if (r.type() != EntityType.PERSON || namedAfter(r, m, sentence, ctx)) continue;
            Set<String> around = mentionWords(r, ctx);
            if (DescriptionToEntity.namesOther(modifiers, around)) return null;
            Set<String> titled = new HashSet<>(around);
            titled.addAll(ctx.titleWords(r));
            return DescriptionToEntity.namesOtherOffice(ctx.lower(m.head()), modifiers, titled) ? null : r;
        }
        return null;
    }

    /** "the cautious candidate said of running against Mr. Trump": the one named beside the description is someone else. */
    private static boolean namedAfter(Referent speaker, Mention m, int sentence, SpeakerContext ctx) {
        for (Referent r : ctx.referentsIn(sentence)) {
            if (r.span().start() > m.phrase().end() && !r.quoted() && r.canonical().equals(speaker.canonical())) return true;
        }
        return false;
    }

    /** The words around every mention of the person in the article before the description. */
    private static Set<String> mentionWords(Referent speaker, SpeakerContext ctx) {
        Set<String> out = new HashSet<>();
        for (Referent r : ctx.referents()) {
            if (r.span().start() >= speaker.span().start()) break;
            if (r.canonical().equals(speaker.canonical())) out.addAll(ctx.contextWords(r));
        }
        out.addAll(ctx.contextWords(speaker));
        return out;
    }
}
