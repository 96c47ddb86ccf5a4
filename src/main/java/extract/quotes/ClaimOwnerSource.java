package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.List;

/** "Donald Trump's claim that …", "his claim that …": the owner of a noun of saying is its source; the clause after "that" is the report. */
final class ClaimOwnerSource implements SourceSieve {
    static final String NAME = "owner-of-claim";

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        if (cue.type() != CueType.CLAIM_NOUN) return SourceResult.PASS;
        int owner = cue.start() - 1;
        Span subject;
        int start;
        if (v.isPossessivePronoun(owner)) {
            subject = v.span(owner, owner + 1);
            start = owner;
        } else {
            // the owner's own words only ("a fact-check on Donald Trump's claim": Donald Trump)
            int k = owner - 1;
            while (k >= 0 && !v.inQuote(k) && (v.pos(k) == Upos.PROPN || v.pos(k) == Upos.NOUN || v.pos(k) == Upos.ADJ || v.nameLike(k))) k--;
            if (k >= 0 && v.pos(k) == Upos.DET && !v.inQuote(k)) k--;
            if (k + 1 >= owner) return SourceResult.NONE;
            subject = v.span(k + 1, owner);
            start = k + 1;
        }
        return SourceResult.of(Frames.of(v, cue, subject, start, cue.end() + 1, Frame.Direction.AFTER, -1, false, NAME,
                Frames.words(v, subject) + ", owner of " + Frames.cueWords(v, cue)));
    }
}
