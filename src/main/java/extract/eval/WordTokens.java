package extract.eval;

import extract.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The word tokens of one text (maximal runs of letters and digits; punctuation and quotation marks
 * are not tokens). A span is compared as the set of token positions it touches, so repeated words
 * count apart and discontinuous or merged spans are plain unions.
 */
final class WordTokens {
    private final int[] starts;
    private final int[] ends;

    WordTokens(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int s = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                found.add(new int[] {s, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        starts = new int[found.size()];
        ends = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            starts[k] = found.get(k)[0];
            ends[k] = found.get(k)[1];
        }
    }

    int size() {
        return starts.length;
    }

    /** Positions of the tokens that overlap any of the spans. */
    BitSet of(List<Span> spans) {
        BitSet set = new BitSet(starts.length);
        for (Span s : spans) {
            if (s.length() == 0) continue;
            int first = firstEndingAfter(s.start());
            for (int k = first; k < starts.length && starts[k] < s.end(); k++) set.set(k);
        }
        return set;
    }

    BitSet of(Span span) {
        return of(List.of(span));
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    static double jaccard(BitSet a, BitSet b) {
        BitSet union = (BitSet) a.clone();
        union.or(b);
        if (union.isEmpty()) return 0;
        BitSet common = (BitSet) a.clone();
        common.and(b);
        return (double) common.cardinality() / union.cardinality();
    }

    private int firstEndingAfter(int offset) {
        int k = Arrays.binarySearch(ends, offset + 1);
        if (k < 0) k = -k - 1;
        return k;
    }
}
