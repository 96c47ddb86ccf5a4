package extract.quotes;

import extract.doc.Upos;
import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * "…, the agency added" or "…, according to X" around a report that has a cue of its own: the
 * wrapper yields to the attribution inside it. A leading "According to X, S" keeps S whatever S
 * reports in turn, and so does one whose inner cue is in a relative or opening subordinate clause
 * ("The committee, which supported Kloppenburg, spent …, according to the Brennan Center").
 */
final class WrapperYields implements CandidateFilter {
    @Override
    public List<Candidate> keep(List<Candidate> all, List<TokenView> views) {
        SpanIndex<Candidate> byContent = new SpanIndex<>(all, Candidate::content);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            boolean leading = c.frame().direction() == Frame.Direction.AFTER;
            if (c.frame().wrapper() && !leading && containsOtherCue(c, byContent, views)) continue;
            kept.add(c);
        }
        return kept;
    }

    private static boolean containsOtherCue(Candidate c, SpanIndex<Candidate> byContent, List<TokenView> views) {
        for (Candidate o : byContent.overlapping(c.content())) {
            if (o != c && c.content().contains(o.frame().cue()) && !subordinate(views.get(o.frame().sentence()), o.frame())) return true;
        }
        return false;
    }

    /** "which supported Kloppenburg", "When Randolph refused to bow out": a frame of a clause that is not the sentence's own. */
    static boolean subordinate(TokenView v, Frame f) {
        if (ContentAfterFrame.isRelative(v, f)) return true;
        int before = f.start() - 1;
        return before >= 0 && !v.inQuote(before) && v.pos(before) == Upos.SCONJ && !v.is(before, "that")
                && FrameGrammar.onlyPunctuationBefore(v, before);
    }
}
