package extract.quotes;

import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * "Superdelegates: Clinton is backed by 520 superdelegates …, according to the Associated Press.": a
 * paragraph's opening word and colon frame the same words as another frame of the sentence, which
 * names their source; the word before the colon is then the paragraph's topic, no speaker.
 */
final class LabelYieldsToFrame implements CandidateFilter {
    @Override
    public List<Candidate> keep(List<Candidate> kept, List<TokenView> views) {
        SpanIndex<Candidate> byContent = new SpanIndex<>(kept, Candidate::content);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            boolean label = c.frame().cueDecision().sieve().equals(HeadlineColonFrame.NAME)
                    && byContent.overlapping(c.content()).stream().anyMatch(o -> o != c && o.content().equals(c.content())
                            && !o.frame().cueDecision().sieve().equals(HeadlineColonFrame.NAME));
            if (!label) out.add(c);
        }
        return out;
    }
}
