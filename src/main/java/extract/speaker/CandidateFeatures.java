package extract.speaker;

import extract.doc.NewsDocument;
import extract.doc.Upos;
import extract.nlp.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates a pronoun mention may refer to, with the features the ranker scores them on: every
 * earlier name (entity or resolved speaker) whose latest mention lies within {@link #WINDOW} narrative
 * sentences and whose type and gender do not clash with the pronoun's, described by distance, earlier speaking, grammatical position, type, gender agreement,
 * paragraph position and how often it was named. Stateless.
 */
final class CandidateFeatures {
    /** Narrative sentences (not wholly quoted) a candidate's latest mention may lie back. */
    static final int WINDOW = 6;

    /** One candidate, with the referent (its latest mention) a resolution would record. */
    record Scored(Referent referent, RankedCandidates.Candidate candidate) {}

    /** What is known of one name before the pronoun. */
    private static final class Seen {
        Referent last; // latest mention, entity or speaker
        int mentions;
        int speakerRank = -1; // 0: the latest distinct speaker
        Referent lastSpoke;
    }

    List<Scored> candidates(Mention m, SpeakerContext ctx) {
        NewsDocument doc = ctx.doc();
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        int paragraph = doc.paragraphAt(offset);
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (Referent mention : ctx.referents()) {
            if (mention.span().end() > offset) break;
            Referent r = ctx.forGender(mention, m.gender());
            Seen s = seen.computeIfAbsent(r.canonical(), k -> new Seen());
            s.mentions++;
            s.last = r;
        }
        int rank = 0;
        for (int i = ctx.history().size() - 1; i >= 0; i--) {
            Referent r = ctx.forGender(ctx.history().get(i), m.gender());
            if (r.span().start() >= offset || r.canonical().isBlank()) continue;
            Seen s = seen.computeIfAbsent(r.canonical(), k -> new Seen());
            if (s.speakerRank >= 0) continue;
            s.speakerRank = rank++;
            s.lastSpoke = r;
            if (s.last == null || s.last.span().start() <= r.span().start()) s.last = r; // (the same mention as it spoke: its type as a speaker)
            if (s.mentions == 0) s.mentions = 1;
        }
        List<Map.Entry<String, Seen>> near = new ArrayList<>();
        for (Map.Entry<String, Seen> e : seen.entrySet()) {
            Referent last = e.getValue().last;
            if (last.sentence() <= sentence && ctx.distance(last.sentence(), sentence) <= WINDOW) near.add(e);
        }
        near.sort((a, b) -> Integer.compare(b.getValue().last.span().start(), a.getValue().last.span().start()));

        String kind = m.pronounKind();
        String gender = m.gender();
        String ruleSpeaker = canonical(PronounToSpeaker.choice(m, ctx));
        String ruleEntity = canonical(PronounToEntity.choice(m, ctx));
        boolean pronounQuoted = doc.insideQuotation(m.phrase());
        boolean pronounOpens = m.first() == 0 || ctx.word(m.first() - 1).sentence() != ctx.word(m.first()).sentence()
                || ctx.isPunctuation(m.first() - 1);
        List<Scored> out = new ArrayList<>();
        Map<String, Integer> typeRanks = new HashMap<>();
        int fitting = 0; // candidates so far (nearest first) that fit the pronoun's kind and gender
        int fittingNear = 0; // of all, those that fit within a sentence: how ambiguous the pronoun is
        for (Map.Entry<String, Seen> e : near) {
            Referent last = e.getValue().last;
            if (fitsKind(kind, last.type()) && ctx.genderFits(last, gender) && ctx.distance(last.sentence(), sentence) <= 1) fittingNear++;
        }
        String ambiguity = bucket(fittingNear, 0, 1, 2, 3);
        for (int i = 0; i < near.size(); i++) {
            String name = near.get(i).getKey();
            Seen s = near.get(i).getValue();
            Referent last = s.last;
            // as for the rules, never a man for "she" nor a place for "he": agreement is a constraint, not a preference
            if (!fitsKind(kind, last.type()) || !ctx.genderFits(last, gender) || group(last, ctx) || describedOtherKind(kind, last, ctx)) continue;
            // "“You know, I love Larry,” he said": a name in the quotation of the pronoun's own sentence is not its speaker
            if (last.quoted() && last.sentence() == sentence && !pronounQuoted) continue;
            // "Asked about Roethlisberger's health, he said": nor is a name inside the opening participle's clause
            // before it (the participle's subject is the pronoun's own)
            if (last.sentence() == sentence && inOpeningParticiple(last, m, ctx)) continue;
            String type = last.type() == null ? "NONE" : last.type().name();
            int typeRank = typeRanks.merge(type, 1, Integer::sum) - 1;
            String g = ctx.genderOf(last);
            String agree = gender == null || g == null ? "unk" : gender.equals(g) ? "yes" : "no";
            boolean fits = fitsKind(kind, last.type());
            int d = ctx.distance(last.sentence(), sentence);
            boolean fitsAll = fits && !agree.equals("no");
            String fitRank = fitsAll ? bucket(fitting++, 0, 1, 2) : "unfit";
            int pd = paragraph - doc.paragraphAt(last.span().start());
            String spk = s.speakerRank < 0 ? "none" : bucket(s.speakerRank, 0, 1, 2);
            String dist = bucket(d, 0, 1, 2, 4);
            List<String> f = new ArrayList<>();
            f.add("bias");
            f.add("kind=" + kind);
            f.add("type=" + type + "|kind=" + kind);
            f.add("fits=" + fits);
            f.add("gender=" + (g == null ? "?" : g) + "|kind=" + kind);
            f.add("agree=" + agree);
            f.add("agree=" + agree + "|spk=" + spk);
            f.add("dist=" + dist);
            f.add("dist=" + dist + "|spk=" + spk);
            f.add("para=" + bucket(pd, 0, 1, 2));
            f.add("rank=" + bucket(i, 0, 1, 2, 4));
            f.add("typeRank=" + bucket(typeRank, 0, 1, 2) + "|fits=" + fits);
            f.add("spk=" + spk);
            f.add("spk=" + spk + "|fits=" + fits);
            f.add("spk=" + spk + "|agree=" + agree + "|fits=" + fits);
            if (s.lastSpoke != null) {
                int sd = ctx.distance(s.lastSpoke.sentence(), sentence);
                f.add("spkDist=" + bucket(sd, 0, 1, 2, 4));
                f.add("spkPara=" + bucket(paragraph - doc.paragraphAt(s.lastSpoke.span().start()), 0, 1, 2));
            }
            f.add("count=" + bucket(s.mentions, 1, 2, 3, 5, 10));
            f.add("quoted=" + last.quoted() + "|pq=" + pronounQuoted);
            f.add("pronounOpens=" + pronounOpens + "|dist=" + dist);
            f.add("role=" + role(last, ctx));
            f.add("role=" + role(last, ctx) + "|dist=" + dist);
            f.add("firstInSentence=" + firstInSentence(last, ctx));
            f.add("fitRank=" + fitRank);
            f.add("fitRank=" + fitRank + "|spk=" + spk);
            f.add("fitRank=" + fitRank + "|role=" + role(last, ctx));
            f.add("fitRank=" + fitRank + "|ambiguity=" + ambiguity);
            f.add("role=" + role(last, ctx) + "|first=" + firstInSentence(last, ctx) + "|dist=" + dist);
            f.add("spk=" + spk + "|samePara=" + (pd == 0));
            boolean bySpeaker = name.equals(ruleSpeaker), byEntity = name.equals(ruleEntity);
            f.add("ruleSpeaker=" + bySpeaker + "|ambiguity=" + ambiguity);
            f.add("rule=" + (bySpeaker ? "speaker" : ruleSpeaker != null ? "other-speaker" : byEntity ? "entity" : ruleEntity != null ? "other-entity" : "none"));
            f.add("ruleSpeaker=" + bySpeaker + "|ruleEntity=" + byEntity);
            f.add("ruleSpeaker=" + bySpeaker + "|dist=" + dist);
            f.add("ruleEntity=" + byEntity + "|role=" + role(last, ctx));
            f.add("paraStart=" + (doc.paragraphStartSentence(last.span().start()) == last.sentence()));
            out.add(new Scored(last, new RankedCandidates.Candidate(name, f)));
        }
        return out;
    }

    /**
     * "critics", "the two", "Sanders and his aides": a description of many or a list, never the one
     * person or body "he", "she", "it" names.
     */
    private static boolean group(Referent r, SpeakerContext ctx) {
        if (r.type() != null) return false;
        if (r.canonical().contains(" and ")) return true;
        int head = ctx.wordAt(r.span().end() - 1);
        // ("the two", "all three": a number heads a group too)
        return head >= 0 && (ctx.pos(head) == Upos.NOUN && GroupToSpeaker.plural(ctx.lower(head)) || ctx.pos(head) == Upos.NUM);
    }

    /**
     * "his campaign" for "he", "the senator" for "it": a description without a name whose head noun names
     * a body where the pronoun names a person, or the other way round.
     */
    private static boolean describedOtherKind(String kind, Referent r, SpeakerContext ctx) {
        boolean person = "male".equals(kind) || "female".equals(kind);
        if (r.type() != null || !person && !"thing".equals(kind)) return false;
        int head = ctx.headOf(r);
        if (head < 0 || ctx.pos(head) != Upos.NOUN) return false;
        String noun = ctx.lower(head);
        return person ? ctx.lexicon().organisationNoun(noun) : ctx.lexicon().personNoun(noun);
    }

    private static String canonical(Referent r) {
        return r == null ? null : r.canonical();
    }

    /** "he"/"she" name people, "it" organisations and places (unknown types may be either). */
    private static boolean fitsKind(String kind, EntityType type) {
        if (type == null) return true;
        if ("thing".equals(kind)) return type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
        return type == EntityType.PERSON;
    }

    /**
     * Where the mention stands in its clause: before a verb (subject), after a preposition, a
     * possessive, before a noun it qualifies (modifier), else other.
     */
    private static String role(Referent r, SpeakerContext ctx) {
        int first = ctx.wordAt(r.span().start());
        int last = ctx.wordAt(r.span().end() - 1);
        if (first < 0 || last < 0) return "other";
        if (last + 1 < ctx.wordCount() && ctx.isPossessive(last + 1)) return "possessive";
        if (first > 0 && ctx.pos(first - 1) == Upos.ADP) return "object-of-preposition";
        int next = last + 1;
        if (next < ctx.wordCount() && ctx.lower(next).equals(",")) return "apposition";
        if (next < ctx.wordCount() && (ctx.pos(next) == Upos.VERB || ctx.pos(next) == Upos.AUX)) return "subject";
        // ("Clinton spokeswoman Jennifer Palmieri", "the Trump campaign": the name qualifies a noun, no one acts)
        if (next < ctx.wordCount() && ctx.pos(next) == Upos.NOUN && ctx.word(next).sentence() == ctx.word(last).sentence()) return "modifier";
        if (first > 0 && (ctx.pos(first - 1) == Upos.VERB)) return "object";
        return "other";
    }

    /**
     * The pronoun follows the comma that ends its sentence's opening participle clause ("Asked about …, he",
     * "After meeting …, she"), a clause with no finite verb of its own, and the referent's mention lies inside it.
     */
    private static boolean inOpeningParticiple(Referent r, Mention m, SpeakerContext ctx) {
        int p = m.first();
        int first = ctx.firstWordOf(ctx.word(p).sentence());
        int at = ctx.wordAt(r.span().start());
        if (first < 0 || at <= first || p < first + 2 || !ctx.lower(p - 1).equals(",") || at >= p) return false;
        int verb = ctx.pos(first) == Upos.ADP || ctx.pos(first) == Upos.SCONJ ? first + 1 : first;
        String w = ctx.lower(verb);
        if (ctx.pos(verb) != Upos.VERB || !(w.endsWith("ing") || w.endsWith("ed")) || at <= verb) return false;
        for (int i = verb + 1; i < p - 1; i++) {
            if (ctx.lower(i).equals(",") || ctx.pos(i) == Upos.AUX || ctx.pos(i) == Upos.VERB && !ctx.lower(i).endsWith("ing")) return false;
        }
        return true;
    }

    private static boolean firstInSentence(Referent r, SpeakerContext ctx) {
        List<Referent> in = ctx.referentsIn(r.sentence());
        return in.isEmpty() || in.get(0).span().start() >= r.span().start();
    }

    /** The value, or the largest bound it reaches written "N+": bucket(3, 0, 1, 2) is "2+". */
    private static String bucket(int value, int... bounds) {
        String out = "<" + bounds[0];
        for (int i = 0; i < bounds.length; i++) {
            if (value >= bounds[i]) out = i == bounds.length - 1 || bounds[i + 1] == bounds[i] + 1 ? Integer.toString(bounds[i]) : bounds[i] + "+";
        }
        if (value >= bounds[bounds.length - 1]) out = bounds[bounds.length - 1] + "+";
        return out;
    }
}
