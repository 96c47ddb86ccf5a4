package extract.quotes;

import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * A frame whose cue lies inside another attribution's content ("He said the minister told
 * reporters that …") is part of what that attribution reports, not an attribution of its own;
 * but one inside a wrapper's ("Xi told Kim that …, according to Xinhua") or a parenthetical frame's
 * ("Lee, police said, told aides that …") stands beside it: the agency reports what Xi told Kim, and Xi
 * told it; so does one after an opening "as" frame ("As we noted, a study concluded that …": the writer
 * points back, the study concludes).
 */
final class InnerFrameIsContent implements CandidateFilter {
    @Override
    public List<Candidate> keep(List<Candidate> kept, List<TokenView> views) {
        SpanIndex<Candidate> byContent = new SpanIndex<>(kept, Candidate::content);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            boolean inner = false;
            for (Candidate o : byContent.overlapping(c.frame().cue())) {
                inner |= o != c && o.content().contains(c.frame().cue()) && !c.content().contains(o.frame().cue())
                        && !((o.frame().wrapper() || o.frame().resume() >= 0) && o.frame().direction() == Frame.Direction.BEFORE)
                        && !(o.frame().direction() == Frame.Direction.AFTER
                                && FrameGrammar.afterOpeningAs(views.get(o.frame().sentence()), o.frame().start()));
            }
            if (!inner) out.add(c);
        }
        return out;
    }
}
