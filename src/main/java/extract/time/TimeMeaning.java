package extract.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/** What a time expression means, before it is resolved against a reference date. */
public sealed interface TimeMeaning {

    /**
     * Whether this names no day by itself: an occasion ("during Kim's visit") or a vague time
     * ("recently"). Such a time dates nothing on its own.
     */
    default boolean namesNoDay() {
        return this instanceof Event || this instanceof Vague;
    }

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

    /**
     * "the day before the debate", "the morning after Monday's debate": days from an occasion; its
     * date is the base's when the expression gives one, else that of the occasion the article dated.
     */
    record EventShift(int days, TimeMeaning base) implements TimeMeaning {}

    /** A date whose weekday is also given ("Friday, March 13"): the date wins, the weekday picks its year. */
    record WeekdayDate(CalendarDate date, DayOfWeek weekday) implements TimeMeaning {}

    /** A span of days ("Jan. 8-10", "between March 3 and 5"): both ends; the end may lack month and year. */
    record Range(CalendarDate from, CalendarDate to) implements TimeMeaning {}

    /**
     * "over the weekend", "this weekend", "last weekend": Saturday and Sunday, or only {@code day}
     * when the words name it ("this weekend's broadcast of Fox News Sunday"); day null for both.
     */
    record Weekend(Shift shift, DayOfWeek day) implements TimeMeaning {}

    /**
     * A quarter or half of a year ("fourth-quarter", "in the first half of 2019"): {@code code} its
     * ISO 8601-2 number (33..36 quarters, 40..41 halves), {@code months} its length.
     */
    record YearPart(int code, int firstMonth, int months, Integer year, Shift shift) implements TimeMeaning {}

    /** A time the text leaves vague ("recently", "earlier", "in recent days"): kept as written, never dated. */
    record Vague() implements TimeMeaning {}
}
