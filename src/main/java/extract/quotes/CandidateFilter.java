package extract.quotes;

import java.util.List;

/** Decides which of a document's frame candidates (all with content) stand as attributions. */
interface CandidateFilter {
    List<Candidate> keep(List<Candidate> candidates);
}
