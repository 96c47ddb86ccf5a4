package extract.eval;

import extract.quotes.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures by sieve: for each part of an attribution (cue, source, span, speaker) and each sieve that
 * decided it, how many rows it decided, how many matched a gold attribution (their precision), and
 * on how many of those the speaker was right.
 */
public record RuleFigures(List<Line> lines) {
    public record Line(String part, String sieve, int rows, int matched, int speakerRight) {
        public double precision() {
            return rows == 0 ? 0 : (double) matched / rows;
        }

        public double speakerAccuracy() {
            return matched == 0 ? 0 : (double) speakerRight / matched;
        }
    }

    private static final List<String> PARTS = List.of("cue", "source", "span", "speaker");

    public static RuleFigures of(List<ArticleScore> scores) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ArticleScore s : scores) {
            for (SystemVerdict v : s.all().system()) {
                Map<String, String> sieves = Provenance.sieves(v.row().rule());
                for (String part : PARTS) {
                    String key = PARTS.indexOf(part) + "\t" + part + "\t" + sieves.getOrDefault(part, "(none)");
                    int[] c = counts.computeIfAbsent(key, k -> new int[3]);
                    c[0]++;
                    if (v.matched()) c[1]++;
                    if (v.matched() && v.speakerRight()) c[2]++;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        counts.forEach((k, c) -> {
            String[] f = k.split("\t");
            lines.add(new Line(f[1], f[2], c[0], c[1], c[2]));
        });
        return new RuleFigures(List.copyOf(lines));
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-34s %6s %8s %9s %8s %9s%n", "by rule", "rows", "matched", "precision",
                "speaker", "accuracy"));
        String part = "";
        for (Line l : lines) {
            if (!l.part().equals(part)) {
                part = l.part();
                b.append(part).append(':').append(System.lineSeparator());
            }
            b.append(String.format(Locale.ROOT, "  %-32s %6d %8d %9.3f %8d %9.3f%n", l.sieve(), l.rows(), l.matched(),
                    l.precision(), l.speakerRight(), l.speakerAccuracy()));
        }
        return b.toString();
    }

    /** Writes a "by_rule" field: one object per line of the table. */
    void writeJson(com.fasterxml.jackson.core.JsonGenerator g) throws java.io.IOException {
        g.writeArrayFieldStart("by_rule");
        for (Line l : lines) {
            g.writeStartObject();
            g.writeStringField("part", l.part());
            g.writeStringField("sieve", l.sieve());
            g.writeNumberField("rows", l.rows());
            g.writeNumberField("matched", l.matched());
            g.writeNumberField("speaker_right", l.speakerRight());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
