package extract.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Cuts a run-on "sentence" (a paragraph with no full stop, a scraped table) into pieces the taggers
 * can handle: their beam search slows down with the square of the sentence length, so a 40,000-word
 * paragraph would take minutes. News sentences stay whole; a long one is cut at a comma, semicolon
 * or dash near the limit, else at the limit.
 */
final class LongSentences {
    static final int MAX_TOKENS = 200;

    private LongSentences() {}

    static List<Span[]> chunks(Span[] tokens, String text) {
        List<Span[]> out = new ArrayList<>();
        int from = 0;
        while (tokens.length - from > MAX_TOKENS) {
            int cut = from + MAX_TOKENS;
            for (int i = from + MAX_TOKENS - 1; i > from + MAX_TOKENS / 2; i--) {
                String t = text.substring(tokens[i].getStart(), tokens[i].getEnd());
                if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("\u2014") || t.equals("-")) {
                    cut = i + 1;
                    break;
                }
            }
            out.add(Arrays.copyOfRange(tokens, from, cut));
            from = cut;
        }
        if (from < tokens.length) out.add(Arrays.copyOfRange(tokens, from, tokens.length));
        return out;
    }
}
