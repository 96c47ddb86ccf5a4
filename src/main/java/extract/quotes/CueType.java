package extract.quotes;

/** What kind of words make a cue. */
enum CueType {
    /** "said", "told", "insists": a reporting verb. */
    SPEECH_VERB,
    /** "believes", "thinks": only before a clause. */
    BELIEF_VERB,
    /** "according to", "as reported by": the source follows. */
    SOURCE_PHRASE,
    /** "in a new poll": the document named after "in" is the source of its sentence. */
    DOCUMENT,
    /** "Trump's claim that …": a noun of saying after its owner. */
    CLAIM_NOUN,
    /** "Name: words" opening a paragraph. */
    COLON
}
