package extract.quotes;

import extract.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Superdelegates: Clinton is backed by 520 superdelegates …, according to the Associated Press.": a
 * paragraph's opening word and colon frame the same words as another frame of the sentence, which
 * names their source; the word before the colon is then the paragraph's topic, no speaker.
 */
final class LabelYieldsToFrame implements CandidateFilter {
    @Override
    public List<Candidate> keep(List<Candidate> kept, List<TokenView> views) {
        Set<Span> framed = new HashSet<>(); // the words frames other than a name's colon report
        for (Candidate c : kept) if (!label(c)) framed.add(c.content());
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) if (!label(c) || !framed.contains(c.content())) out.add(c);
        return out;
    }

    private static boolean label(Candidate c) {
        return c.frame().cueDecision().sieve().equals(HeadlineColonFrame.NAME);
    }
}
