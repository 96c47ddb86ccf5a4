package extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When a holiday falls: a fixed month and day, or the first {@code weekday} on or after that day
 * (Thanksgiving is the first Thursday on or after November 22).
 */
public record HolidayRule(int month, int day, DayOfWeek weekday) {

    /** Parses "MM-DD" or "MM DOW>=D" as written in holidays.tsv; null for "-". */
    public static HolidayRule parse(String rule) {
        if (rule.equals("-")) return null;
        if (rule.contains("-")) {
            String[] md = rule.split("-");
            return new HolidayRule(Integer.parseInt(md[0]), Integer.parseInt(md[1]), null);
        }
        String[] parts = rule.split("[ >=]+");
        return new HolidayRule(Integer.parseInt(parts[0]), Integer.parseInt(parts[2]), dayOfWeek(parts[1]));
    }

    public LocalDate in(int year) {
        LocalDate d = LocalDate.of(year, month, day);
        return weekday == null ? d : d.with(TemporalAdjusters.nextOrSame(weekday));
    }

    private static DayOfWeek dayOfWeek(String abbrev) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbrev)) return d;
        }
        throw new IllegalArgumentException("bad weekday in holiday rule: " + abbrev);
    }
}
