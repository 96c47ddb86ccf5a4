package extract.quotes;

import extract.doc.NewsDocument;

/** Recognises a claim that is no statement after all (a quoted title, a section label). */
interface NotAStatement {
    boolean test(Claim claim, NewsDocument doc);
}
