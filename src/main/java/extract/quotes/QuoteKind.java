package extract.quotes;

import java.util.Locale;

/** How the words are reported: wholly in quotation marks, a paraphrase holding quoted words, or no marks. */
public enum QuoteKind {
    DIRECT, MIXED, INDIRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
