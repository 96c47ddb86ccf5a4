package extract.doc;

import extract.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items sorted by a span, for the look-ups that would otherwise scan a whole document per item
 * (which spans overlap this one, which start in this range): a 20 MB file stays linear.
 */
public final class SpanIndex<T> {
    private final List<T> items;
    private final Function<T, Span> spanOf;
    private final int maxLength;

    public SpanIndex(List<T> items, Function<T, Span> spanOf) {
        this.items = new ArrayList<>(items);
        this.spanOf = spanOf;
        this.items.sort(Comparator.comparing(spanOf));
        int max = 0;
        for (T t : this.items) max = Math.max(max, spanOf.apply(t).length());
        this.maxLength = max;
    }

    /** The items whose span overlaps {@code s}, in span order. */
    public List<T> overlapping(Span s) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(s.start() - maxLength); i < items.size(); i++) {
            Span x = spanOf.apply(items.get(i));
            if (x.start() >= s.end()) break;
            if (x.overlaps(s)) out.add(items.get(i));
        }
        return out;
    }

    /** The items whose span starts in [from, to), in span order. */
    public List<T> startingIn(int from, int to) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(from); i < items.size(); i++) {
            if (spanOf.apply(items.get(i)).start() >= to) break;
            out.add(items.get(i));
        }
        return out;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0, hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spanOf.apply(items.get(mid)).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
