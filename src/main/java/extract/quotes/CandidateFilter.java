package extract.quotes;

import java.util.List;

/** Decides which of a document's frame candidates (all with content) stand as attributions. */
interface CandidateFilter {
    /** The candidates that stand; {@code views} are the document's sentences, by index. */
    List<Candidate> keep(List<Candidate> candidates, List<TokenView> views);
}
