package extract.tagging;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A model's predicate map (feature string to its parameters), looked up through one open-addressing
 * table once the run is long enough to pay for it: the string's cached hash is compared before its
 * characters, and a probe walks two flat arrays instead of HashMap nodes. Building the table for the
 * name finder's 213,000 predicates costs about 0.07 s of CPU, which one article never earns back, so
 * the first {@link #BUILD_AFTER} lookups go to the model's own map. Shared by all threads: the map is
 * read-only, and the table is built once and published through a volatile field.
 */
final class PredicateTable {
    static final int BUILD_AFTER = 100_000; // lookups: a few articles' worth

    private final Map<String, Context> map;
    private volatile Slots slots; // null until built
    private int lookups; // counted without synchronisation: a lost update only delays the build a little

    PredicateTable(Map<String, Context> predicates) {
        this.map = predicates;
    }

    /** The predicate's parameters, or null when the model does not know it. */
    Context get(String predicate) {
        Slots s = slots;
        if (s != null) return s.get(predicate);
        if (++lookups > BUILD_AFTER) build();
        return map.get(predicate);
    }

    /** Whether lookups go through the open-addressing table yet. */
    boolean built() {
        return slots != null;
    }

    private synchronized void build() {
        if (slots == null) slots = new Slots(map);
    }

    /** The table itself: immutable once made. */
    private static final class Slots {
        private final String[] keys;
        private final int[] hashes;
        private final Context[] values;
        private final int mask;

        Slots(Map<String, Context> predicates) {
            int size = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1; // load factor <= 1/2
            keys = new String[size];
            hashes = new int[size];
            values = new Context[size];
            mask = size - 1;
            for (Map.Entry<String, Context> e : predicates.entrySet()) {
                int h = e.getKey().hashCode();
                int slot = spread(h) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = e.getKey();
                hashes[slot] = h;
                values[slot] = e.getValue();
            }
        }

        Context get(String predicate) {
            int h = predicate.hashCode();
            for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && predicate.equals(keys[slot])) return values[slot];
            }
            return null;
        }

        private static int spread(int h) {
            return (h ^ (h >>> 16)) * 0x9E3779B1;
        }
    }
}
