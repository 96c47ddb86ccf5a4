package extract.ner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gazetteer features of whole phrases: the sentence is matched left to right against a
 * {@link TokenTable} of phrases (tokens joined by spaces, digits written as 0), longest match
 * first, and every token of a match gets its categories with its place in it ("organization-B").
 * Matches are computed once a sentence; an instance belongs to one name finder, so to one thread.
 */
final class PhraseFeatures implements AdaptiveFeatureGenerator {
    private final TokenTable phrases;
    private final String prefix;
    private final int maxTokens;

    private String[] cachedTokens;
    private List<List<String>> cachedFeatures;

    PhraseFeatures(TokenTable phrases, String prefix, int maxTokens) {
        this.phrases = phrases;
        this.prefix = prefix;
        this.maxTokens = maxTokens;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedFeatures = match(tokens);
            cachedTokens = tokens;
        }
        features.addAll(cachedFeatures.get(index));
    }

    private List<List<String>> match(String[] tokens) {
        List<List<String>> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) out.add(new ArrayList<>(2));
        List<String> names = phrases.bitNames();
        // each token's bytes once; a phrase's bytes and hash grow token by token
        byte[][] bytes = new byte[tokens.length][];
        for (int t = 0; t < tokens.length; t++) bytes[t] = LexiconFeatures.digitsAsZero(tokens[t]).getBytes(StandardCharsets.UTF_8);
        byte[] phrase = new byte[64];
        int i = 0;
        while (i < tokens.length) {
            int last = -1;
            long categories = 0;
            int length = 0;
            int state = TokenTable.HASH_START;
            for (int j = i; j < Math.min(tokens.length, i + maxTokens); j++) {
                if (phrase.length < length + 1 + bytes[j].length) phrase = Arrays.copyOf(phrase, 2 * (length + 1 + bytes[j].length));
                if (j > i) {
                    phrase[length] = ' ';
                    state = TokenTable.hashMore(state, phrase, length, length + 1);
                    length++;
                }
                System.arraycopy(bytes[j], 0, phrase, length, bytes[j].length);
                state = TokenTable.hashMore(state, phrase, length, length + bytes[j].length);
                length += bytes[j].length;
                long c = phrases.get(phrase, 0, length, state);
                if (c != 0) {
                    last = j;
                    categories = c;
                }
            }
            if (last < 0) {
                i++;
                continue;
            }
            for (int k = i; k <= last; k++) {
                String place = last == i ? "U" : k == i ? "B" : k == last ? "L" : "I";
                for (int b = 0; b < names.size(); b++) {
                    if ((categories >>> b & 1) == 0) continue;
                    out.get(k).add(prefix + "=" + names.get(b));
                    out.get(k).add(prefix + "=" + names.get(b) + "-" + place);
                }
            }
            i = last + 1;
        }
        return out;
    }

    @Override
    public void clearAdaptiveData() {
        cachedTokens = null; // a new document may reuse a token array
    }
}
