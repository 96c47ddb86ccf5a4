package extract.time;

import extract.time.TimeMeaning.CalendarDate;
import extract.time.TimeMeaning.Event;
import extract.time.TimeMeaning.Holiday;
import extract.time.TimeMeaning.Relative;
import extract.time.TimeMeaning.Season;
import extract.time.TimeMeaning.Weekday;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns a time expression into ISO 8601 at the precision the text gives: {@code 2019-01-10},
 * {@code 2019-01-10T15:00}, {@code 2019-01}, {@code 2019-W02}, {@code 2018}, and ISO 8601-2 seasons
 * ({@code 2018-22} for summer 2018). Expressions that need a reference date resolve against it:
 * without a direction word, past tense means the latest such time on or before the reference date,
 * future tense the first on or after. Empty when the expression cannot be resolved.
 */
public final class TemporalNormaliser {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public String normalise(TimeExpression e, Optional<LocalDate> reference, Tense tense) {
        String day = normalise(e.meaning(), reference.orElse(null), tense);
        return e.clock() != null && day.length() == 10 ? day + "T" + e.clock().format(CLOCK) : day;
    }

    private String normalise(TimeMeaning meaning, LocalDate ref, Tense tense) {
        if (meaning instanceof CalendarDate d) return calendar(d, ref, tense);
        if (meaning instanceof Event || ref == null && !hasYear(meaning)) return "";
        if (meaning instanceof Weekday w) return weekday(w, ref, tense).toString();
        if (meaning instanceof Relative r) return relative(r, ref);
        if (meaning instanceof Season s) return season(s, ref, tense);
        if (meaning instanceof Holiday h) return holiday(h, ref, tense);
        return "";
    }

    private static boolean hasYear(TimeMeaning m) {
        return (m instanceof Season s && s.year() != null) || (m instanceof Holiday h && h.year() != null);
    }

    private static String calendar(CalendarDate d, LocalDate ref, Tense tense) {
        Integer year = d.year();
        if (year == null && d.month() == null) return "";
        if (year == null) {
            if (ref == null) return "";
            year = yearOf(d, ref, tense);
        }
        if (d.month() == null) return String.format("%04d", year);
        if (d.day() == null) return YearMonth.of(year, d.month()).toString();
        try {
            return LocalDate.of(year, d.month(), d.day()).toString();
        } catch (java.time.DateTimeException e) {
            return ""; // "February 30"
        }
    }

    /** The year of a month (and day) given without one: the nearest occurrence in the direction meant. */
    private static int yearOf(CalendarDate d, LocalDate ref, Tense tense) {
        int y = ref.getYear();
        int cmp = d.day() == null
                ? Integer.compare(d.month(), ref.getMonthValue())
                : Integer.compare(d.month() * 100 + d.day(), ref.getMonthValue() * 100 + ref.getDayOfMonth());
        return switch (d.shift()) {
            case THIS -> y;
            case LAST -> cmp < 0 ? y : y - 1;
            case NEXT -> cmp > 0 ? y : y + 1;
            case NONE -> tense == Tense.PAST ? (cmp <= 0 ? y : y - 1) : (cmp >= 0 ? y : y + 1);
        };
    }

    private static LocalDate weekday(Weekday w, LocalDate ref, Tense tense) {
        return switch (w.shift()) {
            case LAST -> ref.with(TemporalAdjusters.previous(w.day()));
            case NEXT -> ref.with(TemporalAdjusters.next(w.day()));
            case THIS, NONE -> ref.with(tense == Tense.PAST
                    ? TemporalAdjusters.previousOrSame(w.day()) : TemporalAdjusters.nextOrSame(w.day()));
        };
    }

    private static String relative(Relative r, LocalDate ref) {
        LocalDate d = ref.plus(r.offset(), r.unit());
        return switch (r.unit()) {
            case DAYS -> d.toString();
            case WEEKS -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHS -> YearMonth.from(d).toString();
            default -> String.format("%04d", d.getYear());
        };
    }

    /**
     * Seasons are numbered by the year they start in (winter 2018 runs from December 2018), each
     * taken as three months from its first month in the northern hemisphere.
     */
    private static String season(Season s, LocalDate ref, Tense tense) {
        int year;
        if (s.year() != null) {
            year = s.year();
        } else {
            // the latest occurrence that has begun by the reference date, and whether it is still under way
            int started = ref.isBefore(LocalDate.of(ref.getYear(), s.firstMonth(), 1)) ? ref.getYear() - 1 : ref.getYear();
            boolean inside = ref.isBefore(LocalDate.of(started, s.firstMonth(), 1).plusMonths(3));
            year = switch (s.shift()) {
                case THIS -> inside ? started : ref.getYear();
                case LAST -> inside ? started - 1 : started;
                case NEXT -> started + 1;
                case NONE -> tense == Tense.PAST || inside ? started : started + 1;
            };
        }
        return String.format("%04d-%d", year, s.code());
    }

    private static String holiday(Holiday h, LocalDate ref, Tense tense) {
        if (h.rule() == null) return "";
        if (h.year() != null) return h.rule().in(h.year()).toString();
        LocalDate thisYear = h.rule().in(ref.getYear());
        LocalDate last = thisYear.isAfter(ref) ? h.rule().in(ref.getYear() - 1) : thisYear;
        LocalDate next = thisYear.isBefore(ref) ? h.rule().in(ref.getYear() + 1) : thisYear;
        return switch (h.shift()) {
            case LAST -> (last.equals(ref) ? h.rule().in(ref.getYear() - 1) : last).toString();
            case NEXT -> (next.equals(ref) ? h.rule().in(ref.getYear() + 1) : next).toString();
            case THIS -> thisYear.toString();
            case NONE -> (tense == Tense.PAST ? last : next).toString();
        };
    }
}
