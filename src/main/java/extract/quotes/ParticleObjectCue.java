package extract.quotes;

/**
 * "called for a moratorium", "called on Congress to act", "pointed to the jobs report": a verb and
 * particle from {@code particle-object-verbs.tsv}, used as a verb, whose object is the report. The
 * cue takes both words, so the content starts after the particle.
 */
final class ParticleObjectCue implements CueSieve {
    static final String NAME = "particle-object-cue";
    private final CueLexicon lexicon;

    ParticleObjectCue(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Cue find(TokenView v, int i) {
        int particle = i + 1;
        if (particle + 1 >= v.size() || !lexicon.particleObject(v.lower(i), v.lower(particle))) return null;
        // "the calls for reform", "his talk about jobs": a noun after a determiner or possessive
        boolean verb = v.isVerb(i) || FrameGrammar.verbAfterOpeningName(v, i); // "Axelrod/ADJ calls/NOUN on Dean to …"
        if (!verb || i > 0 && FrameGrammar.nounBefore(v, i - 1) && !v.inQuote(i - 1)) return null;
        if (v.inQuote(particle) || v.isPunct(particle + 1) && !v.isQuoteMark(particle + 1)) return null;
        return new Cue(i, particle + 1, CueType.SPEECH_VERB,
                Decision.of(NAME, "“" + v.token(i).text() + " " + v.token(particle).text() + "”, its object the report"));
    }
}
