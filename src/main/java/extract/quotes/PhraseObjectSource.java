package extract.quotes;

import extract.doc.Upos;
import java.util.List;

/**
 * "according to Xinhua", "in a new poll": the noun phrase after a source phrase is the source. Leading its sentence,
 * the frame reports what follows; elsewhere what precedes it, or the words on both sides of it
 * ("At the heart of it, according to Ross, a former envoy, was a decision").
 */
final class PhraseObjectSource implements SourceSieve {
    static final String NAME = "object-of-source-phrase";
    private final FrameGrammar grammar;

    PhraseObjectSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        if (cue.type() != CueType.SOURCE_PHRASE && cue.type() != CueType.DOCUMENT) return SourceResult.PASS;
        WordRange np = cue.type() == CueType.DOCUMENT ? DocumentPhraseCue.document(v, cue.start(), grammar.lexicon())
                : sourceObject(v, cue.end());
        if (np == null) return SourceResult.NONE;
        WordRange maker = cue.type() == CueType.SOURCE_PHRASE ? maker(v, np) : null;
        int phraseEnd = maker != null ? maker.end() + 1 : np.end();
        boolean leading = FrameGrammar.opensSentence(v, cue.start());
        Frame.Direction dir = leading ? Frame.Direction.AFTER : Frame.Direction.BEFORE;
        int resume = leading ? -1 : FrameGrammar.resumeAfter(v, phraseEnd);
        var subject = maker != null ? v.span(maker.start(), maker.end()) : v.span(np.start(), np.end());
        int end = leading ? leadingPhraseEnd(v, phraseEnd) : phraseEnd;
        String made = maker == null ? "" : ", who made " + Frames.words(v, v.span(np.start(), np.end()));
        String why = Frames.words(v, subject) + made + " after " + Frames.cueWords(v, cue);
        return SourceResult.of(Frames.of(v, cue, subject, cue.start(), FrameGrammar.skipComma(v, end, dir), dir, resume,
                true, NAME, why));
    }

    /**
     * The source phrase's object from word k, with its modifiers and agent; without a time after its noun
     * unless an agent follows the time ("according to a study last year by economists at Duke").
     */
    private WordRange sourceObject(TokenView v, int k) {
        WordRange object = withVerbModifiers(v, k, grammar.phrases().rightNounPhrase(v, k));
        WordRange agented = withAgent(v, object);
        return agented != null && agented.end() > object.end() ? agented : grammar.phrases().withoutTrailingTime(v, object);
    }

    /**
     * "according to a statement the ministry released", "according to an interview his brother gave to ITV":
     * the subject of a clause of making after the source's noun ({@code authoring-participles.txt} and "gave",
     * "wrote") is who speaks; null if none.
     */
    private WordRange maker(TokenView v, WordRange np) {
        int k = np.end();
        if (k >= v.size() || v.inQuote(k) || v.pos(k - 1) != Upos.NOUN) return null;
        WordRange subject = grammar.phrases().rightNounPhrase(v, k);
        if (subject == null || subject.end() >= v.size() || v.inQuote(subject.end())) return null;
        int verb = subject.end();
        return v.isVerb(verb) && grammar.lexicon().authoringParticiple(v.lower(verb)) ? subject : null;
    }

    /**
     * "according to exit polling data", "according to media buying sources": the object of a source
     * phrase is a noun phrase, so words the tagger read as verbs ("exit", "buying") before a noun
     * belong to it.
     */
    private static WordRange withVerbModifiers(TokenView v, int k, WordRange np) {
        int e = np == null ? k : np.end();
        boolean extended = false;
        while (e < v.size() && e - k < 12 && !v.inQuote(e)) {
            if (v.pos(e) == Upos.VERB && e + 1 < v.size() && (v.pos(e + 1) == Upos.NOUN || v.pos(e + 1) == Upos.VERB)) {
                e++;
                extended = true;
            } else if (extended && (v.pos(e) == Upos.NOUN || v.pos(e) == Upos.PROPN)) {
                e++;
            } else {
                break;
            }
        }
        if (!extended || v.pos(e - 1) != Upos.NOUN && v.pos(e - 1) != Upos.PROPN) return np;
        return new WordRange(np == null ? k : np.start(), e);
    }

    /** How many words may stand between a participle and its "by" ("released Monday by", "issued late on Friday by"). */
    private static final int MAX_BEFORE_AGENT = 3;

    /**
     * "according to a statement issued by the ministry", "according to a poll released Monday by Quinnipiac", "a
     * poll by Quinnipiac": a participle of making ({@code authoring-participles.txt}) and its agent after the noun,
     * or the agent alone, belong to the source, whose author the speaker stage takes for the speaker.
     */
    private WordRange withAgent(TokenView v, WordRange np) {
        if (np == null || np.end() >= v.size()) return np;
        int k = np.end();
        boolean participle = v.pos(k) == Upos.VERB && grammar.lexicon().authoringParticiple(v.lower(k)) && !v.inQuote(k)
                && (v.pos(k - 1) == Upos.NOUN || v.pos(k - 1) == Upos.PROPN);
        if (!participle && !v.is(k, "by")) return np;
        int by = participle ? k + 1 : k; // ("a poll by Quinnipiac": its maker right after the noun)
        while (by < v.size() && by - k <= MAX_BEFORE_AGENT && !v.is(by, "by") && !v.isPunct(by) && !v.isVerb(by) && !v.inQuote(by)) by++;
        if (by >= v.size() || !v.is(by, "by")) return np;
        WordRange agent = grammar.phrases().rightNounPhrase(v, by + 1);
        return agent == null ? np : new WordRange(np.start(), agent.end());
    }

    /**
     * "According to a poll released Monday by Quinnipiac, …": a leading phrase runs on past its noun
     * phrase to the comma that ends it, when one comes within a few words and no quotation.
     */
    private static int leadingPhraseEnd(TokenView v, int k) {
        for (int m = k; m < v.size() && m - k <= 6 && !v.inQuote(m); m++) {
            if (v.is(m, ",")) return m;
        }
        return k;
    }
}
