package extract.quotes;

import extract.doc.Upos;

/**
 * "Fallon fired back: “…”", "the senator tweeted on Friday: “…”": any verb whose clause ends in a
 * colon right before a quotation frames that quotation, even when it is no reporting verb. Between
 * the verb and the colon there may be a particle and a short phrase of time or place; after "back" or
 * "out" a comma may stand for the colon.
 */
final class VerbBeforeColonQuoteCue implements CueSieve {
    static final String NAME = "verb-before-colon-cue";
    private final CueLexicon lexicon;

    VerbBeforeColonQuoteCue(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Cue find(TokenView v, int i) {
        if (v.pos(i) != Upos.VERB || v.inQuote(i) || v.lower(i).endsWith("ing")) return null;
        if (lexicon.isSpeechVerb(v.lower(i)) || lexicon.between(v.lower(i))) return null;
        int colon = FrameGrammar.colonBeforeQuotation(v, i);
        if (colon < 0) colon = particleComma(v, i);
        if (colon < 0 || framedAfter(v, colon + 1)) return null;
        String mark = v.is(colon, ",") ? "“" + v.token(i + 1).text() + "”, a comma" : "a colon";
        return new Cue(i, i + 1, CueType.SPEECH_VERB, Decision.of(NAME, "“" + v.token(i).text() + "” before " + mark + " and a quotation"));
    }

    /**
     * "Hillary shot back, “I suppose …”", "he blurted out, “…”": a verb, "back" or "out" and a comma right
     * before a quotation, the comma standing for the colon; -1 when there is none.
     */
    private static int particleComma(TokenView v, int i) {
        int comma = i + 2;
        if (comma + 1 >= v.size() || !(v.is(i + 1, "back") || v.is(i + 1, "out")) || !v.is(comma, ",") || v.inQuote(comma)) return -1;
        return v.isQuoteMark(comma + 1) && v.inQuote(comma + 2) ? comma : -1;
    }

    /** "turned grim: “There is no money,” she said": the quotation ends in a comma, so a frame of its own follows. */
    private static boolean framedAfter(TokenView v, int open) {
        int k = open + 1;
        while (k < v.size() && !(v.isQuoteMark(k) && v.inQuote(k) && (k + 1 >= v.size() || !v.inQuote(k + 1)))) k++;
        return k < v.size() && (v.is(k - 1, ",") || k + 1 < v.size() && v.is(k + 1, ","));
    }
}
