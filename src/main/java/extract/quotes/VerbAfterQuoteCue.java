package extract.quotes;

import extract.doc.Upos;

/**
 * "“You're late,” she blurted out.", "“Go on,” urged Ms. Ruiz.": any verb that follows a quotation
 * ending in a comma, question or exclamation mark, with only its subject between (or right after it,
 * subject following), and nothing but a particle or adverb after it, frames that quotation, even
 * when it is no reporting verb.
 */
final class VerbAfterQuoteCue implements CueSieve {
    static final String NAME = "verb-after-quote-cue";
    private static final int MAX_SUBJECT = 5;
    private final FrameGrammar grammar;

    VerbAfterQuoteCue(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public Cue find(TokenView v, int i) {
        if (v.pos(i) != Upos.VERB || v.inQuote(i)) return null;
        CueLexicon lexicon = grammar.lexicon();
        if (lexicon.isSpeechVerb(v.lower(i)) || lexicon.isBeliefVerb(v.lower(i))) return null;
        if (closesQuotation(v, i - 1)) {
            // inverted: "“Go on,” urged Ms. Ruiz."
            WordRange np = grammar.phrases().rightNounPhrase(v, i + 1);
            if (np == null || np.end() - np.start() > MAX_SUBJECT || !endsSentence(v, np.end())) return null;
            if (!(v.nameLike(np.start()) || lexicon.subjectPronoun(v.lower(np.start())) || v.pos(np.start()) == Upos.DET)) return null;
            return cue(v, i);
        }
        if (!endsSentence(v, i + 1)) return null;
        SubjectPhrase s = grammar.phrases().leftSubject(v, i - 1);
        if (s == null || s.frameStart() != s.start() || s.end() - s.start() > MAX_SUBJECT) return null;
        return closesQuotation(v, s.start() - 1) ? cue(v, i) : null;
    }

    private static Cue cue(TokenView v, int i) {
        return new Cue(i, i + 1, CueType.SPEECH_VERB, Decision.of(NAME, "“" + v.token(i).text() + "” right after a quotation"));
    }

    /** Word k closes a quotation whose last word inside is a comma, question or exclamation mark. */
    private static boolean closesQuotation(TokenView v, int k) {
        if (k < 1 || !v.isQuoteMark(k) || !v.inQuote(k)) return false;
        return v.is(k - 1, ",") || v.is(k - 1, "?") || v.is(k - 1, "!");
    }

    /** From word k: at most two particles or adverbs ("out", "again"), then only punctuation to the sentence end. */
    private static boolean endsSentence(TokenView v, int k) {
        int n = v.size();
        for (int extra = 0; extra < 2 && k < n && (v.pos(k) == Upos.ADP || v.pos(k) == Upos.ADV || v.pos(k) == Upos.PART); extra++) k++;
        if (k >= n) return true;
        for (int m = k; m < n; m++) if (!v.isPunct(m) || v.isQuoteMark(m)) return false;
        return true;
    }
}
