package extract.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import extract.eval.Figures.Ratio;
import extract.eval.WhenWhereVerdict.Judgement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The when/where figures. Accuracy is over gold statements with a date (a place) that a row matched;
 * "over all" also counts the unmatched ones as not right. False values are counted over matched rows:
 * a value where the gold says '-', a wrong one, or a date finer than the text gives (a coarser date
 * that holds the gold's is not right, but not false either).
 */
public record WhenWhereReport(int articles, int failed, int statements, int matched,
                              int dated, Ratio dateAccuracy, Ratio dateLenient, int dateCoarser, Ratio dateOverAll,
                              Map<String, Ratio> dateByBasis,
                              int placed, Ratio placeAccuracy, Ratio placeOverAll, Map<String, Ratio> placeByBasis,
                              Ratio falseDates, int falseDatesOnOpen, Ratio falsePlaces, int falsePlacesOnOpen,
                              Ratio falseRows, double seconds) {
    private static final List<String> DATE_BASES = List.of("stated", "occasion");
    private static final List<String> PLACE_BASES = List.of("stated", "occasion", "dateline");

    public WhenWhereReport {
        dateByBasis = Map.copyOf(dateByBasis);
        placeByBasis = Map.copyOf(placeByBasis);
    }

    public static WhenWhereReport of(List<WhenWhereVerdict> verdicts, int articles, int failed, double seconds) {
        List<WhenWhereVerdict> matched = verdicts.stream().filter(WhenWhereVerdict::matched).toList();
        Predicate<WhenWhereVerdict> dated = v -> v.gold().hasDate();
        Predicate<WhenWhereVerdict> placed = v -> v.gold().hasPlace();
        Predicate<WhenWhereVerdict> dateRight = v -> v.dateJudgement() == Judgement.RIGHT;
        Predicate<WhenWhereVerdict> placeRight = v -> v.placeJudgement() == Judgement.RIGHT;

        Map<String, Ratio> dateByBasis = new LinkedHashMap<>();
        for (String b : DATE_BASES) {
            dateByBasis.put(b, ratio(matched, dated.and(v -> v.gold().dateBasis().equals(b)), dateRight));
        }
        Map<String, Ratio> placeByBasis = new LinkedHashMap<>();
        for (String b : PLACE_BASES) {
            placeByBasis.put(b, ratio(matched, placed.and(v -> v.gold().placeBasis().equals(b)), placeRight));
        }
        return new WhenWhereReport(articles, failed, verdicts.size(), matched.size(),
                count(verdicts, dated),
                ratio(matched, dated, dateRight),
                ratio(matched, dated, dateRight.or(v -> v.dateJudgement() == Judgement.MORE_PRECISE)),
                count(matched, v -> v.dateJudgement() == Judgement.LESS_PRECISE),
                ratio(verdicts, dated, dateRight),
                dateByBasis,
                count(verdicts, placed),
                ratio(matched, placed, placeRight),
                ratio(verdicts, placed, placeRight),
                placeByBasis,
                ratio(matched, v -> true, v -> v.dateJudgement().isFalse()),
                count(matched, v -> v.dateJudgement() == Judgement.FALSE),
                ratio(matched, v -> true, v -> v.placeJudgement().isFalse()),
                count(matched, v -> v.placeJudgement() == Judgement.FALSE),
                ratio(matched, v -> true, v -> v.dateJudgement().isFalse() || v.placeJudgement().isFalse()),
                seconds);
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        line(b, "articles: %d scored, %d failed", articles, failed);
        line(b, "gold statements: %d (%d with a date, %d with a place); matched by a row: %d%n",
                statements, dated, placed, matched);
        line(b, "date accuracy on matched statements with a gold date: %s", ratio(dateAccuracy));
        line(b, "  lenient (a finer date inside the gold's counts): %s", ratio(dateLenient));
        line(b, "  coarser than the gold but holding it (not right, not false): %d", dateCoarser);
        DATE_BASES.forEach(k -> line(b, "  gold basis %-9s %s", k + ":", ratio(dateByBasis.get(k))));
        line(b, "  over all gold statements with a date: %s%n", ratio(dateOverAll));
        line(b, "place accuracy on matched statements with a gold place: %s", ratio(placeAccuracy));
        PLACE_BASES.forEach(k -> line(b, "  gold basis %-9s %s", k + ":", ratio(placeByBasis.get(k))));
        line(b, "  over all gold statements with a place: %s%n", ratio(placeOverAll));
        line(b, "false values on matched rows (a value where the gold has '-', or a wrong one):");
        line(b, "  dates:  %s, %d where the gold is open", ratio(falseDates), falseDatesOnOpen);
        line(b, "  places: %s, %d where the gold is open", ratio(falsePlaces), falsePlacesOnOpen);
        line(b, "  rows with a false date or place: %s%n", ratio(falseRows));
        line(b, "time: %.1f s", seconds);
        return b.toString();
    }

    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("articles", articles);
            g.writeNumberField("failed", failed);
            g.writeNumberField("statements", statements);
            g.writeNumberField("matched", matched);
            g.writeNumberField("seconds", round(seconds));
            g.writeObjectFieldStart("date");
            g.writeNumberField("gold", dated);
            ratio(g, "accuracy", dateAccuracy);
            ratio(g, "lenient", dateLenient);
            g.writeNumberField("coarser", dateCoarser);
            ratio(g, "over_all", dateOverAll);
            bases(g, dateByBasis, DATE_BASES);
            ratio(g, "false", falseDates);
            g.writeNumberField("false_where_open", falseDatesOnOpen);
            g.writeEndObject();
            g.writeObjectFieldStart("place");
            g.writeNumberField("gold", placed);
            ratio(g, "accuracy", placeAccuracy);
            ratio(g, "over_all", placeOverAll);
            bases(g, placeByBasis, PLACE_BASES);
            ratio(g, "false", falsePlaces);
            g.writeNumberField("false_where_open", falsePlacesOnOpen);
            g.writeEndObject();
            ratio(g, "false_rows", falseRows);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Ratio ratio(List<WhenWhereVerdict> vs, Predicate<WhenWhereVerdict> whole, Predicate<WhenWhereVerdict> part) {
        return new Ratio(count(vs, whole.and(part)), count(vs, whole));
    }

    private static int count(List<WhenWhereVerdict> vs, Predicate<WhenWhereVerdict> p) {
        return (int) vs.stream().filter(p).count();
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    private static String ratio(Ratio r) {
        return String.format(Locale.ROOT, "%.3f (%d of %d)", r.value(), r.part(), r.whole());
    }

    private static void bases(JsonGenerator g, Map<String, Ratio> byBasis, List<String> order) throws IOException {
        g.writeObjectFieldStart("by_basis");
        for (String k : order) ratio(g, k, byBasis.get(k));
        g.writeEndObject();
    }

    private static void ratio(JsonGenerator g, String name, Ratio r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("part", r.part());
        g.writeNumberField("whole", r.whole());
        g.writeNumberField("value", round(r.value()));
        g.writeEndObject();
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
