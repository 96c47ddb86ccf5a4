package extract.quotes;

import extract.text.Span;

/** Attributes a quotation that no frame took: to a frame nearby, a signature or its paragraph. */
interface QuotationSieve {
    /** The claim for the quotation, or null when this sieve does not attribute it. */
    Claim find(Span quote, QuotationContext context);
}
