package extract.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Tokenization that stays linear in the length of a "word". OpenNLP's tokenizer builds, for every
 * character of a whitespace-delimited word, features holding the text before and after it, so one
 * 200,000-character word (a pasted blob, a base64 image) took 45 s. A word longer than
 * {@link #MAX_CHARS} (between OpenNLP's whitespace) is cut into pieces of at most that many characters (never inside a surrogate
 * pair) and each piece is tokenized on its own; every other word is tokenized exactly as before.
 */
final class LongWords {
    static final int MAX_CHARS = 256;

    private LongWords() {}

    static Span[] tokenize(TokenizerME tokenizer, String text) {
        if (!hasLongWord(text)) return tokenizer.tokenizePos(text);
        List<Span> out = new ArrayList<>();
        int from = 0; // start of the text not yet tokenized
        int i = 0;
        while (i < text.length()) {
            if (StringUtil.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !StringUtil.isWhitespace(text.charAt(end))) end++;
            if (end - i > MAX_CHARS) {
                add(tokenizer, text, from, i, out); // the ordinary words before it
                for (int p = i; p < end; ) {
                    int q = Math.min(end, p + MAX_CHARS);
                    if (q < end && Character.isLowSurrogate(text.charAt(q))) q--; // keep the pair whole
                    add(tokenizer, text, p, q, out);
                    p = q;
                }
                from = end;
            }
            i = end;
        }
        add(tokenizer, text, from, text.length(), out);
        return out.toArray(new Span[0]);
    }

    private static void add(TokenizerME tokenizer, String text, int from, int to, List<Span> out) {
        if (from >= to) return;
        for (Span s : tokenizer.tokenizePos(text.substring(from, to))) out.add(new Span(s.getStart() + from, s.getEnd() + from));
    }

    private static boolean hasLongWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = StringUtil.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > MAX_CHARS) return true;
        }
        return false;
    }
}
