package extract.quotes;

import extract.doc.Upos;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "said that …", "told reporters: “…”", "According to X, …": the content runs from the end of the
 * frame to the next frame that starts a report of its own. A relative clause's frame ("a source who
 * told him …"), a frame the content opens ("May said that the country would declare …") or the
 * object of a verb in it stays inside.
 */
final class ContentAfterFrame implements ContentSieve {
    static final String NAME = "content-after-cue";
    private final ContentShaper shaper;
    private final CueLexicon lexicon;

    ContentAfterFrame(ContentShaper shaper, CueLexicon lexicon) {
        this.shaper = shaper;
        this.lexicon = lexicon;
    }

    @Override
    public Candidate find(TokenView v, List<Frame> frames, int k) {
        Frame f = frames.get(k);
        if (f.direction() != Frame.Direction.AFTER) return null;
        int from = f.end();
        if (k + 1 < frames.size() && trailingFrameAt(v, frames.get(k + 1), from)) return null;
        int next = k + 1;
        boolean nested = false;
        while (next < frames.size()) {
            Frame g = frames.get(next);
            boolean opens = opensContent(v, g, from);
            if (!(isRelative(v, g) || opens || subordinate(v, g) || nested && continuesClause(v, g)
                    || complementOfVerb(v, g, from) || freeRelative(v, g, from) || inSubordinateClause(v, g, from))) break;
            // "According to X, those documents reveal the DNC has asked ...": a frame that opens the
            // content takes in the frames of its own content too, up to a new clause
            nested |= opens && g.direction() == Frame.Direction.AFTER;
            next++;
        }
        int to = next < frames.size() ? frames.get(next).start() : v.size();
        // "Contrary to his claim that people would learn nothing, there would be …": the noun's clause ends at its comma
        if (f.cueDecision().sieve().equals(ClaimNounCue.NAME)) to = ContentShaper.firstStop(v, from, to, true);
        // "the EU, which contended that Ireland undertaxed Apple, is ...": the clause ends at its comma
        // ("the bill, which critics said was unfair, failed": so does one whose subject follows the relative word)
        boolean relativeAfterComma = isRelative(v, f) && f.start() > 0 && v.is(f.start() - 1, ",")
                || f.start() > 1 && (v.is(f.start() - 1, "which") || v.is(f.start() - 1, "who")) && v.is(f.start() - 2, ",");
        if (relativeAfterComma) to = ContentShaper.firstStop(v, from, to, false);
        to = Math.min(to, enclosingVerb(v, frames, f));
        // ("Critics who say the plan is flawed point to its cost": a report in a relative clause on the noun before
        // it, set off by no comma, ends where that noun's own verb comes)
        if (isRelative(v, f) && f.start() > 0 && (v.pos(f.start() - 1) == Upos.NOUN || v.pos(f.start() - 1) == Upos.PROPN)
                && !v.inQuote(f.start() - 1)) {
            to = beforeSecondVerb(v, from, to);
        }
        // ("Asked whether he would run, Ruiz said": so does a question with no source, which also ends
        // before the answer it introduces: "when asked about the inquiry: “That matter is …”")
        if (inOpeningClause(v, f) || f.subject() == null || relativeInOpeningPhrase(v, f)) to = mainClauseStart(v, from, to);
        if (f.subject() == null && !v.isQuoteMark(from)) to = beforeAnswer(v, from, to);
        return shaper.shape(v, f, from, to, Decision.of(NAME, "after " + Frames.words(v, f.cue())));
    }

    /**
     * "Pelosi objected, an aide said", "Lee agreed, according to an aide": after the cue and its comma a
     * frame begins that reports the clause before it; the cue's own report is empty.
     */
    private static boolean trailingFrameAt(TokenView v, Frame g, int from) {
        return g.start() == from && from >= 1 && v.is(from - 1, ",") && !v.inQuote(from - 1) && ContentShaper.endsSentence(v, g);
    }

    /**
     * "John Podesta, an adviser who supported an aggressive policy, said …": a frame whose subject
     * holds this one and whose cue comes after it is the sentence's own; this clause ends before
     * its cue and the comma or dash that sets it off. The sentence's length when there is none.
     */
    private static int enclosingVerb(TokenView v, List<Frame> frames, Frame f) {
        int to = v.size();
        for (Frame g : frames) {
            if (g.start() < f.start() && g.cueStart() >= f.end() && g.cueStart() < to && !v.inQuote(g.cueStart())) to = g.cueStart();
        }
        while (to < v.size() && to > f.end() && v.isPunct(to - 1) && !v.isQuoteMark(to - 1)) to--;
        return to;
    }

