package extract.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of time expressions, loaded once from resource files; immutable and shareable. */
public final class TemporalLexicon {
    private final Map<String, Integer> months = new HashMap<>();      // "Jan" -> 1 (dot stripped)
    private final List<String> fullMonths;
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();  // lower case
    private final Map<String, int[]> seasons = new HashMap<>();       // lower case -> {code, first month}
    private final Map<String, Integer> numbers = new HashMap<>();     // lower case
    private final Map<String, HolidayRule> holidays = new LinkedHashMap<>();
    private final List<String> speechEvents;
    private final List<String> events;
    private final List<String> partsOfDay;
    private final java.util.Set<String> functionWords = extract.text.WordLists.words("/extract/nlp/function-words.txt");

    public TemporalLexicon() {
        List<String> full = new ArrayList<>();
        for (String[] r : Lexicons.rows("months.tsv")) {
            List<String> names = Lexicons.names(r[1]);
            full.add(names.get(0));
            for (String n : names) months.put(n, Integer.parseInt(r[0]));
        }
        fullMonths = List.copyOf(full);
        for (String[] r : Lexicons.rows("weekdays.tsv")) {
            weekdays.put(r[1].toLowerCase(Locale.ROOT), DayOfWeek.of(Integer.parseInt(r[0])));
        }
        for (String[] r : Lexicons.rows("seasons.tsv")) {
            for (String n : Lexicons.names(r[2])) {
                seasons.put(n, new int[] {Integer.parseInt(r[0]), Integer.parseInt(r[1])});
            }
        }
        for (String[] r : Lexicons.rows("numbers.tsv")) {
            for (String n : Lexicons.names(r[1])) numbers.put(n, Integer.parseInt(r[0]));
        }
        for (String[] r : Lexicons.rows("holidays.tsv")) {
            HolidayRule rule = HolidayRule.parse(r[1]);
            for (String n : Lexicons.names(r[0])) {
                holidays.put(n, rule);
            }
        }
        speechEvents = single("speech-events.txt");
        events = single("events.txt");
        partsOfDay = single("parts-of-day.txt");
    }

    /**
     * The lower-case words an expression can start with: the function words of
     * time-lead-words.txt, and the first word of every month, weekday, season, number and holiday.
     */
    java.util.Set<String> leadWords() {
        java.util.Set<String> out = new java.util.HashSet<>(single("time-lead-words.txt"));
        List<String> names = new ArrayList<>(months.keySet());
        names.addAll(weekdays.keySet());
        names.addAll(seasons.keySet());
        names.addAll(numbers.keySet());
        names.addAll(holidays.keySet());
        for (String n : names) {
            int end = 0;
            while (end < n.length() && Character.isLetter(n.charAt(end))) end++;
            if (end > 0) out.add(n.substring(0, end).toLowerCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(out);
    }

    private static List<String> single(String resource) {
        return Lexicons.rows(resource).stream().map(r -> r[0].strip()).toList();
    }

    /** Month names and abbreviations (abbreviations may take a dot). */
    String monthAny() {
        StringBuilder alt = new StringBuilder("(?:");
        for (String m : months.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (alt.length() > 3) alt.append('|');
            alt.append(m).append(fullMonths.contains(m) ? "" : "\\.?");
        }
        return alt.append(")(?![\\w])").toString();
    }

    String monthFull() {
        return Lexicons.alternation(fullMonths) + "(?![\\w'-])";
    }

    String weekday() {
        return weekdays.keySet().stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    String season() {
        return Lexicons.alternation(seasons.keySet());
    }

    String number() {
        return Lexicons.alternation(numbers.keySet());
    }

    String holiday() {
        return Lexicons.alternation(holidays.keySet());
    }

    String speechEvent() {
        return Lexicons.alternation(speechEvents);
    }

    String event() {
        return Lexicons.alternation(events);
    }

    String partOfDay() {
        return Lexicons.alternation(partsOfDay);
    }

    Integer month(String name) {
        return months.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }

    DayOfWeek weekday(String name) {
        return weekdays.get(name.toLowerCase(Locale.ROOT));
    }

    int[] season(String name) {
        return seasons.get(name.toLowerCase(Locale.ROOT));
    }

    Integer number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return w.matches("\\d+") ? Integer.valueOf(w) : numbers.get(w);
    }

    /** The rule of a holiday name as written (spaces normalised); null when it has no computable date. */
    HolidayRule holiday(String name) {
        return holidays.get(name.replaceAll("\\s+", " "));
    }

    /** "Even", "Also": capitalised at a sentence start but never part of a name ("Even Friday, he said"). */
    boolean functionWord(String lower) {
        return functionWords.contains(lower);
    }
}
