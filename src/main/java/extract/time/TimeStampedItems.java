package extract.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a live blog: each under a clock time on a line of its own ("2:45 p.m.", "11 a.m."),
 * as in AP's "The Latest". Items report from wherever the news was, so the dateline ("WASHINGTON
 * (AP) —") says where the blog was kept, not where anyone spoke; and one item's occasion is not the
 * next one's, which may be hours and miles apart.
 */
final class TimeStampedItems {
    private static final Pattern STAMP = Pattern.compile("(?m)^\\h*\\d{1,2}(?::\\d\\d)?\\h*[ap]\\.?m\\.?\\h*$",
            Pattern.CASE_INSENSITIVE);
    /** Two stamps make a list of items; one may be the time of a single update. */
    private static final int MIN_STAMPS = 2;

    private final List<Integer> stamps; // start of each stamp line, in text order; empty when no live blog

    private TimeStampedItems(List<Integer> stamps) {
        this.stamps = stamps;
    }

    static TimeStampedItems of(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = STAMP.matcher(text);
        while (m.find()) starts.add(m.start());
        return new TimeStampedItems(starts.size() >= MIN_STAMPS ? List.copyOf(starts) : List.of());
    }

    boolean isLiveBlog() {
        return !stamps.isEmpty();
    }

    /** Whether two offsets lie in the same item (always, outside a live blog). */
    boolean sameItem(int a, int b) {
        return item(a) == item(b);
    }

    private int item(int offset) {
        int k = Collections.binarySearch(stamps, offset);
        return k >= 0 ? k : -k - 1;
    }
}
