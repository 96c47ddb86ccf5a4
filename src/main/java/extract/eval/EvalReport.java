package extract.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The figures of one evaluation run, as text for people and as one JSON object for scripts. */
public record EvalReport(int articles, int failed, double seconds, Figures all, Figures direct) {

    public static EvalReport of(List<ArticleScore> scores, int failed, double seconds) {
        return new EvalReport(scores.size(), failed, seconds,
                Figures.of(scores.stream().map(ArticleScore::all).toList()),
                Figures.of(scores.stream().map(ArticleScore::direct).toList()));
    }

    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : articles / seconds;
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "articles: %d scored, %d failed%n%n", articles, failed));
        header(b, "quote detection", "matched");
        row(b, "all attributions", all, false);
        row(b, "direct quotes", direct, false);
        b.append(String.format(Locale.ROOT, "%nspeaker accuracy on matched quotes: %s%n", ratio(all.speakerAccuracy())));
        for (SourceKind k : SourceKind.values()) {
            b.append(String.format(Locale.ROOT, "  gold source %-13s %s%n", k.label() + ":", ratio(all.speakerByKind().get(k))));
        }
        // the rest name no one by name ("he" whose coreference holds only "the daughter"): no resolved name can match them
        b.append(String.format(Locale.ROOT, "  gold names someone:       %s%n", ratio(all.speakerWhereGoldNames())));
        b.append(System.lineSeparator());
        header(b, "end-to-end", "right");
        row(b, "all attributions", all, true);
        row(b, "direct quotes", direct, true);
        b.append(String.format(Locale.ROOT, "%ntime: %.1f s, %.1f articles/s%n", seconds, articlesPerSecond()));
        return b.toString();
    }

    private static void header(StringBuilder b, String title, String counted) {
        b.append(String.format(Locale.ROOT, "%-20s %9s %7s %7s %7s %8s %7s %8s%n",
                title, "precision", "recall", "F1", "gold", counted, "system", counted));
    }

    private static void row(StringBuilder b, String label, Figures f, boolean endToEnd) {
        b.append(String.format(Locale.ROOT, "  %-18s %9.3f %7.3f %7.3f %7d %8d %7d %8d%n", label,
                endToEnd ? f.endToEndPrecision() : f.precision(), endToEnd ? f.endToEndRecall() : f.recall(),
                endToEnd ? f.endToEndF1() : f.f1(), f.gold(), endToEnd ? f.goldSpeakerRight() : f.goldMatched(),
                f.system(), endToEnd ? f.systemSpeakerRight() : f.systemMatched()));
    }

    private static String ratio(Figures.Ratio r) {
        return String.format(Locale.ROOT, "%.3f (%d of %d)", r.value(), r.part(), r.whole());
    }

    public String toJson() {
        return toJson(null);
    }

    /** The figures as one JSON object; {@code byRule}, when given, adds a "by_rule" array. */
    public String toJson(RuleFigures byRule) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("articles", articles);
            g.writeNumberField("failed", failed);
            g.writeNumberField("seconds", round(seconds));
            g.writeNumberField("articles_per_second", round(articlesPerSecond()));
            g.writeFieldName("all");
            figures(g, all);
            g.writeFieldName("direct");
            figures(g, direct);
            if (byRule != null) byRule.writeJson(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void figures(JsonGenerator g, Figures f) throws IOException {
        g.writeStartObject();
        g.writeNumberField("gold", f.gold());
        g.writeNumberField("gold_matched", f.goldMatched());
        g.writeNumberField("system", f.system());
        g.writeNumberField("system_matched", f.systemMatched());
        g.writeNumberField("precision", round(f.precision()));
        g.writeNumberField("recall", round(f.recall()));
        g.writeNumberField("f1", round(f.f1()));
        g.writeObjectFieldStart("speaker");
        ratio(g, "accuracy", f.speakerAccuracy());
        g.writeObjectFieldStart("by_source_kind");
        for (SourceKind k : SourceKind.values()) ratio(g, k.label(), f.speakerByKind().get(k));
        g.writeEndObject();
        ratio(g, "where_gold_names_someone", f.speakerWhereGoldNames());
        g.writeEndObject();
        g.writeObjectFieldStart("end_to_end");
        g.writeNumberField("gold_right", f.goldSpeakerRight());
        g.writeNumberField("system_right", f.systemSpeakerRight());
        g.writeNumberField("precision", round(f.endToEndPrecision()));
        g.writeNumberField("recall", round(f.endToEndRecall()));
        g.writeNumberField("f1", round(f.endToEndF1()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void ratio(JsonGenerator g, String name, Figures.Ratio r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("right", r.part());
        g.writeNumberField("matched", r.whole());
        g.writeNumberField("value", round(r.value()));
        g.writeEndObject();
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
