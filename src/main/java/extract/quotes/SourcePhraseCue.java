package extract.quotes;

/** "according to", "as reported by" (from {@code source-phrases.txt}): the source follows the cue. */
final class SourcePhraseCue implements CueSieve {
    static final String NAME = "source-phrase-cue";
    private final CueLexicon lexicon;

    SourcePhraseCue(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Cue find(TokenView v, int i) {
        for (String[] p : lexicon.sourcePhrases()) {
            if (v.wordsAt(i, p)) return new Cue(i, i + p.length, CueType.SOURCE_PHRASE, Decision.of(NAME, String.join(" ", p)));
        }
        return null;
    }
}
