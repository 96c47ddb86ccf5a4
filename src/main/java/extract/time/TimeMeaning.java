package extract.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/** What a time expression means, before it is resolved against a reference date. */
public sealed interface TimeMeaning {

    /** "last", "this", "next", or nothing: which occurrence of a weekday, month, season or holiday. */
    enum Shift { NONE, LAST, THIS, NEXT }

    /** A calendar date, any part of it possibly missing ("January 8", "January 2019", "2018"); null means unsaid. */
    record CalendarDate(Integer year, Integer month, Integer day, Shift shift) implements TimeMeaning {}

    /** "on Sunday", "last Friday". */
    record Weekday(DayOfWeek day, Shift shift) implements TimeMeaning {}

    /** Offset from the reference date in days, weeks, months or years: "yesterday", "last week", "two years ago". */
    record Relative(ChronoUnit unit, int offset) implements TimeMeaning {}

    /** A season: {@code code} is its ISO 8601-2 number (21 spring .. 24 winter); year null when unsaid. */
    record Season(int code, int firstMonth, Integer year, Shift shift) implements TimeMeaning {}

    /** A named day ("New Year's address", "Christmas"); rule null when the day moves in ways we do not compute. */
    record Holiday(HolidayRule rule, Integer year, Shift shift) implements TimeMeaning {}

    /** An occasion that dates the statement but not on the calendar: "during Kim's visit". */
    record Event() implements TimeMeaning {}
}
