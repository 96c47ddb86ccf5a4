package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.List;
import java.util.Set;

/**
 * "..., adding that", "... but warned that", "… by announcing that": a cue after a conjunction, or
 * a participle after a comma, "by", "while", "before", "after" or "when", shares the subject of the
 * frame or verb before it; so does a participle after an occasion that is a verb's object ("the
 * senator opened a Rochester rally blasting Clinton": the rally says nothing). Only with its content
 * after it.
 */
final class SharedSubjectSource implements SourceSieve {
    static final String NAME = "shared-subject";
    /** Words after which a participle hangs on the main clause ("without saying" says nothing: not here). */
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("by", "while", "before", "after", "when");
    private final FrameGrammar grammar;

    SharedSubjectSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        if (!cue.verb()) return SourceResult.PASS;
        int i = cue.start();
        int j = site.subjectEnd();
        boolean afterComma = FrameGrammar.afterComma(v, j);
        SubjectPhrase object = occasionObject(v, site, grammar.lexicon());
        if (object != null) {
            Complement c = grammar.complement(v, i);
            Span main = c.after() ? grammar.mainSubjectBefore(v, object.start() - 1) : null;
            if (main == null) return SourceResult.PASS;
            return SourceResult.of(Frames.of(v, cue, main, i, c.at(), Frame.Direction.AFTER, -1, false, NAME,
                    Frames.cueWords(v, cue) + " shares the subject " + Frames.words(v, main) + " (after the occasion it names)"));
        }
        // "they published the results by announcing that", "looped the streets while chanting, “…”": the
        // means or the circumstance, said by the main clause's subject
        boolean means = j >= 0 && PARTICIPLE_OPENERS.contains(v.lower(j)) && !v.inQuote(j);
        // ("Lee praised the plan, called it “a triumph” and left": a verb of naming after a comma, its object
        // after it, is the next of the subject's verbs)
        boolean naming = afterComma && cue.decision().sieve().equals(NamingVerbCue.NAME);
        if (j < 0 || !(v.pos(j) == Upos.CCONJ || (afterComma || means) && v.lower(i).endsWith("ing") || naming
                || nextVerbWithClause(v, i, j))) {
            return SourceResult.PASS;
        }
        Complement c = grammar.complement(v, i);
        if (!c.after()) return SourceResult.NONE;
        // "Christie bristled at the suggestion that he was ..., saying": a participle hangs on the main clause;
        // "after Kim renewed his commitment but warned": a conjunction joins the verb right before
        boolean participle = (afterComma || means) && v.pos(j) != Upos.CCONJ;
        // "… not paying an architect who said he was stiffed, saying": a relative clause's frame is no main clause
        // (a frame with no source, "Asked whether …, she shook her head and said", has none to share)
        List<Frame> main = earlier.stream().filter(f -> f.subject() != null && !(participle && ContentAfterFrame.isRelative(v, f))).toList();
        Frame last = main.isEmpty() ? null : mainFrame(v, main);
        Span shared = last != null ? last.subject()
                : participle ? grammar.mainSubjectBefore(v, j) : grammar.coordinatedSubjectBefore(v, j);
        if (participle && last != null && last.start() > 0 && v.pos(last.start() - 1) == Upos.SCONJ && !v.inQuote(last.start() - 1)) {
            // "while his rivals called for more troops, Trump hewed to Obama's approach, noting": the
            // frame is in a subordinate clause; the main clause after it has the subject
            Span later = grammar.mainSubjectBefore(v, j);
            if (later != null && later.start() >= v.token(last.cueEnd() - 1).end()) shared = later;
        }
        if (last != null) {
            // "China said it is committed …, while the city's police deny accusations and say": the conjunction
            // joins the cue to a nearer verb whose subject opens a clause of its own after the frame ("Groups say
            // …, and the ACLU has sued the city, saying": so does a participle)
            Span near = participle ? grammar.mainSubjectBefore(v, j) : grammar.coordinatedSubjectBefore(v, j);
            if (near != null && near.start() > v.token(last.cueEnd() - 1).end() && opensClause(v, wordStarting(v, near.start()))) shared = near;
        }
        if (shared == null) return SourceResult.NONE;
        return SourceResult.of(Frames.of(v, cue, shared, i, c.at(), Frame.Direction.AFTER, -1, false, NAME,
                Frames.cueWords(v, cue) + " shares the subject " + Frames.words(v, shared)));
    }

    /** Words that open a clause of their own after a comma: "…, while the police deny", "…, but aides say". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "but", "though", "although", "and", "yet");

    private static int wordStarting(TokenView v, int offset) {
        for (int k = 0; k < v.size(); k++) if (v.token(k).start() == offset) return k;
        return -1;
    }

    /** The subject starting at word k opens a new clause: a comma (or semicolon) and a clause opener, or a semicolon, before it. */
    private static boolean opensClause(TokenView v, int k) {
        if (k < 1 || v.inQuote(k - 1)) return false;
        if (v.is(k - 1, ";")) return true;
        return k >= 2 && CLAUSE_OPENERS.contains(v.lower(k - 1)) && (v.is(k - 2, ",") || v.is(k - 2, ";")) && !v.inQuote(k - 2);
    }

    /**
     * "Lee suggested the plan was dead, said it was “a disaster” and left": after a comma, a finite cue
     * whose report follows at once ("that", or a subject and its verb) has no subject of its own; it is
     * the next of the subject's verbs ("…, said Smith" is inverted, the subject after the verb).
     */
    private boolean nextVerbWithClause(TokenView v, int i, int j) {
        if (!v.is(j, ",") || v.inQuote(j) || !v.isFiniteVerb(i) || i + 1 >= v.size() || v.inQuote(i + 1)) return false;
        if (v.is(i + 1, "that")) return true;
        WordRange np = InvertedSubjectSource.phraseAfter(v, i, grammar.phrases());
        return np != null && np.end() < v.size() && v.isVerb(np.end()) && !v.inQuote(np.end());
    }

    /** "opened a Rochester rally blasting": the occasion noun phrase right before a participle cue, a verb's object; else null. */
    static SubjectPhrase occasionObject(TokenView v, CueSite site, CueLexicon lexicon) {
        SubjectPhrase s = site.subject();
        int i = site.cue().start();
        if (s == null || s.end() != i || !v.lower(i).endsWith("ing") || s.start() == 0) return null;
        boolean occasion = lexicon.occasionNoun(v.lower(s.end() - 1));
        return occasion && v.isVerb(s.start() - 1) && !v.inQuote(s.start() - 1) ? s : null;
    }

    /**
     * "Xi has told Kim that Beijing supports a summit, adding that …": the last frame that is not
     * itself inside an earlier frame's "that" clause.
     */
    static Frame mainFrame(TokenView v, List<Frame> earlier) {
        for (int k = earlier.size() - 1; k > 0; k--) {
            int before = earlier.get(k).start() - 1;
            int cueEnd = earlier.get(k - 1).cueEnd();
            boolean inThat = before >= 0 && v.is(before, "that") && !v.inQuote(before) && cueEnd <= before
                    // ("Pompeo said that after legal consultation Washington had concluded …, saying": a phrase
                    // between "that" and the clause's subject)
                    || v.is(cueEnd, "that") && !v.inQuote(cueEnd) && cueEnd < earlier.get(k).start()
                            && !clauseBreak(v, cueEnd + 1, earlier.get(k).start());
            if (!inThat) return earlier.get(k);
        }
        return earlier.get(0);
    }

    /** A semicolon, or a comma and a clause opener, in [from, to): a new clause starts there. */
    private static boolean clauseBreak(TokenView v, int from, int to) {
        for (int k = from; k < to; k++) if (!v.inQuote(k) && (v.is(k, ";") || k + 1 < to && opensClause(v, k + 1))) return true;
        return false;
    }
}
