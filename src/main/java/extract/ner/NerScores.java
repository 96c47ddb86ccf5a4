package extract.ner;

import java.util.Map;
import java.util.TreeMap;

/** Precision, recall and F1 per entity type and overall (micro-averaged over all names). */
public record NerScores(Map<String, Counts> byType, Counts overall) {
    public NerScores {
        byType = Map.copyOf(byType);
    }

    /** Gold names, names found, and found names that match a gold one exactly. */
    public record Counts(int gold, int found, int correct) {
        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, found + o.found, correct + o.correct);
        }
    }

    public NerScores plus(NerScores o) {
        Map<String, Counts> sum = new TreeMap<>(byType);
        o.byType.forEach((t, c) -> sum.merge(t, c, Counts::plus));
        return new NerScores(sum, overall.plus(o.overall));
    }

    static final class Builder {
        private final Map<String, int[]> counts = new TreeMap<>();

        private int[] of(String type) {
            return counts.computeIfAbsent(type, t -> new int[3]);
        }

        void gold(String type) {
            of(type)[0]++;
        }

        void found(String type) {
            of(type)[1]++;
        }

        void correct(String type) {
            of(type)[2]++;
        }

        NerScores build() {
            Map<String, Counts> byType = new TreeMap<>();
            Counts all = new Counts(0, 0, 0);
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                Counts c = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
                byType.put(e.getKey(), c);
                all = all.plus(c);
            }
            return new NerScores(byType, all);
        }
    }
}
