package extract.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and scores over a set of articles. Detection precision counts system rows that are part
 * of a match, recall gold items matched; end-to-end counts only those whose speaker is right.
 * Speaker accuracy is over matched gold items, overall, by the kind of gold source, and over those
 * whose gold names someone by name (the others no resolved name can match).
 */
public record Figures(int gold, int goldMatched, int goldSpeakerRight,
                      int system, int systemMatched, int systemSpeakerRight,
                      Map<SourceKind, Ratio> speakerByKind, Ratio speakerWhereGoldNames) {

    /** {@code part} of {@code whole}; 0 when there is nothing to count. */
    public record Ratio(int part, int whole) {
        public double value() {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    public Figures {
        speakerByKind = Map.copyOf(speakerByKind);
    }

    public static Figures of(List<Outcome> outcomes) {
        int g = 0, gm = 0, gr = 0, s = 0, sm = 0, sr = 0, named = 0, namedRight = 0;
        Map<SourceKind, int[]> byKind = new EnumMap<>(SourceKind.class);
        for (SourceKind k : SourceKind.values()) byKind.put(k, new int[2]);
        for (Outcome o : outcomes) {
            for (GoldVerdict v : o.gold()) {
                g++;
                if (!v.matched()) continue;
                gm++;
                int[] k = byKind.get(v.gold().kind());
                k[1]++;
                if (v.gold().namesSomeone() || v.gold().kind() == SourceKind.NAME) {
                    named++;
                    if (v.speakerRight()) namedRight++;
                }
                if (v.speakerRight()) {
                    gr++;
                    k[0]++;
                }
            }
            for (SystemVerdict v : o.system()) {
                s++;
                if (v.matched()) sm++;
                if (v.matched() && v.speakerRight()) sr++;
            }
        }
        Map<SourceKind, Ratio> kinds = new EnumMap<>(SourceKind.class);
        byKind.forEach((k, c) -> kinds.put(k, new Ratio(c[0], c[1])));
        return new Figures(g, gm, gr, s, sm, sr, kinds, new Ratio(namedRight, named));
    }

    public double precision() {
        return new Ratio(systemMatched, system).value();
    }

    public double recall() {
        return new Ratio(goldMatched, gold).value();
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public Ratio speakerAccuracy() {
        return new Ratio(goldSpeakerRight, goldMatched);
    }

    public double endToEndPrecision() {
        return new Ratio(systemSpeakerRight, system).value();
    }

    public double endToEndRecall() {
        return new Ratio(goldSpeakerRight, gold).value();
    }

    public double endToEndF1() {
        return f1(endToEndPrecision(), endToEndRecall());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
