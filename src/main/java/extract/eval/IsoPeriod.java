package extract.eval;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date at the precision it was written with: a year, a month, an ISO week or a day (a
 * time of day after the day is dropped, the gold never gives one), or an interval of two of these
 * ("2016-09-24/2016-09-25", a weekend). Covers the days from {@code first} to {@code last}, both included.
 */
public record IsoPeriod(Precision precision, LocalDate first, LocalDate last) {
    /** Coarsest first; an interval is as precise as its length says. */
    public enum Precision { YEAR, MONTH, WEEK, DAY, INTERVAL }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T[0-9:.]+)?");

    /** The period a value names, or empty when it is no date of these forms (a season, a typo). */
    static Optional<IsoPeriod> parse(String value) {
        String v = value.strip();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Optional<IsoPeriod> from = single(v.substring(0, slash)), to = single(v.substring(slash + 1));
            if (from.isEmpty() || to.isEmpty() || to.get().last.isBefore(from.get().first)) return Optional.empty();
            return Optional.of(new IsoPeriod(Precision.INTERVAL, from.get().first, to.get().last));
        }
        return single(v);
    }

    private static Optional<IsoPeriod> single(String v) {
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new IsoPeriod(Precision.DAY, d, d));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                int year = num(m, 1);
                int week = num(m, 2);
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (week < 1 || monday.get(IsoFields.WEEK_BASED_YEAR) != year) return Optional.empty();
                return Optional.of(new IsoPeriod(Precision.WEEK, monday, monday.plusDays(6)));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new IsoPeriod(Precision.MONTH, ym.atDay(1), ym.atEndOfMonth()));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                int year = num(m, 1);
                return Optional.of(new IsoPeriod(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2016-13 or 2016-W60: not a date
        }
        return Optional.empty();
    }

    /** The same period written at the same precision. */
    boolean sameAs(IsoPeriod other) {
        return precision == other.precision && first.equals(other.first) && last.equals(other.last);
    }

    /** A finer or equal period that lies wholly inside {@code other}. */
    boolean within(IsoPeriod other) {
        return !first.isBefore(other.first) && !last.isAfter(other.last);
    }

    /** How many days the period covers. */
    long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The value as ISO 8601 writes it at this precision. */
    public String iso() {
        return switch (precision) {
            case INTERVAL -> first + "/" + last;
            case DAY -> first.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                    first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.format(Locale.ROOT, "%04d", first.getYear());
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
