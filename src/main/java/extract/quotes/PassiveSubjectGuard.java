package extract.quotes;

import extract.doc.Upos;
import java.util.List;

/**
 * "he was told that", "jokes are told": the subject of a passive cue is the hearer or the thing
 * said, never the source; such a cue makes no frame (unless "by" names the agent). So is a thing
 * glossed by a participle after a comma ("Coty bought a stake, a deal announced at the beginning
 * of the week"): an indefinite noun for no person or body, then the participle and a preposition, with no
 * clause after; and a thing a participle and its agent qualify ("the $20 demanded by Ferro").
 */
final class PassiveSubjectGuard implements SourceSieve {
    private final FrameGrammar grammar;

    PassiveSubjectGuard(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        if (!cue.verb()) return SourceResult.PASS;
        int i = cue.start();
        int j = site.subjectEnd();
        if (grammar.passive(v, j, i) && !v.is(i + 1, "by")) return SourceResult.NONE;
        return reducedPassive(v, site) ? SourceResult.NONE : SourceResult.PASS;
    }

    private boolean reducedPassive(TokenView v, CueSite site) {
        SubjectPhrase s = site.subject();
        int i = site.cue().start();
        if (participleOfAThing(v, s, i)) return true;
        if (s == null || s.frameStart() < 1 || !v.is(s.frameStart() - 1, ",") || !(v.is(s.start(), "a") || v.is(s.start(), "an"))) return false;
        int head = s.end() - 1;
        if (s.end() != i || personOrBody(v, head)) {
            return false; // "…, a Baton Rouge newspaper called on Clinton to …" is active
        }
        if (!v.lower(i).endsWith("ed") || i + 1 >= v.size() || v.pos(i + 1) != Upos.ADP || v.is(i + 1, "that") || v.inQuote(i + 1)) return false;
        for (int k = i + 1; k < v.size(); k++) if (v.is(k, "that") || v.isQuoteMark(k) || v.is(k, ":")) return false;
        return true;
    }

    /**
     * "fell short of the $20 reportedly demanded by Ferro", "the figures reported by the agency show …": a
     * participle and its agent after a noun for no person or body qualify that noun; no one reports it.
     */
    private boolean participleOfAThing(TokenView v, SubjectPhrase s, int i) {
        if (s == null || !v.is(i + 1, "by") || !v.lower(i).endsWith("ed")) return false;
        for (int k = s.end(); k < i; k++) if (v.pos(k) != Upos.ADV) return false;
        int head = s.end() - 1;
        return head >= 0 && (v.pos(head) == Upos.NOUN || v.pos(head) == Upos.NUM) && !personOrBody(v, head);
    }

    /** A name, or a noun of people or of an organisation: who may speak. */
    private boolean personOrBody(TokenView v, int k) {
        return v.nameLike(k) || grammar.lexicon().people(v.lower(k)) || grammar.lexicon().organisation(v.lower(k));
    }
}
