package extract.quotes;

import extract.doc.NewsDocument;
import extract.text.SpanIndex;
import java.util.List;

/** What the quotation sieves read of one document: its sentences and the frames a quotation may borrow. */
record QuotationContext(NewsDocument doc, List<TokenView> views, SpanIndex<Anchor> anchorsByCue) {
    String text() {
        return doc.text();
    }
}
