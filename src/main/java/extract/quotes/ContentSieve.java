package extract.quotes;

import java.util.List;

/** Finds the content a frame reports. */
interface ContentSieve {
    /** The candidate for frame {@code k} of the sentence's frames, or null when this sieve does not apply or finds none. */
    Candidate find(TokenView v, List<Frame> frames, int k);
}
