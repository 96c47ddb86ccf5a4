package extract.quotes;

import extract.text.ModelText;
import extract.text.Span;

/**
 * A quotation signed with a dash and a name that ends its paragraph ("…” ― Pamela Padilla", as in
 * collected reader quotes): the name is the source.
 */
final class SignedQuote implements QuotationSieve {
    static final String NAME = "signed-quote";

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        Span name = signature(q, ctx.text());
        if (name == null) return null;
        Decision d = Decision.of(NAME, "“" + name.of(ctx.text()) + "” after a dash");
        return new Claim(q, QuoteKind.DIRECT, null, new ClaimSource.Named(name), Decision.NONE, d, d);
    }

    private static Span signature(Span q, String text) {
        int i = q.end();
        while (i < text.length() && ModelText.isSpace(text.charAt(i))) i++;
        if (i >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(i)) < 0) return null;
        i++;
        while (i < text.length() && ModelText.isSpace(text.charAt(i))) i++;
        int start = i;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        int end = i;
        while (end > start && (".,;".indexOf(text.charAt(end - 1)) >= 0 || ModelText.isSpace(text.charAt(end - 1)))) end--;
        if (end - start < 2 || end - start > 60 || !Character.isUpperCase(text.codePointAt(start))) return null;
        for (String word : text.substring(start, end).split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !word.equals("de") && !word.equals("van")) return null;
        }
        return new Span(start, end);
    }
}
