package extract.quotes;

import extract.doc.Upos;

/**
 * "called it “the least bad option”", "dubbed the plan “a scam”", "called Oz a quack",
 * "characterized the deal as “a giveaway”": a verb of naming from {@code naming-verbs.txt} whose
 * short object is followed (after "as" for some) by a quotation, or by "a" and a description.
 * Without them ("called her back", "called a press conference") it is no cue.
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
        // "Chris Christie Calls/NOUN Hillary Clinton ‘A Disgrace’": in a title-case headline, after a name
        boolean headline = v.titleCase() && i > 0 && v.nameLike(i - 1) && v.token(i).capitalised();
        if (!lexicon.namingVerb(v.lower(i)) || !(v.isVerb(i) || headline) || i + 2 >= v.size() || v.inQuote(i + 1)) return null;
        int k = i + 1;
        int objectEnd;
        if (v.is(k, "as")) {
            objectEnd = k; // "describing as “unhinged” a tweet …": the object after its name
        } else if (v.pos(k) == Upos.PRON) {
            objectEnd = k + 1;
        } else {
            WordRange object = phrases.rightNounPhrase(v, k);
            if (object == null || object.end() - object.start() > MAX_OBJECT) return null;
            objectEnd = object.end();
        }
        int named = objectEnd;
        if (named < v.size() && v.is(named, "as") && !v.inQuote(named)) named++; // "described the plan as “a disaster”"
        boolean article = named < v.size() && (v.is(named, "a") || v.is(named, "an")) && !v.inQuote(named);
        if (article) named++; // "called Trump a “pathological liar”"
        if (named + 1 >= v.size()) return null;
        boolean quoted = v.isQuoteMark(named) && v.inQuote(named + 1);
        // "called Oz a quack": after the article, an unquoted description also names the object
        boolean described = article && !v.inQuote(named) && (v.pos(named) == Upos.NOUN || v.pos(named) == Upos.ADJ);
        if (!quoted && !described) return null;
        return new Cue(i, i + 1, CueType.SPEECH_VERB, Decision.of(NAME,
                "“" + v.token(i).text() + "” with " + (quoted ? "a quoted name" : "a description") + " for its object"));
    }
}
