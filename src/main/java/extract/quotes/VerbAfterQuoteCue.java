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
        if (lexicon.isSpeechVerb(v.lower(i))) return null;
        if (lexicon.between(v.lower(i))) return null; // "had", "was": an auxiliary read as a verb
        if (closesQuotation(v, i - 1)) {
            // inverted: "“Go on,” urged Ms. Ruiz."
            WordRange np = grammar.phrases().rightNounPhrase(v, i + 1);
            if (np == null || np.end() - np.start() > MAX_SUBJECT || !(endsSentence(v, appositiveEnd(v, np.end())) || relativeEnds(v, np.end()))) {
                return null;
            }
            // (or a role before a name: "exhorted actress Jamie Lee Curtis")
            boolean role = v.pos(np.start()) == Upos.NOUN && np.end() - np.start() > 1 && v.nameLike(np.end() - 1);
            if (!(v.nameLike(np.start()) || lexicon.subjectPronoun(v.lower(np.start())) || v.pos(np.start()) == Upos.DET || role)) return null;
            return cue(v, i);
        }
        if (!endsSentence(v, i + 1)) return null;
        SubjectPhrase s = grammar.phrases().leftSubject(v, i - 1);
        if (s == null || s.frameStart() != s.start() || s.end() - s.start() > MAX_SUBJECT) return null;
        if (SourcePhrases.RELATIVE_WORDS.contains(v.lower(s.start()))) return null; // "“New Day,” which ends at 9"
        return closesQuotation(v, s.start() - 1) ? cue(v, i) : null;
    }

    /**
     * After an inverted subject ending at word k: past an appositive between a comma and the sentence's
     * end ("exhorted Clinton's introducer, actress Jamie Lee Curtis."), else k.
     */
    private static int appositiveEnd(TokenView v, int k) {
        if (!v.is(k, ",") || v.inQuote(k)) return k;
        int m = k + 1;
        while (m < v.size() && m - k <= MAX_SUBJECT && v.nounPhrasePart(m)) m++;
        return m > k + 1 && m - k <= MAX_SUBJECT && endsSentence(v, m) ? m : k;
    }

    /** From word k a relative clause on the subject ends the sentence ("begins a scripted message that precedes all rallies."). */
    private static boolean relativeEnds(TokenView v, int k) {
        if (k + 1 >= v.size() || !SourcePhrases.RELATIVE_WORDS.contains(v.lower(k)) || v.inQuote(k) || !v.isVerb(k + 1)) return false;
        for (int m = k + 1; m < v.size(); m++) if (v.inQuote(m) || v.is(m, ",") || v.is(m, ":")) return false;
        return true;
    }

    private static Cue cue(TokenView v, int i) {
        return new Cue(i, i + 1, CueType.SPEECH_VERB, Decision.of(NAME, "“" + v.token(i).text() + "” right after a quotation"));
    }

    /**
     * Word k closes a quotation that a frame follows ({@link TokenView#closesFramedQuotation}) and
     * which no preposition or determiner opens ("In “Hail, Caesar!,” Brolin gets into the spirit": a
     * title in a phrase says nothing).
     */
    private static boolean closesQuotation(TokenView v, int k) {
        if (!v.closesFramedQuotation(k)) return false;
        int open = k - 1;
        while (open > 0 && v.inQuote(open - 1)) open--;
        return open == 0 || !(v.pos(open - 1) == Upos.ADP || v.pos(open - 1) == Upos.DET);
    }

    /** A preposition opening a noun phrase at word k ("with a laugh"), not a particle ("shot back"). */
    private static boolean manner(TokenView v, int k) {
        return v.pos(k) == Upos.ADP && !v.inQuote(k) && k + 1 < v.size() && v.nounPhrasePart(k + 1);
    }

    /** How many words a phrase of manner after the verb may take ("with a laugh", "in frustration"). */
    private static final int MAX_MANNER = 4;

    /**
     * From word k: at most two particles or adverbs ("out", "again"), perhaps a short phrase of manner
     * ("shot back with a laugh"), then only punctuation to the sentence end, or a comma and the
     * quotation going on ("he continued, “but …”").
     */
    private static boolean endsSentence(TokenView v, int k) {
        int n = v.size();
        for (int extra = 0; extra < 2 && k < n && (v.pos(k) == Upos.ADP || v.pos(k) == Upos.ADV || v.pos(k) == Upos.PART)
                && !manner(v, k); extra++) {
            k++;
        }
        if (k < n && manner(v, k)) {
            int m = k + 1;
            // (the noun after a determiner whatever its tag: "with a laugh/VERB")
            while (m < n && m - k <= MAX_MANNER && (v.nounPhrasePart(m) || v.pos(m - 1) == Upos.DET && !v.isPunct(m))
                    && !v.nameLike(m) && !v.inQuote(m)) {
                m++;
            }
            if (m > k + 1 && m - k <= MAX_MANNER) k = m;
        }
        if (k >= n) return true;
        if (v.is(k, ",") && !v.inQuote(k) && k + 1 < n && v.isQuoteMark(k + 1) && v.inQuote(k + 1)) return true;
        for (int m = k; m < n; m++) if (!v.isPunct(m) || v.isQuoteMark(m)) return false;
        return true;
    }
}
