package extract.quotes;

import extract.doc.Upos;
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
        // ("…, called it “a triumph”": a verb of naming has its object after it, never its subject)
        if (!cue.verb() || cue.decision().sieve().equals(NamingVerbCue.NAME)) return SourceResult.PASS;
        int i = cue.start();
        int j = site.subjectEnd();
        boolean afterComma = FrameGrammar.afterComma(v, j);
        if (j >= 0 && !afterComma) return SourceResult.PASS;
        // ("…“common sense” made clear that …", "first pointed out Mr. Rubio's interest": after a verb's particle comes
        // its object, not its subject)
        if (grammar.lexicon().particleAfter(v, i) > 0) return SourceResult.NONE;
        WordRange np = phraseAfter(v, i, grammar.phrases());
        if (np == null) return SourceResult.NONE;
        WordRange named = appositiveName(v, np, grammar.phrases());
        if (named != null) np = named;
        if (np.end() < v.size() && v.isVerb(np.end()) && !v.inQuote(np.end())) return SourceResult.NONE;
        // "…, opposed his signature trade deal and outstripped his plans": a phrase that "and" and a verb
        // follow is the object of one verb in a row of the subject's
        if (np.end() + 1 < v.size() && v.pos(np.end()) == Upos.CCONJ && !v.inQuote(np.end()) && v.finiteVerbAt(np.end() + 1)) {
            return SourceResult.NONE;
        }
        // "…, ask questions or play music": after a base form only people or a body speak ("…, say officials"); else the
        // phrase is the verb's object
        if (grammar.lexicon().isBaseForm(v.lower(i)) && !speakerHead(v, np.end() - 1)) return SourceResult.NONE;
        // "…, called her “third-rate”": a pronoun in the object case (or a reflexive) is the verb's object, no subject;
        // "said matter-of-factly": a lower-case word in "-ly" is the manner, whatever its tag
        if (np.end() - np.start() == 1 && (grammar.lexicon().objectPronoun(v.lower(np.start())) || v.isReflexive(np.start()) || v.mannerWord(np.start()))) {
            return SourceResult.NONE;
        }
        // "..., said he and other rabbis were alarmed": a pronoun after the cue speaks only at the end
        boolean pronoun = np.end() - np.start() == 1 && grammar.lexicon().subjectPronoun(v.lower(np.start()));
        if (pronoun && np.end() < v.size() && !v.isPunct(np.end())) return SourceResult.NONE;
        var s = v.span(np.start(), np.end());
        return SourceResult.of(Frames.of(v, cue, s, i, np.end(), Frame.Direction.BEFORE, resume(v, np.end(), i), false, NAME,
                Frames.words(v, s) + " after " + Frames.cueWords(v, cue)));
    }

    /**
     * The noun phrase after the cue at i; role nouns joined by "and" before a name are one phrase ("said
     * lobbyist and GOP strategist Charlie Black").
     */
    static WordRange phraseAfter(TokenView v, int i, SourcePhrases phrases) {
        WordRange np = phrases.sourcePhraseAt(v, i + 1);
        if (np == null || np.end() + 1 >= v.size() || !v.is(np.end(), "and") || v.inQuote(np.end()) || v.pos(np.start()) == Upos.DET) {
            return np;
        }
        for (int m = np.start(); m < np.end(); m++) if (v.token(m).capitalised()) return np;
        WordRange named = phrases.rightNounPhrase(v, np.end() + 1);
        return named != null && v.nameLike(named.end() - 1) ? new WordRange(np.start(), named.end()) : np;
    }

    /**
     * "“…,” said the group's founder, Mary Smith.": a description after the cue, then a comma and a
     * name that ends the sentence; the name in apposition is the source. Null when there is none.
     */
    private static WordRange appositiveName(TokenView v, WordRange np, SourcePhrases phrases) {
        int comma = np.end();
        if (v.nameLike(comma - 1) || !v.is(comma, ",") || v.inQuote(comma)) return null;
        WordRange name = phrases.rightNounPhrase(v, comma + 1);
        if (name == null || !v.nameLike(name.end() - 1)) return null;
        for (int m = name.end(); m < v.size(); m++) if (!v.isPunct(m) || v.isQuoteMark(m) || v.is(m, ",")) return null;
        return name;
    }

    /**
     * "The paradox of Nancy, says Carl Anthony, a historian, is that …": where the clause the frame
     * interrupts goes on after the source and its appositive, when the words before the frame are its
     * subject (no verb of their own) and a verb follows; -1 when the frame ends its clause.
     */
    private static int resume(TokenView v, int e, int cue) {
        if (e + 1 >= v.size() || !v.is(e, ",") || !subjectOnly(v, cue - 1)) return -1;
        int r = e + 1;
        if (v.finiteVerbAt(r)) return r;
        int m = r;
        while (m < v.size() && m - r <= SourcePhrases.MAX_APPOSITIVE && !v.is(m, ",") && !v.inQuote(m)) m++;
        boolean appositive = m < v.size() && v.is(m, ",") && m > r && SourcePhrases.isAppositive(v, r, m);
        return appositive && v.finiteVerbAt(m + 1) ? m + 1 : -1;
    }

    /** Words [0, comma) hold a clause's subject only: some words, none a finite verb or quoted. */
    private static boolean subjectOnly(TokenView v, int comma) {
        if (comma < 1 || !v.is(comma, ",")) return false;
        for (int m = 0; m < comma; m++) {
            if (v.inQuote(m) || v.isFiniteVerb(m) || v.isPunct(m)) return false;
        }
        return true;
    }

    /** The head of a phrase that can speak: a name, people ("officials", "critics"), a body ("the ministry") or "some". */
    private boolean speakerHead(TokenView v, int head) {
        String w = v.lower(head);
        CueLexicon lexicon = grammar.lexicon();
        return v.nameLike(head) || lexicon.people(w) || lexicon.organisation(w) || lexicon.quantifier(w);
    }
}
