package extract.quotes;

import java.util.List;

/**
 * "he was told that", "jokes are told": the subject of a passive cue is the hearer or the thing
 * said, never the source; such a cue makes no frame (unless "by" names the agent).
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
        return grammar.passive(v, j, i) && !v.is(i + 1, "by") ? SourceResult.NONE : SourceResult.PASS;
    }
}
