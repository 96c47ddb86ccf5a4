package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.List;
import java.util.Set;

/**
 * "The plan was criticized by Senator Ruiz", "Sanders was asked by host John Dickerson whether …":
 * a passive cue's agent after "by" is the source. What it reports is the passive subject before
 * the frame, or the clause or question after the agent.
 */
final class PassiveAgentSource implements SourceSieve {
    static final String NAME = "agent-of-passive";
    /** Words that put the passive inside a clause of its own ("that his endorsement was mentioned by …"). */
    private static final Set<String> EMBEDDING = Set.of("that", "which", "who", "whom", "why", "whether", "if", "because", "what");
    private final FrameGrammar grammar;

    PassiveAgentSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        int i = cue.start();
        // ("When asked by Ingraham about …": a question verb's participle is passive without an auxiliary)
        boolean asked = grammar.lexicon().questionVerb(v.lower(i)) && UnnamedAskerSource.participle(v, i);
        if (!cue.verb() || !v.is(cue.end(), "by") || !(asked || grammar.passive(v, site.subjectEnd(), i))) return SourceResult.PASS;
        // inside another report or a clause ("the pipeline, which is supported by Republicans", "that
        // his endorsement was mentioned by Yahoo News") the passive is part of what someone else says
        if (!earlier.isEmpty()) return SourceResult.PASS;
        for (int k = 0; k <= site.subjectEnd(); k++) if (EMBEDDING.contains(v.lower(k)) && !v.inQuote(k)) return SourceResult.PASS;
        WordRange agent = grammar.phrases().sourcePhraseAt(v, cue.end() + 1);
        if (agent == null) return SourceResult.PASS;
        agent = withoutTime(v, agent);
        Span source = v.span(agent.start(), agent.end());
        String why = Frames.words(v, source) + " after “by” of the passive " + Frames.cueWords(v, cue);
        int k = agent.end();
        int question = asked ? UnnamedAskerSource.questionStart(v, k - 1) : -1;
        if (question > 0) return SourceResult.of(Frames.of(v, cue, source, i, question, Frame.Direction.AFTER, -1, false, NAME, why));
        if (k < v.size() && (v.is(k, "that") || UnnamedAskerSource.QUESTION_OPENERS.contains(v.lower(k))) && !v.inQuote(k)) {
            int at = v.is(k, "that") ? k + 1 : k;
            return SourceResult.of(Frames.of(v, cue, source, i, at, Frame.Direction.AFTER, -1, false, NAME, why));
        }
        // the passive subject is what was said or judged: the words before the auxiliary
        return SourceResult.of(Frames.of(v, cue, source, site.subjectEnd() + 1, k, Frame.Direction.BEFORE, -1, false, NAME, why));
    }

    /** "the ministry on Friday": the agent ends before a phrase of time. */
    private WordRange withoutTime(TokenView v, WordRange agent) {
        for (int k = agent.start() + 1; k < agent.end(); k++) {
            if (v.pos(k) == Upos.ADP && k + 1 < agent.end() && grammar.lexicon().timeWord(v.lower(agent.end() - 1))) {
                return new WordRange(agent.start(), k);
            }
        }
        return agent;
    }
}
