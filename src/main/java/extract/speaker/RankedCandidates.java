package extract.speaker;

import extract.text.Span;
import java.util.List;

/**
 * The candidates the speaker ranker weighed for one pronoun mention, or for one quotation without a
 * frame (then {@code at} is the quotation's content), in the order it listed them: each a speaker
 * name and the features it was scored on. Kept for training ({@link SpeakerStage#recording}); at
 * run time only the best candidate matters.
 */
public record RankedCandidates(Kind kind, Span at, List<Candidate> candidates) {
    /** What is being resolved: a pronoun ("he", "she", "it") or a quotation with no words naming its speaker. */
    public enum Kind { PRONOUN, QUOTATION }

    public RankedCandidates {
        candidates = List.copyOf(candidates);
    }

    /** One name the mention may refer to and its features ("type=PERSON", "agree=yes", ...). */
    public record Candidate(String name, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }
}
