package extract.quotes;

import extract.doc.NewsDocument;

/** "said on “Meet the Press.”": a direct quotation that is a title of a few capitalised words is no statement. */
final class QuotedTitle implements NotAStatement {
    private final QuotedTitles titles;

    QuotedTitle(QuotedTitles titles) {
        this.titles = titles;
    }

    @Override
    public boolean test(Claim claim, NewsDocument doc) {
        return claim.kind() == QuoteKind.DIRECT && titles.isTitle(claim.content().of(doc.text()));
    }
}
