package extract.cli;

import extract.output.QuoteRow;
import extract.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Notices rows whose time is relative ("on Sunday", "last week") but got no date, because neither
 * --date nor the article gave a reference date, and tells the user once, at the end, how to give
 * one. Times of occasions ("during the visit") are left out: no reference date would date them.
 */
final class UndatedTimes {
    private static final Set<String> RELATIVE = WordLists.words("/extract/cli/relative-time-words.txt");

    private final boolean dateGiven;
    private final AtomicInteger rows = new AtomicInteger();

    UndatedTimes(boolean dateGiven) {
        this.dateGiven = dateGiven;
    }

    void look(List<QuoteRow> found) {
        if (dateGiven) return;
        for (QuoteRow r : found) {
            if (r.date().isEmpty() && isRelative(r.when())) rows.incrementAndGet();
        }
    }

    static boolean isRelative(String when) {
        for (String w : when.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (RELATIVE.contains(w)) return true;
        }
        return false;
    }

    /** What to tell the user, once, at the end of the run. */
    Optional<String> note() {
        int n = rows.get();
        if (n == 0) return Optional.empty();
        return Optional.of(n + " relative time" + (n == 1 ? "" : "s") + " (such as 'on Sunday') left undated:"
                + " no reference date; give one with --date YYYY-MM-DD, a date line at the head of the article"
                + " ('Jan. 10, 2019'), or the page's metadata (HTML)");
    }
}
