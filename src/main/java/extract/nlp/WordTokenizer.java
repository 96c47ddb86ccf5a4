package extract.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * {@link TokenizerME}'s tokens, with each whitespace-delimited word's split remembered. OpenNLP
 * decides every split inside a word from that word alone (features of the characters around each
 * position within it), so a word splits the same way wherever it occurs; news text repeats most of
 * its words, and asking the model once per distinct word instead of once per character of every
 * occurrence removes most of the tokenizer's work with the same tokens. Words longer than
 * {@link LongWords#MAX_CHARS} go through {@link LongWords} uncached. Not thread-safe: one per worker.
 */
final class WordTokenizer {
    private static final int MAX_WORDS = 50_000; // the memory starts afresh beyond this: about 5 MB

    private final TokenizerME tokenizer;
    private final Map<String, int[]> splits = new HashMap<>(); // word -> token start, end, start, end... within it

    WordTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The tokens of the text, as {@code LongWords.tokenize(tokenizer, text)} gives them. */
    Span[] tokenize(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (StringUtil.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !StringUtil.isWhitespace(text.charAt(end))) end++;
            String word = text.substring(i, end);
            if (word.length() > LongWords.MAX_CHARS) {
                for (Span s : LongWords.tokenize(tokenizer, word)) out.add(new Span(i + s.getStart(), i + s.getEnd()));
            } else {
                int[] split = splits.get(word);
                if (split == null) split = remember(word);
                for (int k = 0; k < split.length; k += 2) out.add(new Span(i + split[k], i + split[k + 1]));
            }
            i = end;
        }
        return out.toArray(new Span[0]);
    }

    private int[] remember(String word) {
        Span[] spans = tokenizer.tokenizePos(word);
        int[] split = new int[2 * spans.length];
        for (int k = 0; k < spans.length; k++) {
            split[2 * k] = spans[k].getStart();
            split[2 * k + 1] = spans[k].getEnd();
        }
        if (splits.size() >= MAX_WORDS) splits.clear();
        splits.put(word, split);
        return split;
    }
}
