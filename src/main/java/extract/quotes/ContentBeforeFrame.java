package extract.quotes;

import extract.doc.Upos;
import java.util.List;

/**
 * "“…,” he said", "…, sources said": the content runs from the previous frame (or the sentence
 * start) to the frame; around a parenthetical frame ("Acts of protest, he said, are …") it takes
 * the words on both sides. A frame inside a subordinate clause ("after Kim concluded a trip") or
 * after "what" reports nothing before it.
 */
final class ContentBeforeFrame implements ContentSieve {
    static final String NAME = "content-before-cue";
    static final String AROUND = "content-around-cue";
    private final ContentShaper shaper;
    private final CueLexicon lexicon;

    ContentBeforeFrame(ContentShaper shaper, CueLexicon lexicon) {
        this.shaper = shaper;
        this.lexicon = lexicon;
    }

    @Override
    public Candidate find(TokenView v, List<Frame> frames, int k) {
        Frame f = frames.get(k);
        if (f.direction() != Frame.Direction.BEFORE) return null;
        boolean as = f.start() > 0 && v.is(f.start() - 1, "as"); // "…, as/ADV Ruiz said": the clause before, without its "as"
        // ("That was what Moreno said": a frame after "what" names the words, it does not report them)
        if (f.start() > 0 && (v.pos(f.start() - 1) == Upos.SCONJ || v.pos(f.start() - 1) == Upos.ADP || v.is(f.start() - 1, "what"))) {
            return null;
        }
        // ("there were 3,248 cases reported worldwide": a frame right after a verb is its object, no report's end;
        // but "That's according to the poll")
        if (f.start() > 0 && (v.isVerb(f.start() - 1) || v.pos(f.start() - 1) == Upos.AUX) && !v.inQuote(f.start() - 1)
                && !f.cueDecision().sieve().equals(SourcePhraseCue.NAME)) {
            return null;
        }
        if (subordinate(v, f.start())) return null;
        // ("…, where Sanders spoke", "…, a bill the group supported": no clause before such a verb is its report;
        // a passive's subject is its object: "The plan is supported by the union")
        if (f.resume() < 0 && lexicon.takesNoClause(v.lower(f.cueStart())) && !quotationBefore(v, f.start())
                && !f.source().sieve().equals(PassiveAgentSource.NAME)) {
            return null;
        }
        Frame prev = k > 0 ? frames.get(k - 1) : null;
        // ("Washington did not complain when …, an official said": a frame opening the sentence with its report
        // before it reports nothing and bounds nothing)
        if (prev != null && prev.direction() == Frame.Direction.BEFORE && prev.resume() < 0
                && v.onlyPunctuationBefore(prev.start())) {
            prev = null;
        }
        boolean afterOtherReport = prev != null && prev.direction() == Frame.Direction.BEFORE;
        if (f.resume() < 0 && !afterOtherReport && openingClauseOnly(v, f.start())) return null;
        // ("Paul said he would object", "declined to say what other techniques he would support": inside the
        // report of a frame before it, not set off by a comma as in "Lee said no, the Herald reported", a
        // frame reports nothing before it; "according to Xinhua" after a quotation still closes the report)
        if (prev != null && prev.direction() == Frame.Direction.AFTER && f.resume() < 0 && !setOff(v, f.start())
                && !f.cueDecision().sieve().equals(SourcePhraseCue.NAME)) {
            return null;
        }
        int from = prev != null && prev.direction() == Frame.Direction.BEFORE ? prev.end() : 0;
        // a parenthetical frame reports the words on both sides of it: one span over both
        int to = f.resume() >= 0 ? resumedEnd(v, frames, k) : f.start();
        if (f.resume() < 0 && as && to > from) to--; // "The plan is dead, as Ruiz said"
        // "While most were confidential, according to X, two were secret": only the main clause after it
        // (a condition is part of the claim: "If it's just a few delegates, the campaign said, it may not bother")
        if (f.resume() >= 0 && v.pos(from) == Upos.SCONJ && !v.inQuote(from) && !v.is(from, "if") && !v.is(from, "unless")) from = f.resume();
        if (f.resume() < 0 && f.cueDecision().sieve().equals(SourcePhraseCue.NAME)) from = nearestPart(v, from, to);
        Decision d = f.resume() >= 0 ? Decision.of(AROUND, "both sides of " + Frames.words(v, f.cue()))
                : Decision.of(NAME, "before " + Frames.words(v, f.cue()));
        return shaper.shape(v, f, from, to, d);
    }

