package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.text.WordLists;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the Chinese president", "the agency": the entity the article introduced with those words ("Chinese
 * President Xi Jinping", "Xi, the Chinese president,"): a role noun ({@code titles.txt}) takes a
 * person, an organisation noun ({@code organisation-nouns.txt}) an organisation; the entity whose
 * context shares most of the description's words wins, within a few pages of text. A party's member
 * named with a place ("the Florida Republican") takes only someone the article named with that place.
 */
final class DescriptionToEntity implements SpeakerSieve {
    static final String NAME = "description-to-entity";
    /** Sentences back a role written before a name (no title) may be taken up by "the" and that noun. */
    private static final int ROLE_REACH = 2;
    private static final Map<String, String> PARTIES = WordLists.formsToLemma("/extract/text/party-words.txt"); // word -> party

    private static final Set<String> ROLE_CHANGERS = WordLists.words("/extract/speaker/role-changing-words.txt");

    /** "the presidential nominee" is not "vice presidential nominee Tim Kaine". */
    private static boolean otherRole(Set<String> modifiers, Set<String> context) {
        for (String w : context) {
            if (ROLE_CHANGERS.contains(w) && !modifiers.contains(w)) return true;
        }
        return false;
    }

    /** "the Democratic presidential nominee" names no one the article introduced only as a Republican. */
    private static boolean otherParty(Set<String> modifiers, Set<String> context) {
        Set<String> named = parties(modifiers), around = parties(context);
        return !named.isEmpty() && !around.isEmpty() && Collections.disjoint(named, around);
    }

    /** The parties the words name ("Democratic" and "Democrats" both the Democrats). */
    private static Set<String> parties(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String party = PARTIES.get(w);
            if (party != null) out.add(party);
        }
        return out;
    }

    /** The description's modifiers name another party or role than the words around an entity's mention. */
    static boolean namesOther(Set<String> modifiers, Set<String> context) {
        return otherParty(modifiers, context) || otherRole(modifiers, context);
    }

    private static final Set<String> OFFICES = WordLists.words("/extract/speaker/offices.txt");

    /** "mayor", "senator": an office one person holds at a time ({@code offices.txt}). */
    static boolean office(String word) {
        return OFFICES.contains(word);
    }

    /**
     * "the mayor" is not "Senator Elizabeth Warren": the description's head is an office ({@code offices.txt})
     * and the words around the entity's mentions name another and not this one, and no modifier says the
     * office changed ("the former senator").
     */
    static boolean namesOtherOffice(String head, Set<String> modifiers, Set<String> context) {
        if (!office(head) || context.contains(head)) return false;
        for (String w : modifiers) if (ROLE_CHANGERS.contains(w)) return false;
        for (String w : context) if (OFFICES.contains(w)) return true;
        return false;
    }

    /**
     * "China's official news agency" after "Xinhua news agency": an organisation named right before the
     * description's last two nouns. One noun is not enough ("Philadelphia police" is not "the police").
     */
    private static boolean compoundNamed(Mention m, SpeakerContext ctx, Referent r) {
        int last = m.last();
        if (r.type() != EntityType.ORGANIZATION || last - 1 < m.first() || ctx.pos(last - 1) != Upos.NOUN) return false;
        List<String> nouns = ctx.nounsAfter(r);
        int n = nouns.size();
        return n >= 2 && nouns.get(n - 1).equals(ctx.lower(last)) && nouns.get(n - 2).equals(ctx.lower(last - 1));
    }

    /** "the mega donor", "the star": "the", words that qualify, and one noun, singular; no possessive, no phrase after it. */
    private static boolean simpleDefinite(Mention m, SpeakerContext ctx) {
        if (!ctx.lower(m.first()).equals("the") || GroupToSpeaker.plural(ctx.lower(m.last()))) return false;
        for (int i = m.first() + 1; i < m.last(); i++) {
            if (ctx.pos(i) != Upos.ADJ && ctx.pos(i) != Upos.NOUN || ctx.isName(i)) return false;
        }
        return true;
    }

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        int first = m.first(), last = m.last();
        // "a school spokesman" introduces someone new
        if (SpeakerContext.isIndefinite(ctx.lower(first))) return null;
        int offset = m.phrase().start();
        String head = ctx.lower(last);
        SpeakerLexicon lexicon = ctx.lexicon();
        EntityType type = lexicon.personNoun(head) ? EntityType.PERSON
                : lexicon.organisationNouns().contains(head) ? EntityType.ORGANIZATION : null;
        // ("Top Republican Party donor Sheldon Adelson … the mega donor": a noun the article put before a
        // person's name as a role is one, though no title)
        boolean roleBeforeName = type == null && ctx.pos(last) == Upos.NOUN && simpleDefinite(m, ctx);
        if (type == null && !roleBeforeName) return null;
        if (roleBeforeName) type = EntityType.PERSON;
        Set<String> modifiers = new HashSet<>();
        // ("the Florida Republican": a party's member is told apart by the state; "the New York attorney general" needs none)
        Set<String> places = new HashSet<>();
        boolean member = lexicon.memberNouns().contains(head);
        for (int i = first; i < last; i++) {
            if (ctx.pos(i) != Upos.DET && !ctx.isPossessive(i)) modifiers.add(ctx.lower(i));
            if (member && ctx.overlapsEntity(ctx.word(i).span(), EntityType.LOCATION) && !ctx.isPossessive(i + 1)) {
                places.add(ctx.lower(i));
            }
        }
        Referent best = null;
        int bestScore = 0;
        var referents = ctx.referents();
        // within an article's reach of the description, so a huge file stays linear
        for (int i = ctx.firstEndingAfter(offset - SpeakerContext.DESCRIPTION_REACH); i < referents.size(); i++) {
            Referent r = referents.get(i);
            if (r.span().start() >= offset && (best != null || r.span().start() > offset + SpeakerContext.DESCRIPTION_REACH)) break;
            if (r.type() != null && r.type() != type) continue;
            if (m.phrase().overlaps(r.span())) continue;
            // (only near: "The star noted …" about George Lopez is no "star Arturo Castro" pages before)
            if (roleBeforeName && (!ctx.roleWordBefore(r).equals(head) || r.span().start() >= offset
                    || ctx.distance(r.sentence(), ctx.sentenceAt(offset)) > ROLE_REACH)) {
                continue;
            }
            Set<String> context = ctx.contextWords(r);
            if (!(context.contains(head) || compoundNamed(m, ctx, r)) || namesOther(modifiers, context)
                    || !context.containsAll(places)) continue;
            int score = 1;
            for (String w : modifiers) if (context.contains(w)) score++;
            if (score >= bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best == null) return null;
        return Resolution.found(ctx, m.phrase(), best, NAME,
                Resolution.arrow(ctx, m.phrase(), best.canonical()) + ", introduced with “" + head + "”");
    }
}
