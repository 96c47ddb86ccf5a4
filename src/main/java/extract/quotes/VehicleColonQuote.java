package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;

/**
 * "From Bush's Facebook post: “…”", "Trump's statement: “…”": a quotation after a colon whose
 * sentence opens with no verb, only a phrase naming what carries someone's words
 * ({@code speech-vehicles.txt}); that phrase is the source, and its author the speaker.
 */
final class VehicleColonQuote implements QuotationSieve {
    static final String NAME = "vehicle-colon";
    /** The most words before the colon: a lead-in, not a sentence. */
    private static final int MAX_WORDS = 8;
    private final CueLexicon lexicon;

    VehicleColonQuote(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        int si = ctx.doc().sentenceAt(q.start());
        if (si < 0) return null;
        TokenView v = ctx.views().get(si);
        int colon = -1;
        for (int k = 0; k < v.size() && v.token(k).end() <= q.start(); k++) colon = k;
        if (colon < 1 || colon > MAX_WORDS || !v.is(colon, ":") || !lexicon.speechVehicle(v.lower(colon - 1))) return null;
        int start = v.pos(0) == Upos.ADP ? 1 : 0; // "From Bush's post:", "In her letter:"
        for (int k = 0; k < colon; k++) {
            if (v.inQuote(k) || v.isVerb(k) || v.pos(k) == Upos.AUX) return null;
        }
        for (int k = start + 1; k < colon - 1; k++) {
            // "An excerpt from Trump's letter:", "The full text of her remarks:": the vehicle's own phrase
            if (v.pos(k) == Upos.ADP && !lexicon.speechVehicle(v.lower(k - 1))) {
                start = k + 1;
                break;
            }
        }
        if (start >= colon - 1) return null; // a bare "Statement:" is a label
        Span phrase = v.span(start, colon);
        Decision d = Decision.of(NAME, Frames.words(v, phrase) + " before the colon");
        return new Claim(q, QuoteKind.DIRECT, null, new ClaimSource.Named(phrase), Decision.NONE, d, d);
    }
}
