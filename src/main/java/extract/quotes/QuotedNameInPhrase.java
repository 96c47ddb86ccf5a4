package extract.quotes;

import extract.doc.NewsDocument;
import extract.doc.Upos;
import extract.doc.Word;

/**
 * "said on “DWTS.”", "the “Pose” actor": a direct quotation of one to three capitalised words right after a
 * preposition or determiner names a show, a film or a brand inside a phrase; nobody says it.
 */
final class QuotedNameInPhrase implements NotAStatement {
    private static final int MAX_WORDS = 3;

    @Override
    public boolean test(Claim claim, NewsDocument doc) {
        if (claim.kind() != QuoteKind.DIRECT) return false;
        int open = doc.wordAt(claim.content().start());
        if (open < 1) return false;
        Word before = doc.word(open - 1);
        if (before.quoted() || before.sentence() != doc.word(open).sentence()
                || before.pos() != Upos.ADP && before.pos() != Upos.DET) {
            return false;
        }
        int words = 0;
        for (int i = open; i < doc.words().size() && doc.word(i).start() < claim.content().end(); i++) {
            Word w = doc.word(i);
            if (w.text().equals("!") || w.text().equals("?")) return false; // "on Twitter: “Sad!”" is said
            if (w.punctuation()) continue;
            if (++words > MAX_WORDS || !Character.isUpperCase(w.text().codePointAt(0)) && !Character.isDigit(w.text().codePointAt(0))) {
                return false;
            }
        }
        return words > 0;
    }
}
