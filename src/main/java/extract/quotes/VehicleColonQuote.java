package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.Set;

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

    /** The forms of "be" that join a vehicle to the word that judges it ("was clear", "is simple"). */
    private static final Set<String> BE = Set.of("is", "was", "are", "were");

    /**
     * "The message from the White House was clear:", "His answer was simple:": where the words before the colon
     * end in a form of "be" and an adjective (an adverb may stand before it), the vehicle's phrase ends before them,
     * and that word's index stands for the colon's; else the colon's own index.
     */
    private static int beforeVerdict(TokenView v, int colon) {
        int adjective = colon - 1;
        if (adjective < 2 || v.pos(adjective) != Upos.ADJ) return colon;
        int be = adjective - 1;
        if (v.pos(be) == Upos.ADV && be > 1) be--;
        return BE.contains(v.lower(be)) && !v.inQuote(be) ? be : colon;
    }

    /** A vehicle noun before "from" or "by" among words [0, end) ("the message from the White House"). */
    private boolean vehicleFrom(TokenView v, int end) {
        for (int k = 0; k + 2 < end; k++) {
            if (lexicon.speechVehicle(v.lower(k)) && (v.is(k + 1, "from") || v.is(k + 1, "by"))) return true;
        }
        return false;
    }

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        int si = ctx.doc().sentenceAt(q.start());
        if (si < 0) return null;
        TokenView v = ctx.views().get(si);
        int colon = -1;
        for (int k = 0; k < v.size() && v.token(k).end() <= q.start(); k++) colon = k;
        if (colon < 1 || colon > MAX_WORDS || !v.is(colon, ":")) return null;
        int verdict = beforeVerdict(v, colon);
        // ("The message from the White House was clear:": after a verdict the vehicle may have its author after it)
        boolean vehicle = lexicon.speechVehicle(v.lower(verdict - 1)) || verdict < colon && vehicleFrom(v, verdict);
        colon = verdict;
        if (!vehicle) return null;
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