    /**
     * "While Ramos said …, he appears uneasy", "When Trump referred to it and said he would …, the crowd
     * applauded": the frame lies in the clause a sentence's opening subordinator opens, before any comma.
     */
    private boolean inOpeningClause(TokenView v, Frame f) {
        int s = lexicon.openingSubordinatorBefore(v, f.start());
        if (s < 0) return false;
        for (int i = s + 1; i < f.start(); i++) if (v.is(i, ",") && !v.inQuote(i)) return false;
        return true;
    }

    /**
     * "For someone who conceded that she's “not a natural politician,” Clinton had a good night": a
     * relative clause inside the phrase a preposition opens the sentence with, before any comma.
     */
    private static boolean relativeInOpeningPhrase(TokenView v, Frame f) {
        if (!isRelative(v, f)) return false;
        int s = 0;
        while (s < f.start() && v.isPunct(s) && !v.isQuoteMark(s)) s++;
        if (s >= f.start() || v.pos(s) != Upos.ADP || v.inQuote(s)) return false;
        for (int i = s + 1; i < f.start(); i++) if (v.isPunct(i) || v.isVerb(i)) return false;
        return true;
    }

    /**
     * The comma in [from, to) after which the main clause starts with its subject and verb ("…, he
     * appears", "…, the council voted"); {@code to} when there is none.
     */
    private static int mainClauseStart(TokenView v, int from, int to) {
        for (int c = from + 1; c + 2 < to; c++) {
            if (v.is(c, ",") && !v.inQuote(c) && ContentShaper.clauseAt(v, c + 1, to)) return c;
            // (a comma that ends a quotation: "… would “protect our citizens,” the crowd applauded")
            if (v.is(c, ",") && v.isQuoteMark(c + 1) && c + 3 < to && ContentShaper.clauseAt(v, c + 2, to)) return c + 2;
        }
        return to;
    }

