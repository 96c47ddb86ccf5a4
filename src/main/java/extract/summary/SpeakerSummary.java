package extract.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Speakers over a whole batch, one entry per canonical name (case ignored), most quoted first. A
 * one-word name that is the last word of exactly one longer person's name in the batch is that
 * person ("Trump" in one article, "Donald Trump" in the others). Holds one entry per speaker, never
 * the quotations.
 */
public final class SpeakerSummary {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final Map<String, Integer> names = new LinkedHashMap<>(); // spellings, to show the most frequent
        final Map<String, Integer> types = new HashMap<>();
        final Map<String, Integer> titles = new LinkedHashMap<>(); // by lower-case form
        final Map<String, Map<String, Integer>> titleForms = new HashMap<>(); // spellings of each title, counted
        final Set<String> files = new HashSet<>();
        int quotations;
        String first = "", last = "";

        void add(SpeakerQuote q) {
            names.merge(q.speaker(), 1, Integer::sum);
            if (!q.type().isEmpty()) types.merge(q.type(), 1, Integer::sum);
            if (!q.title().isEmpty()) {
                String key = q.title().toLowerCase(Locale.ROOT);
                titles.merge(key, 1, Integer::sum);
                titleForms.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(q.title(), 1, Integer::sum);
            }
            files.add(q.file());
            quotations++;
            date(q.date());
        }

        void date(String d) {
            if (d.isEmpty()) return;
            if (first.isEmpty() || d.compareTo(first) < 0) first = d;
            if (last.isEmpty() || d.compareTo(last) > 0) last = d;
        }

        void absorb(Entry o) {
            o.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
            o.titles.forEach((k, v) -> titles.merge(k, v, Integer::sum));
            o.titleForms.forEach((k, forms) -> forms.forEach((f, n) -> titleForms.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(f, n, Integer::sum)));
            files.addAll(o.files);
            quotations += o.quotations;
            date(o.first);
            date(o.last);
        }

        SpeakerRow row() {
            String title = best(titles);
            // the most frequent spelling of the most frequent title ("Chinese President" over a headline's "Chinese president")
            return new SpeakerRow(best(names), best(types), title.isEmpty() ? "" : best(titleForms.get(title)), quotations,
                    files.size(), first, last);
        }

        /** The most frequent key; ties go to the one seen first. */
        private static String best(Map<String, Integer> counts) {
            String best = "";
            int n = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }
    }

    public void add(List<SpeakerQuote> quotes) {
        for (SpeakerQuote q : quotes) entries.computeIfAbsent(q.speaker().toLowerCase(Locale.ROOT), k -> new Entry()).add(q);
    }

    /** One row per speaker, most quoted first, then in most articles, then by name. */
    public List<SpeakerRow> rows() {
        Map<String, Entry> merged = new LinkedHashMap<>(entries);
        Map<String, List<String>> fullNamesByLastWord = new HashMap<>();
        for (Map.Entry<String, Entry> e : merged.entrySet()) {
            String[] words = e.getKey().split("\\s+");
            if (words.length > 1 && "person".equals(Entry.best(e.getValue().types))) {
                fullNamesByLastWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (String key : new ArrayList<>(merged.keySet())) {
            List<String> full = fullNamesByLastWord.get(key);
            if (key.contains(" ") || full == null || full.size() != 1) continue;
            Entry shortName = merged.remove(key);
            if (!Set.of("", "person").contains(Entry.best(shortName.types))) {
                merged.put(key, shortName);
                continue;
            }
            merged.get(full.get(0)).absorb(shortName);
        }
        List<SpeakerRow> rows = new ArrayList<>();
        for (Entry e : merged.values()) rows.add(e.row());
        rows.sort(Comparator.comparingInt(SpeakerRow::quotations).reversed()
                .thenComparing(Comparator.comparingInt(SpeakerRow::articles).reversed())
                .thenComparing(SpeakerRow::speaker));
        return rows;
    }
}
