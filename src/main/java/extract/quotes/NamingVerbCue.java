package extract.quotes;

import extract.doc.Upos;

/**
 * "called it “the least bad option”", "dubbed the plan “a scam”": a verb of naming from
 * {@code naming-verbs.txt} whose short object is followed by a quotation. Without the quotation
 * ("called for", "called on", "called her back") it is no cue.
 */
final class NamingVerbCue implements CueSieve {
    static final String NAME = "naming-verb-cue";
    private static final int MAX_OBJECT = 8;
    private final CueLexicon lexicon;
    private final SourcePhrases phrases;

    NamingVerbCue(FrameGrammar grammar) {
        this.lexicon = grammar.lexicon();
        this.phrases = grammar.phrases();
    }

    @Override
    public Cue find(TokenView v, int i) {
        if (!lexicon.namingVerb(v.lower(i)) || !v.isVerb(i) || i + 2 >= v.size() || v.inQuote(i + 1)) return null;
        int k = i + 1;
        int objectEnd;
        if (v.pos(k) == Upos.PRON) {
            objectEnd = k + 1;
        } else {
            WordRange object = phrases.rightNounPhrase(v, k);
            if (object == null || object.end() - object.start() > MAX_OBJECT) return null;
            objectEnd = object.end();
        }
        boolean quoted = objectEnd + 1 < v.size() && v.isQuoteMark(objectEnd) && v.inQuote(objectEnd + 1);
        return quoted ? new Cue(i, i + 1, CueType.SPEECH_VERB,
                Decision.of(NAME, "“" + v.token(i).text() + "” with a quoted name for its object")) : null;
    }
}
