package extract.quotes;

import extract.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * What the quote stage found in a document: the source phrase of every frame in text order (also of
 * frames that report nothing themselves, so later pronouns can point back to them; empty for a frame
 * that names no source, "Asked whether …") and the claims.
 */
public record QuoteFindings(List<Optional<Span>> mentions, List<Claim> claims) {
    public QuoteFindings {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
