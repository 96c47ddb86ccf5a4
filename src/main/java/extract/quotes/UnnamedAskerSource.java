package extract.quotes;

import java.util.List;
import java.util.Set;

/**
 * "Asked whether he would run, Ruiz said …", "Ruiz was asked about the report", "…, she said when
 * asked if …": a question put by an interviewer the text does not name. The frame has no source
 * (the row's speaker stays empty); its content is the question. The one who answers is no source
 * of the question ("was asked by host John Dickerson" names one: then another sieve decides).
 */
final class UnnamedAskerSource implements SourceSieve {
    static final String NAME = "unnamed-asker";
    /** Words that open an indirect question ("asked whether …", "asked who …"). */
    static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "what", "why", "how", "who", "whom", "when", "where", "which");
    private final FrameGrammar grammar;

    UnnamedAskerSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        int i = cue.start();
        if (!grammar.lexicon().questionVerb(v.lower(i)) || v.is(i + 1, "by")) return SourceResult.PASS;
        String how;
        if (opensSentence(v, i)) {
            how = "opening participle";
        } else if (i > 0 && (v.is(i - 1, "when") || v.is(i - 1, "if") || v.is(i - 1, "once"))) {
            how = "after “" + v.token(i - 1).text() + "”";
        } else if (grammar.passive(v, site.subjectEnd(), i)) {
            how = "passive";
        } else {
            return SourceResult.PASS;
        }
        int at = questionStart(v, i);
        if (at < 0) return SourceResult.NONE; // a request, not a question: "when asked to do so by police"
        return SourceResult.of(Frames.of(v, cue, null, i, at, Frame.Direction.AFTER, -1, false, NAME,
                Frames.cueWords(v, cue) + ", " + how + ": the one who asks is not named"));
    }

    private static final int MAX_BEFORE_QUESTION = 8; // "asked at a news conference on Monday whether"

    /**
     * Where the question starts: after "about" ("asked last month about the report"), at a question
     * word ("asked on Monday whether"), or at a quotation right after the cue ("asked, “Why now?”");
     * -1 if none.
     */
    static int questionStart(TokenView v, int i) {
        boolean onlyPunctuation = true;
        for (int k = i + 1; k < v.size() && k - i <= MAX_BEFORE_QUESTION; k++) {
            if (v.isQuoteMark(k)) return onlyPunctuation ? k : -1; // not the answer after "asked about X:"
            if (v.inQuote(k)) return -1;
            if (v.is(k, "about")) return k + 1;
            if (QUESTION_OPENERS.contains(v.lower(k))) return k;
            if (v.isVerb(k) || v.isPunct(k) && !v.is(k, ",") && !v.is(k, ":")) return -1;
            onlyPunctuation &= v.isPunct(k);
        }
        return -1;
    }

    /** "Asked …", "When asked …", "…, she said when asked …": a question verb as a participle of its own. */
    static boolean participle(TokenView v, int i) {
        return opensSentence(v, i) || i > 0 && (v.is(i - 1, "when") || v.is(i - 1, "if") || v.is(i - 1, "once"));
    }

    /** Only punctuation, conjunctions and a subordinator ("When asked") before the cue. */
    private static boolean opensSentence(TokenView v, int i) {
        for (int k = 0; k < i; k++) {
            if (!v.isPunct(k) && !v.is(k, "and") && !v.is(k, "but") && !v.is(k, "when") && !v.is(k, "if")) return false;
        }
        return true;
    }
}
