package extract.time;

import extract.time.TimeMeaning.CalendarDate;
import extract.time.TimeMeaning.Holiday;
import extract.time.TimeMeaning.Relative;
import extract.time.TimeMeaning.Season;
import extract.time.TimeMeaning.Range;
import extract.time.TimeMeaning.Shift;
import extract.time.TimeMeaning.Weekday;
import extract.time.TimeMeaning.WeekdayDate;
import extract.time.TimeMeaning.Weekend;
import extract.time.TimeMeaning.YearPart;
import java.time.DayOfWeek;
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
        if (meaning instanceof Range r) return range(r, ref, tense);
        if (meaning instanceof WeekdayDate w) return weekdayDate(w, ref, tense);
        if (meaning instanceof TimeMeaning.EventShift e) return e.base() == null ? "" : shifted(normalise(e.base(), ref, tense), e.days());
        if (meaning.namesNoDay() || ref == null && !hasYear(meaning)) return "";
        if (meaning instanceof Weekend w) return weekend(w, ref, tense);
        if (meaning instanceof YearPart p) return yearPart(p, ref, tense);
        if (meaning instanceof Weekday w) return weekday(w, ref, tense).toString();
        if (meaning instanceof Relative r) return relative(r, ref);
        if (meaning instanceof Season s) return season(s, ref, tense);
        if (meaning instanceof Holiday h) return holiday(h, ref, tense);
        return "";
    }

    /** A day moved by some days ("the day after" 2016-09-26 is 2016-09-27); a coarser date is kept as it is. */
    static String shifted(String date, int days) {
        if (date.length() != 10 || days == 0) return date;
        return LocalDate.parse(date).plusDays(days).toString();
    }

    private static boolean hasYear(TimeMeaning m) {
        return (m instanceof Season s && s.year() != null) || (m instanceof Holiday h && h.year() != null)
                || (m instanceof YearPart p && p.year() != null);
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
            case NONE -> {
                int year = tense == Tense.PAST ? (cmp <= 0 ? y : y - 1) : (cmp >= 0 ? y : y + 1);
                // a day a few days the other way is that day, not one nearly a year off: an article's
                // date is often a day or two off the events ("said Dec. 22" in a story dated Dec. 21)
                yield d.day() != null && nearOtherWay(d, ref, tense) ? y : year;
            }
        };
    }

    /** How many days the other way than the tense a day of this year may lie and still be meant. */
    private static final int SLACK_DAYS = 7;

    private static boolean nearOtherWay(CalendarDate d, LocalDate ref, Tense tense) {
        LocalDate day;
        try {
            day = LocalDate.of(ref.getYear(), d.month(), d.day());
        } catch (java.time.DateTimeException e) {
            return false;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(ref, day);
        return tense == Tense.PAST ? days > 0 && days <= SLACK_DAYS : days < 0 && days >= -SLACK_DAYS;
    }

    /** "Friday, March 13": of the years next to the one the tense gives, the one where the date is that weekday. */
    private static String weekdayDate(WeekdayDate w, LocalDate ref, Tense tense) {
        CalendarDate d = w.date();
        if (d.year() != null || ref == null) return calendar(d, ref, tense);
        int guess = yearOf(d, ref, tense);
        for (int y : new int[] {guess, guess - 1, guess + 1}) {
            try {
                if (LocalDate.of(y, d.month(), d.day()).getDayOfWeek() == w.weekday()) {
                    return calendar(new CalendarDate(y, d.month(), d.day(), d.shift()), ref, tense);
                }
            } catch (java.time.DateTimeException e) {
                // February 29 of a common year
            }
        }
        return calendar(new CalendarDate(guess, d.month(), d.day(), d.shift()), ref, tense);
    }

    /** An ISO 8601 interval of days; the end takes the start's year (or the next, past December). */
    private static String range(Range r, LocalDate ref, Tense tense) {
        String from = calendar(r.from(), ref, tense);
        if (from.length() != 10) return "";
        int year = Integer.parseInt(from.substring(0, 4));
        if (r.to().year() != null && r.from().year() != null) year = r.to().year();
        else if (r.to().month() < r.from().month()) year++;
        String to = calendar(new CalendarDate(year, r.to().month(), r.to().day(), r.to().shift()), ref, tense);
        return to.isEmpty() ? from : from + "/" + to;
    }

    /** Saturday and Sunday as an ISO 8601 interval: the latest weekend begun by the reference date, unless the words or tense say otherwise. */
    private static String weekend(Weekend w, LocalDate ref, Tense tense) {
        boolean inWeekend = ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate latest = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate sat = switch (w.shift()) {
            case LAST -> inWeekend ? latest.minusWeeks(1) : latest;
            case NEXT -> latest.plusWeeks(1);
            case THIS, NONE -> inWeekend || tense == Tense.PAST ? latest : latest.plusWeeks(1);
        };
        if (w.day() != null) return (w.day() == DayOfWeek.SATURDAY ? sat : sat.plusDays(1)).toString();
        return sat + "/" + sat.plusDays(1);
    }

    private static String yearPart(YearPart p, LocalDate ref, Tense tense) {
        return String.format("%04d-%d", p.year() != null ? p.year() : occurrence(p.firstMonth(), p.months(), p.shift(), ref, tense), p.code());
    }

    /**
     * The year of the occurrence of a part of the year (a season, a quarter) that the words and tense
     * mean: without a direction word, the latest begun by the reference date in the past tense, the
     * current or next one in the future tense.
     */
    private static int occurrence(int firstMonth, int months, Shift shift, LocalDate ref, Tense tense) {
        int started = ref.isBefore(LocalDate.of(ref.getYear(), firstMonth, 1)) ? ref.getYear() - 1 : ref.getYear();
        boolean inside = ref.isBefore(LocalDate.of(started, firstMonth, 1).plusMonths(months));
        return switch (shift) {
            case THIS -> inside ? started : ref.getYear();
            case LAST -> inside ? started - 1 : started;
            case NEXT -> started + 1;
            case NONE -> tense == Tense.PAST || inside ? started : started + 1;
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
        int year = s.year() != null ? s.year() : occurrence(s.firstMonth(), 3, s.shift(), ref, tense);
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
