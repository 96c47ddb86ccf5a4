package extract.speaker;

import extract.doc.Upos;
import extract.doc.Word;
import extract.text.Span;

/**
 * "That frustrates many analysts because they believe": "they" is the last plural noun phrase of a
 * group before it in its sentence, else the plural subject of one of the two sentences before, when its noun names a
 * group that speaks ({@code group-nouns.txt}, learned from PolNeAR train; an organisation or a role);
 * else names joined by "and" opening one of those sentences, or ending the sentence before.
 */
final class GroupToPluralPhrase implements SpeakerSieve {
    static final String NAME = "group-to-plural-phrase";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"group".equals(m.pronounKind())) return null;
        Span antecedent = pluralBefore(ctx, m.first());
        if (antecedent == null) antecedent = pluralSubjectBefore(ctx, m.first());
        // "they" speak: a group ("many analysts"), not "these contributions" or "the past three weeks"
        if (antecedent != null && !ctx.lexicon().groupNoun(ctx.lower(ctx.wordAt(antecedent.end() - 1)))) antecedent = null;
        if (antecedent == null) antecedent = joinedNamesBefore(ctx, m.first());
        if (antecedent == null) antecedent = joinedNamesEnding(ctx, ctx.word(m.first()).sentence() - 1);
        if (antecedent == null) antecedent = lastGroupIn(ctx, ctx.word(m.first()).sentence() - 1);
        if (antecedent == null) return null;
        Resolution r = chain.resolve(antecedent, ctx);
        return new Resolution(r.speaker(), r.decision().withPrefix(NAME,
                "“" + m.phrase().of(ctx.text()) + "” → “" + antecedent.of(ctx.text()) + "”"));
    }

    /**
     * "Critics of the program see … . They sent a letter": the plural common noun that opens one of
     * the two sentences before (their subject), when the pronoun's own sentence has none.
     */
    private static Span pluralSubjectBefore(SpeakerContext ctx, int pronoun) {
        int sentence = ctx.word(pronoun).sentence();
        for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
            var info = ctx.doc().sentence(s);
            int i = info.firstWord();
            // ("But the protesters also paid tribute": past a conjunction opening the sentence)
            while (i < info.endWord() && (ctx.word(i).punctuation() || ctx.pos(i) == Upos.CCONJ)) i++;
            Span subject = pluralSubjectAt(ctx, i, info.endWord());
            // ("As his stature grew, Mexican officials conducted polling": after an opening clause and its comma)
            int comma = openingComma(ctx, i, info.endWord());
            if (subject == null && comma > 0) subject = pluralSubjectAt(ctx, comma + 1, info.endWord());
            if (subject != null) return subject;
        }
        return null;
    }

    /** The plural common noun's phrase starting at word i, before its verb, or null. */
    private static Span pluralSubjectAt(SpeakerContext ctx, int i, int end) {
        int head = -1;
        for (; i < end && !ctx.word(i).quoted(); i++) {
            Upos p = ctx.pos(i);
            if (p == Upos.NOUN || p == Upos.PROPN && members(ctx, i)) head = i;
            else if (p != Upos.DET && p != Upos.ADJ && p != Upos.PROPN && p != Upos.NUM) break;
        }
        if (head < 0) return null;
        String w = ctx.lower(head);
        boolean plural = w.endsWith("s") && !w.endsWith("ss") || ctx.lexicon().groupNoun(w); // ("people")
        return plural && head + 1 == i ? ctx.phraseBefore(head + 1) : null;
    }

    /** "Republicans", "Democrats": a word tagged a name that is a noun of people (not "United States", "Fox News"). */
    private static boolean members(SpeakerContext ctx, int i) {
        return ctx.lexicon().peopleNoun(ctx.lower(i));
    }

    /** How many words the place after names joined by "and" may take ("of the University of California, Berkeley"). */
    private static final int MAX_AFFILIATION = 9;

    /** How many words an opening clause or phrase may take before its comma. */
    private static final int MAX_OPENING = 12;

    /** The comma closing a clause or phrase that opens the sentence at word i with a subordinator, preposition or adverb; else -1. */
    private static int openingComma(SpeakerContext ctx, int i, int end) {
        if (i >= end || !(ctx.pos(i) == Upos.SCONJ || ctx.pos(i) == Upos.ADP || ctx.pos(i) == Upos.ADV)) return -1;
        for (int k = i + 1; k < end && k - i <= MAX_OPENING && !ctx.word(k).quoted(); k++) {
            if (ctx.lower(k).equals(",")) return k;
        }
        return -1;
    }

    /**
     * "Cruz and Trump have used … . Yet they've offered": names joined by "and" that open one of the two
     * sentences before (perhaps after a phrase a preposition opens), before its verb, when the pronoun's
     * own sentence names no group first.
     */
    private static Span joinedNamesBefore(SpeakerContext ctx, int pronoun) {
        int sentence = ctx.word(pronoun).sentence();
        for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
            var info = ctx.doc().sentence(s);
            int i = info.firstWord();
            while (i < info.endWord() && ctx.word(i).punctuation()) i++;
            if (i < info.endWord() && ctx.pos(i) == Upos.ADP) { // "In a paper, Ruiz and Cole say"
                while (i < info.endWord() && !ctx.lower(i).equals(",")) i++;
                i++;
            }
            int start = i;
            boolean joined = false;
            while (i < info.endWord() && !ctx.word(i).quoted() && (ctx.pos(i) == Upos.PROPN || ctx.lower(i).equals("and") && i > start)) {
                joined |= ctx.lower(i).equals("and");
                i++;
            }
            int names = i; // ("Ana Ruiz and Ben Cole of the University of Utah say": past the place they work at)
            if (joined && i < info.endWord() && ctx.pos(i) == Upos.ADP && !ctx.word(i).quoted()) {
                int k = i + 1;
                while (k < info.endWord() && k - i <= MAX_AFFILIATION && !ctx.word(k).quoted()
                        && (ctx.pos(k) == Upos.PROPN || ctx.pos(k) == Upos.DET || ctx.lower(k).equals("of") || ctx.lower(k).equals(","))) k++;
                if (k > i + 1 && ctx.pos(k - 1) == Upos.PROPN) i = k;
            }
            boolean verbNext = i < info.endWord() && (ctx.pos(i) == Upos.VERB || ctx.pos(i) == Upos.AUX);
            if (joined && verbNext && ctx.pos(names - 1) == Upos.PROPN) return new Span(ctx.word(start).start(), ctx.word(names - 1).end());
        }
        return null;
    }

    /**
     * "… got the attention of two politicians: Senator Elizabeth Warren and congresswoman Alexandria
     * Ocasio-Cortez. They criticised …", "Take Idaho Sens. Mike Crapo and Jim Risch. Last week, they
     * endorsed …": names joined by "and" (with their titles) that end the sentence before the pronoun's.
     */
    private static Span joinedNamesEnding(SpeakerContext ctx, int sentence) {
        if (sentence < 0) return null;
        var info = ctx.doc().sentence(sentence);
        int end = info.endWord();
        while (end > info.firstWord() && ctx.word(end - 1).punctuation() && !ctx.word(end - 1).quoted()) end--;
        if (end <= info.firstWord() || end == info.endWord() || ctx.pos(end - 1) != Upos.PROPN || ctx.word(end - 1).quoted()) return null;
        int start = end;
        boolean joined = false;
        while (start > info.firstWord() && !ctx.word(start - 1).quoted()
                && (ctx.pos(start - 1) == Upos.PROPN || ctx.lexicon().personNoun(ctx.lower(start - 1))
                        || ctx.lower(start - 1).equals("and"))) {
            joined |= ctx.lower(start - 1).equals("and");
            start--;
        }
        if (!joined || ctx.lower(start).equals("and")) return null;
        return new Span(ctx.word(start).start(), ctx.word(end - 1).end());
    }

    /**
     * "This angered Hispanics who viewed it as … . They also have criticized": the phrase of the last plural
     * group noun of the sentence before, wherever it stands, outside quotations, when it names people
     * ({@code thing-plurals.txt}: not "the numbers").
     */
    private static Span lastGroupIn(SpeakerContext ctx, int sentence) {
        if (sentence < 0) return null;
        var info = ctx.doc().sentence(sentence);
        for (int i = info.endWord() - 1; i >= info.firstWord(); i--) {
            if (groupWord(ctx, i) && !ctx.lexicon().thingPlurals().contains(ctx.lower(i))) return ctx.phraseBefore(i + 1);
        }
        return null;
    }

    /** A plural noun of a group that speaks, outside quotations ("analysts", "Republicans"). */
    private static boolean groupWord(SpeakerContext ctx, int i) {
        Word w = ctx.word(i);
        boolean noun = w.pos() == Upos.NOUN || w.pos() == Upos.PROPN && members(ctx, i);
        return noun && w.lower().endsWith("s") && !w.lower().endsWith("ss") && !w.quoted() && ctx.lexicon().groupNoun(w.lower());
    }

    /**
     * The phrase of the last plural group noun before the pronoun in its sentence, outside quotations
     * ("Economists favor spending programs, which they argue": not "programs").
     */
    private static Span pluralBefore(SpeakerContext ctx, int pronoun) {
        int sentence = ctx.word(pronoun).sentence();
        for (int i = pronoun - 1; i >= 0 && ctx.word(i).sentence() == sentence; i--) {
            if (groupWord(ctx, i)) return ctx.phraseBefore(i + 1);
        }
        return null;
    }
}
