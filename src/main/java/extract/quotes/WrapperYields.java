package extract.quotes;

import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * "…, the agency added" or "…, according to X" around a report that has a cue of its own: the
 * wrapper yields to the attribution inside it. A leading "According to X, S" keeps S whatever S
 * reports in turn.
 */
final class WrapperYields implements CandidateFilter {
    @Override
    public List<Candidate> keep(List<Candidate> all) {
        SpanIndex<Candidate> byContent = new SpanIndex<>(all, Candidate::content);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            boolean leading = c.frame().direction() == Frame.Direction.AFTER;
            if (c.frame().wrapper() && !leading && containsOtherCue(c, byContent)) continue;
            kept.add(c);
        }
        return kept;
    }

    private static boolean containsOtherCue(Candidate c, SpanIndex<Candidate> byContent) {
        for (Candidate o : byContent.overlapping(c.content())) {
            if (o != c && c.content().contains(o.frame().cue())) return true;
        }
        return false;
    }
}
