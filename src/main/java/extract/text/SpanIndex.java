package extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items with spans, sorted by start, answering "which overlap this stretch" by binary search, so
 * that work per statement depends on what lies near it, not on the length of the article.
 */
public final class SpanIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] maxEnd; // the largest end among items 0..k: where to stop looking back
    private final Function<T, Span> spanOf;

    public SpanIndex(List<T> items, Function<T, Span> spanOf) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(spanOf));
        this.items = sorted;
        this.starts = new int[sorted.size()];
        this.maxEnd = new int[sorted.size()];
        int max = Integer.MIN_VALUE;
        for (int k = 0; k < sorted.size(); k++) {
            Span s = spanOf.apply(sorted.get(k));
            starts[k] = s.start();
            max = Math.max(max, s.end());
            maxEnd[k] = max;
        }
        this.spanOf = spanOf;
    }

    /** The items whose spans overlap {@code region}, in text order. */
    public List<T> overlapping(Span region) {
        int hi = firstStartAtOrAfter(region.end());
        List<T> out = new ArrayList<>();
        for (int k = hi - 1; k >= 0 && maxEnd[k] > region.start(); k--) {
            if (spanOf.apply(items.get(k)).overlaps(region)) out.add(items.get(k));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The items whose spans lie inside {@code region}, in text order. */
    public List<T> inside(Span region) {
        List<T> out = new ArrayList<>();
        for (int k = firstStartAtOrAfter(region.start()); k < starts.length && starts[k] < region.end(); k++) {
            if (region.contains(spanOf.apply(items.get(k)))) out.add(items.get(k));
        }
        return out;
    }

    public boolean anyOverlaps(Span region) {
        int hi = firstStartAtOrAfter(region.end());
        for (int k = hi - 1; k >= 0 && maxEnd[k] > region.start(); k--) {
            if (spanOf.apply(items.get(k)).overlaps(region)) return true;
        }
        return false;
    }

    /** The items whose spans start in [from, to), in text order. */
    public List<T> startingIn(int from, int to) {
        List<T> out = new ArrayList<>();
        for (int k = firstStartAtOrAfter(from); k < starts.length && starts[k] < to; k++) out.add(items.get(k));
        return out;
    }

    private int firstStartAtOrAfter(int offset) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
