package extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of the current token from a {@link TokenTable}: gazetteer categories (one feature per
 * named bit of the token's value) or a word cluster (the cluster path's prefixes, as Brown-cluster
 * features are usually given). Tokens are looked up with digits written as 0, as the tables were
 * made, and clusters in lower case. A token's features are computed once a sentence (the window
 * generators around this one ask for each token three times); an instance belongs to one name
 * finder, so to one thread.
 */
final class LexiconFeatures implements AdaptiveFeatureGenerator {
    /** How a value becomes features. */
    enum Kind { CATEGORIES, CLUSTER }

    private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};

    private final TokenTable table;
    private final String prefix;
    private final Kind kind;

    private String[] cachedTokens;
    private List<String>[] cachedFeatures;

    LexiconFeatures(TokenTable table, String prefix, Kind kind) {
        this.table = table;
        this.prefix = prefix;
        this.kind = kind;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedTokens = tokens;
            cachedFeatures = new List[tokens.length];
        }
        if (cachedFeatures[index] == null) cachedFeatures[index] = lookUp(tokens[index]);
        features.addAll(cachedFeatures[index]);
    }

    @Override
    public void clearAdaptiveData() {
        cachedTokens = null; // a new document may reuse a token array
    }

    private List<String> lookUp(String raw) {
        List<String> features = new ArrayList<>(2);
        String token = digitsAsZero(raw);
        if (kind == Kind.CLUSTER) token = token.toLowerCase(Locale.ROOT);
        long value = table.get(token);
        if (value == 0) return List.of();
        if (kind == Kind.CATEGORIES) {
            List<String> names = table.bitNames();
            for (int b = 0; b < names.size(); b++) if ((value >>> b & 1) != 0) features.add(prefix + "=" + names.get(b));
        } else {
            // the path's bits after a leading 1, which keeps its leading zeros
            String path = Long.toBinaryString(value).substring(1);
            for (int len : CLUSTER_PREFIXES) {
                if (len <= path.length() || len == CLUSTER_PREFIXES[0]) {
                    features.add(prefix + len + "=" + path.substring(0, Math.min(len, path.length())));
                }
            }
        }
        return features;
    }

    static String digitsAsZero(String token) {
        boolean digit = false;
        for (int i = 0; i < token.length() && !digit; i++) digit = token.charAt(i) >= '1' && token.charAt(i) <= '9';
        if (!digit) return token;
        char[] c = token.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= '1' && c[i] <= '9') c[i] = '0';
        return new String(c);
    }
}
