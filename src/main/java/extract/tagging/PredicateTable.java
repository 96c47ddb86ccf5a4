package extract.tagging;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A model's predicate map (feature string to its parameters) as one open-addressing table: the
 * string's cached hash is compared before its characters, and a probe walks two flat arrays
 * instead of HashMap nodes. Read-only after construction, so shared by all threads.
 */
final class PredicateTable {
    private final String[] keys;
    private final int[] hashes;
    private final Context[] values;
    private final int mask;

    PredicateTable(Map<String, Context> predicates) {
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

    /** The predicate's parameters, or null when the model does not know it. */
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
