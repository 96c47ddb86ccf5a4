package extract.speaker;

/** Resolves a speaker mention to a speaker, or passes it on to the next sieve. */
interface SpeakerSieve {
    /** The resolution, or null when this sieve does not decide the mention. */
    Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain);
}