    /**
     * Where the words after a parenthetical frame end: at the next frame, unless that frame's subject
     * stands before the parenthetical ("Sandberg, according to Ardern, had offered condolences": the
     * clause around it is what the source reports, its own verb a cue or not).
     */
    private static int resumedEnd(TokenView v, List<Frame> frames, int k) {
        Frame f = frames.get(k);
        for (int i = k + 1; i < frames.size(); i++) {
            if (frames.get(i).start() >= f.start()) return frames.get(i).start();
        }
        return v.size();
    }

    /**
     * "When Trump said he would protect them, the crowd applauded", "After the court refused, Schuette
     * asked the justices": the words before the frame are only an opening subordinate clause (a
     * subordinator, then no comma outside quotations until the one before the frame), which sets the
     * scene of the main clause; the main clause reports nothing of it.
     */
    private boolean openingClauseOnly(TokenView v, int start) {
        int first = lexicon.openingSubordinatorBefore(v, start);
        if (first < 0) return false;
        // (the comma may close a quotation: "… would “protect our citizens,” the crowd applauded")
        boolean comma = start >= 1 && v.is(start - 1, ",") || start >= 2 && v.isQuoteMark(start - 1) && v.is(start - 2, ",");
        if (!comma) return false;
        // ("As a reality TV boss, Trump demeaned …": "as" before a noun phrase is a preposition)
        if (v.is(first, "as") && first + 1 < start && v.pos(first + 1) == Upos.DET) return false;
        for (int i = first + 1; i < start - 1; i++) {
            if (!v.inQuote(i) && (v.is(i, ",") || v.is(i, ";") || v.is(i, ":"))) return false;
            // ("even when the Republican isn't visiting a county he's also benefiting, according to …": a pronoun
            // and its verb right after a noun start the main clause, with no comma before it)
            if (!v.inQuote(i) && (v.pos(i - 1) == Upos.NOUN || v.pos(i - 1) == Upos.PROPN) && v.pos(i) == Upos.PRON
                    && lexicon.subjectPronoun(v.lower(i)) && !SourcePhrases.RELATIVE_WORDS.contains(v.lower(i)) && v.finiteVerbAt(i + 1)) {
                return false;
            }
            // (a comma closing a quotation ends a phrase too: "As a boss on “The Apprentice,” Trump …")
            if (v.is(i, ",") && i + 1 < start - 1 && v.isQuoteMark(i + 1)) return false;
        }
        return true;
    }

    /**
     * "The tax has not driven banks away: London was the financial capital of the world, according to
     * one index": "according to" sources the nearest part of its sentence, the words after a colon.
     */
    private static int nearestPart(TokenView v, int from, int to) {
        for (int i = to - 2; i > from; i--) {
            if (v.inQuote(i)) continue;
            if (v.is(i, ":") && to - i > MIN_PART) return i + 1;
        }
        return from;
    }

    /** Words a nearest part needs to be a claim of its own, not a label or a name. */
    private static final int MIN_PART = 4;

    /** "“Shame on you,” she berated him": a quotation closes right before the frame (perhaps with its comma). */
    static boolean quotationBefore(TokenView v, int start) {
        return start >= 1 && v.isQuoteMark(start - 1) || start >= 2 && v.is(start - 1, ",") && v.isQuoteMark(start - 2);
    }

    /** A comma or a closing quotation mark right before word k ("…, the Herald reported", "“…,’” she said"). */
    private static boolean setOff(TokenView v, int k) {
        return k > 0 && (v.is(k - 1, ",") || v.isQuoteMark(k - 1));
    }

    /**
     * "… Monday when he spoke to reporters", "a delegate, who spoke for two minutes": a frame opening
     * with a subordinator the tagger read as an adverb, or with a relative pronoun, describes the clause
     * before it; it does not report it ("as" does: "The plan is dead, as Ruiz said").
     */
    private boolean subordinate(TokenView v, int start) {
        if (start == 0 || v.inQuote(start - 1)) return false;
        String before = v.lower(start - 1);
        boolean adverb = v.pos(start - 1) == Upos.ADV && !before.equals("as") && lexicon.openingSubordinator(before);
        boolean relative = (v.is(start, "who") || v.is(start, "which")) && !v.inQuote(start);
        return adverb || relative;
    }
}