    /** The first colon or quotation mark in [from, to), else {@code to}. */
    private static int beforeAnswer(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) if (v.is(i, ":") || v.isQuoteMark(i)) return i;
        return to;
    }

    /**
     * "May said that the country would declare …", "Ryan said the shootings and protests demands that
     * …": a frame that starts where the content starts, or whose cue is the first verb after it (the
     * frame took only the last part of a subject joined by "and"), is the content's own clause.
     */
    private static boolean opensContent(TokenView v, Frame f, int from) {
        if (f.start() <= from) return true;
        if (afterOpeningPhrase(v, f, from)) return true;
        // only a subject cut at its "and": "the shootings and protests", not "Trump supporters told"
        if (v.pos(f.start() - 1) != Upos.CCONJ || f.start() - 1 <= from || f.subject() == null
                || f.subject().start() != v.token(f.start()).start() || f.subject().end() > v.token(f.cueStart()).start()) {
            return false;
        }
        for (int i = from; i < f.cueStart(); i++) {
            // ("said she and her peers referred to …": a subject pronoun may open the joined subject, a possessive stand in it)
            boolean subjectPronoun = i == from && v.pos(i) == Upos.PRON && v.is(i + 1, "and") && !v.is(i, "it") && !v.isPossessivePronoun(i);
            if (v.isPunct(i) || v.inQuote(i) || v.isVerb(i) || v.pos(i) == Upos.AUX || v.pos(i) == Upos.SCONJ
                    || v.pos(i) == Upos.PRON && !subjectPronoun && !v.isPossessivePronoun(i) || v.is(i, "that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "noted that at one of his first meetings, in 1972, he supported …": after "that" and a phrase of
     * time or place up to a comma, the frame is the reported clause's own subject and verb.
     */
    private static boolean afterOpeningPhrase(TokenView v, Frame f, int from) {
        if (from < 1 || !v.is(from - 1, "that") || !v.is(f.start() - 1, ",") || f.start() - 1 <= from) return false;
        if (v.pos(from) != Upos.ADP && v.pos(from) != Upos.ADV) return false;
        for (int i = from; i < f.start(); i++) {
            if (v.inQuote(i) || v.isVerb(i) || v.pos(i) == Upos.AUX) return false;
        }
        return true;
    }

    /**
     * "said he had taken no fees since announcing his candidacy": a gerund after a subordinating word
     * or a preposition (not "that") belongs to the clause before it, which runs on over it.
     */
    private static boolean subordinate(TokenView v, Frame f) {
        int before = f.cueStart() - 1;
        return before >= 0 && v.lower(f.cueStart()).endsWith("ing") && !v.inQuote(before) && !v.is(before, "that")
                && (v.pos(before) == Upos.SCONJ || v.pos(before) == Upos.ADP);
    }

    /** "those documents reveal the DNC has asked": a frame right after another verb (or its "that") is that verb's object. */
    private static boolean complementOfVerb(TokenView v, Frame f, int from) {
        int before = f.start() - 1;
        if (before <= from || v.inQuote(before)) return false;
        // "will not attend the convention and others have said": a subject joined by "and" starts a clause of its own
        for (int i = f.start(); i < f.cueStart(); i++) if (v.pos(i) == Upos.CCONJ) return false;
        return v.isVerb(before) || v.is(before, "that") && before > from && v.isVerb(before - 1);
    }

    /**
     * "argued that although Lazar confessed, he showed no remorse": a frame right after the subordinating
     * word that opens the content is part of its clause.
     */
    private static boolean inSubordinateClause(TokenView v, Frame f, int from) {
        int before = f.start() - 1;
        if (before < from || v.pos(before) != Upos.SCONJ || v.is(before, "that") || v.inQuote(before)) return false;
        // ("says he knew little about Sanders before he announced his bid": so is one after a subordinating word that
        // follows a word of a reported clause, not a comma; "while" or "as" sets a clause of its own beside it, and an
        // object is no clause: "criticised Poe after the mogul claimed …")
        return before == from || !v.isPunct(before - 1) && v.pos(before - 1) != Upos.CCONJ && !CONTRAST.contains(v.lower(before))
                && hasVerb(v, from, before);
    }

    private static boolean hasVerb(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) if ((v.isVerb(i) || v.pos(i) == Upos.AUX) && !v.inQuote(i)) return true;
        return false;
    }

    /** Subordinating words that open a clause standing beside the one before ("…, while Sanders suggests …"). */
    private static final Set<String> CONTRAST = Set.of("while", "whereas", "although", "though", "as");

    /** "rejected demands for what it calls its disarmament": a frame after "what" names part of the object. */
    private static boolean freeRelative(TokenView v, Frame f, int from) {
        int before = f.start() - 1;
        return before >= from && v.is(before, "what") && !v.inQuote(before);
    }

    /** The frame's first word follows a word of the same clause, not a comma, semicolon or conjunction. */
    private static boolean continuesClause(TokenView v, Frame f) {
        int before = f.start() - 1;
        return before >= 0 && !v.isPunct(before) && v.pos(before) != Upos.CCONJ;
    }

    /** Tags of a clause's first word: its subject ("the plan", "voters", "they"), not "to" or a gerund. */
    private static final Set<Upos> SUBJECT_OPENERS = EnumSet.of(Upos.DET, Upos.NOUN, Upos.PROPN, Upos.PRON, Upos.NUM, Upos.ADJ);

    /**
     * Where a clause ("the plan is flawed", "the economy is improving") meets the next verb right after a word
     * of its own ("… improving are", "… would work were"), past the verbs of any clause a subordinator opens
     * inside it ("… if the procedure is ever outlawed"); {@code to} when the words are no clause with a
     * subject, or hold a comma, a quotation, a conjunction or no such verb.
     */
    private static int beforeSecondVerb(TokenView v, int from, int to) {
        if (from >= to || !SUBJECT_OPENERS.contains(v.pos(from))) return to;
        int first = from;
        while (first < to && !v.isVerb(first)) first++;
        // (its verb right after its subject: not "anonymity to avoid", "him to help")
        if (first >= to || first == from || !SUBJECT_OPENERS.contains(v.pos(first - 1))) return to;
        int i = afterVerbGroup(v, from, to);
        for (; i < to; i++) {
            if (v.inQuote(i) || v.isPunct(i) || v.pos(i) == Upos.CCONJ) return to;
            if (v.pos(i) == Upos.SCONJ || v.isRelativePronoun(i)) {
                i = afterVerbGroup(v, i + 1, to) - 1; // the subordinate clause's own verbs
                continue;
            }
            Upos before = v.pos(i - 1);
            boolean ownWord = before == Upos.NOUN || before == Upos.PROPN || before == Upos.ADJ || before == Upos.NUM
                    || before == Upos.VERB;
            // (a finite form: "were", "voted", "wants"; not a base form the tagger may have made of "back" or "point")
            boolean finite = v.pos(i) == Upos.AUX || v.pos(i) == Upos.VERB && (v.lower(i).endsWith("ed") || v.lower(i).endsWith("s"));
            if (finite && ownWord) return i;
        }
        return to;
    }

    /** After the first verb group from word i: auxiliaries, adverbs, negation and one main verb; {@code to} if none. */
    private static int afterVerbGroup(TokenView v, int i, int to) {
        while (i < to && !v.isVerb(i)) {
            if (v.inQuote(i) || v.isPunct(i)) return to;
            i++;
        }
        boolean main = false;
        while (i < to && (v.pos(i) == Upos.ADV || v.pos(i) == Upos.PART || (v.pos(i) == Upos.AUX || v.pos(i) == Upos.VERB) && !main)) {
            main |= v.pos(i) == Upos.VERB;
            i++;
        }
        return i;
    }

    static boolean isRelative(TokenView v, Frame f) {
        return f.subject() != null && f.subject().length() <= 5
                && (v.is(f.start(), "who") || v.is(f.start(), "which") || v.is(f.start(), "that"));
    }
}
