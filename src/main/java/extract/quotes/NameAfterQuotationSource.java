package extract.quotes;

import extract.text.Span;
import java.util.List;

/**
 * "“…,” study lead author Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center in
 * Greenbelt, Maryland, said in a statement.": a name right after a closing quotation, a description
 * between commas, then the cue with nothing reported after it; the name speaks, however many commas
 * its description holds.
 */
final class NameAfterQuotationSource implements SourceSieve {
    static final String NAME = "name-after-quotation";
    /** How many words the name's phrase may take ("study lead author Lucas Paganini"). */
    private static final int MAX_NAME = 6;
    private final FrameGrammar grammar;

    NameAfterQuotationSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        int i = cue.start();
        if (!cue.verb() || i < 4 || !v.is(i - 1, ",") || v.inQuote(i - 1)) return SourceResult.PASS;
        int close = i - 2;
        while (close > 0 && i - close <= SourcePhrases.MAX_APPOSITIVE && !v.inQuote(close)) close--;
        if (!v.closesFramedQuotation(close)) return SourceResult.PASS;
        int comma = close + 1;
        while (comma < i && comma - close <= MAX_NAME && !v.isPunct(comma)) comma++;
        if (comma == close + 1 || comma >= i - 1 || !v.is(comma, ",") || !v.nameLike(comma - 1)) return SourceResult.PASS;
        // (a phrase of names or roles: not "…,” as Mrs. Clinton, then the secretary, put it")
        for (int k = close + 1; k < comma; k++) if (!v.nounPhrasePart(k) && !v.isVerb(k)) return SourceResult.PASS; // "lead/VERB author"
        // (where the subject before the cue is that name already, the subject's sieve decides)
        if (site.subject() != null && site.subject().start() >= close + 1 && site.subject().end() <= comma) return SourceResult.PASS;
        Complement c = grammar.complement(v, i);
        if (c.after()) return SourceResult.PASS;
        Span s = v.span(close + 1, comma);
        return SourceResult.of(Frames.of(v, cue, s, close + 1, c.at(), Frame.Direction.BEFORE, -1, true, NAME,
                Frames.words(v, s) + " right after the quotation, before its description and " + Frames.cueWords(v, cue)));
    }
}
