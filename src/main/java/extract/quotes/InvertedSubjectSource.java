package extract.quotes;

import java.util.List;

/**
 * "“…,” said Smith", "…, said the ministry": at the start of a sentence or after a comma or quote,
 * the noun phrase after the cue is its source, unless a verb follows it (then it is the report's
 * subject: "..., said the program is critical").
 */
final class InvertedSubjectSource implements SourceSieve {
    static final String NAME = "subject-after-cue";
    private final FrameGrammar grammar;

    InvertedSubjectSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        if (!cue.verb()) return SourceResult.PASS;
        int i = cue.start();
        int j = site.subjectEnd();
        boolean afterComma = FrameGrammar.afterComma(v, j);
        if (j >= 0 && !afterComma) return SourceResult.PASS;
        WordRange np = grammar.phrases().rightNounPhrase(v, i + 1);
        if (np == null) return SourceResult.NONE;
        if (np.end() < v.size() && v.isVerb(np.end()) && !v.inQuote(np.end())) return SourceResult.NONE;
        // "..., said he and other rabbis were alarmed": a pronoun after the cue speaks only at the end
        boolean pronoun = np.end() - np.start() == 1 && grammar.lexicon().subjectPronoun(v.lower(np.start()));
        if (pronoun && np.end() < v.size() && !v.isPunct(np.end())) return SourceResult.NONE;
        var s = v.span(np.start(), np.end());
        return SourceResult.of(Frames.of(v, cue, s, i, np.end(), Frame.Direction.BEFORE, -1, false, NAME,
                Frames.words(v, s) + " after " + Frames.cueWords(v, cue)));
    }
}
