package extract.time;

import extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which way an expression without "last" or "next" points: "said on Sunday" is past, "will speak on Sunday" future. */
public enum Tense {
    PAST, FUTURE;

    private static final Set<String> MODALS = Set.of("will", "'ll", "\u2019ll", "shall");
    /** Words of intent before "to": "plans to announce", "is due to address". */
    private static final Set<String> INTENT = Lexicons.words("future-markers.txt");

    /** Whether token j puts what follows in the future: "will", "'ll", "shall", or "to" after a word of intent. */
    static boolean marksFuture(List<Token> toks, int j) {
        String w = toks.get(j).text().toLowerCase(Locale.ROOT);
        return MODALS.contains(w) || w.equals("to") && j > 0 && INTENT.contains(toks.get(j - 1).text().toLowerCase(Locale.ROOT));
    }
}
