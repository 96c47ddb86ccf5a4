package extract.quotes;

import extract.doc.Upos;

/**
 * "Donald Trump's claim that there have been …", "his warning that …": a noun of saying from
 * {@code claim-nouns.txt}, after its owner (a possessive) and before "that" and a clause.
 */
final class ClaimNounCue implements CueSieve {
    static final String NAME = "claim-noun-cue";
    private final CueLexicon lexicon;

    ClaimNounCue(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Cue find(TokenView v, int i) {
        if (i == 0 || i + 2 >= v.size() || v.pos(i) != Upos.NOUN || !lexicon.claimNoun(v.lower(i))) return null;
        if (!v.is(i + 1, "that") || v.inQuote(i + 1) || v.inQuote(i - 1)) return null;
        if (!v.isPossessive(i - 1) && !v.isPossessivePronoun(i - 1)) return null;
        return new Cue(i, i + 1, CueType.CLAIM_NOUN, Decision.of(NAME, "“" + v.token(i).text() + "” after its owner, before “that”"));
    }
}
