package extract.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class PredicateTableTest {
    @Test
    void findsEveryPredicateAndNothingElse() {
        Map<String, Context> map = new HashMap<>();
        for (int i = 0; i < 20_000; i++) map.put("w=" + Integer.toString(i, 36), new Context(new int[] {i % 7}, new double[] {i}));
        map.put("Aa", new Context(new int[0], new double[0])); // "Aa" and "BB" share a hash code
        map.put("BB", new Context(new int[0], new double[0]));
        PredicateTable table = new PredicateTable(map);
        // before and after the table is built (a run's first lookups go to the map)
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(pass == 1, table.built());
            for (Map.Entry<String, Context> e : map.entrySet()) assertSame(e.getValue(), table.get(new String(e.getKey())));
            assertNull(table.get("w=unknown-feature"));
            assertNull(table.get(""));
            while (!table.built()) table.get("w=0");
        }
    }
}
