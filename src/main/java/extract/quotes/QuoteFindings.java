package extract.quotes;

import extract.text.Span;
import java.util.List;

/**
 * What the quote stage found in a document: the source phrase of every frame in text order (also of
 * frames that report nothing themselves, so later pronouns can point back to them) and the claims.
 */
public record QuoteFindings(List<Span> mentions, List<Claim> claims) {
    public QuoteFindings {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
