package extract.time;

import extract.text.Span;
import extract.time.TimeMeaning.CalendarDate;
import extract.time.TimeMeaning.Event;
import extract.time.TimeMeaning.Holiday;
import extract.time.TimeMeaning.Relative;
import extract.time.TimeMeaning.Season;
import extract.time.TimeMeaning.Shift;
import extract.time.TimeMeaning.Range;
import extract.time.TimeMeaning.Vague;
import extract.time.TimeMeaning.Weekday;
import extract.time.TimeMeaning.WeekdayDate;
import extract.time.TimeMeaning.Weekend;
import extract.time.TimeMeaning.YearPart;
import java.util.Set;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in news text by rule: dates in the usual news formats, months, years,
 * weekdays, seasons, holidays, "last/next/this ...", "earlier this ...", "... ago", times of day, and
 * occasions ("during Kim's visit"). Words that are also names or verbs ("May", "March", "fall") count
 * only with a date, a year or a word that makes them times ("in May", "last fall"). Immutable and
 * thread-safe; run it on the ASCII-marked model text.
 */
public final class TemporalTagger {
    private static final String START = "(?<![\\w'-])";
    private static final String WS = "\\h+";
    private static final String PREP = "(?:(?i:on|in|at|during|since|from|by|until|through)" + WS + ")?";
    private static final String DAY = "(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])";
    // not a decade ("the early 1990s"), nor a range ("2018-19")
    private static final String YEAR = "(?<y>1[89]\\d\\d|20\\d\\d)(?![\\d-]|'?s\\b)";
    private static final String EDGE = "(?i:early|late|mid-|the\\h+end\\h+of|the\\h+beginning\\h+of|the\\h+start\\h+of"
            + "|the\\h+middle\\h+of|(?:early|late|earlier|later)\\h+in)";

    /** Reads the meaning of a match; null rejects it. Gets the whole text to look around the match. */
    private interface Reading {
        TimeMeaning of(Matcher m, String text);
    }

    // a weekend's possessor and up to four words, then the day itself or a title holding it (no clause break between)
    private static final Pattern WEEKEND_DAY = Pattern.compile("['\u2019]s\\h+(?:[\\w-]+\\h+){0,4}?[\"\u201c']?"
            + "(?:[A-Z][\\w.&-]*\\h+){0,3}(?<d>Saturday|Sunday)(?![\\w-])");

    private static final Pattern RECURRING = Pattern.compile("(?i:first|second|third|fourth|every|each)\\h+$");

    private record Rule(Pattern pattern, Reading meaning) {}

    /** Longer words are no lead words: "Wednesday" has 9 letters, "thanksgiving" 12. */
    private static final int LONGEST_LEAD = 16;

    private final TemporalLexicon lex;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> leadWords;
    private final Pattern clock;

    public TemporalTagger(TemporalLexicon lex) {
        this.lex = lex;
        this.leadWords = lex.leadWords();
        String month = "(?<m>" + lex.monthAny() + ")";
        String fullMonth = "(?<m>" + lex.monthFull() + ")";
        String weekday = lex.weekday();
        String part = "(?:" + WS + "(?i:" + lex.partOfDay() + "))?";
        rule("(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)(?!\\d)",
                m -> date(Integer.valueOf(m.group("y")), Integer.valueOf(m.group("m")), Integer.valueOf(m.group("d"))));
        // "Thursday, Jan. 10, 2019", "January 10", "Jan 10th"
        rule(PREP + "(?:(?<wd>" + weekday + "),?" + WS + ")?" + month + WS + DAY + "(?:,?" + WS + YEAR + ")?" + part,
                m -> withWeekday(m, date(year(m), lex.month(m.group("m")), Integer.valueOf(m.group("d")))));
        // "Jan. 8-10", "between March 3 and 5", "from Dec. 30 to Jan. 2, 2019"
        rule("(?:(?i:on|from|between)" + WS + ")?" + month + WS + DAY + "\\h*(?:[-\u2013\u2014]|" + WS + "(?i:to|through|and|until)"
                + WS + ")\\h*(?:(?<m2>" + lex.monthAny() + ")" + WS + ")?(?<d2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])"
                + "(?:,?" + WS + YEAR + ")?", this::rangeMeaning);
        // "10 January 2019", "the 10th of January"
        rule(PREP + "(?:(?<wd>" + weekday + "),?" + WS + ")?(?:the" + WS + ")?" + DAY + "(?:" + WS + "of)?" + WS + month
                + "(?:,?" + WS + YEAR + ")?" + part,
                m -> withWeekday(m, date(year(m), lex.month(m.group("m")), Integer.valueOf(m.group("d")))));
        // "January 2019", "in early January of 2019"
        rule(PREP + "(?:" + EDGE + "\\h*)?" + fullMonth + "(?:" + WS + "of)?,?" + WS + YEAR,
                m -> date(year(m), lex.month(m.group("m")), null));
        // a bare month or year needs a word that makes it a time: "in May", "last March", "mid-June", "in 2018"
        String lead = "(?:(?<pre>(?i:in|since|until|by|from|through|throughout|during|last|next|this))" + WS + ")?"
                + "(?:(?<edge>" + EDGE + ")\\h*)?";
        rule(lead + "(?:(?<sh>(?i:last|next|this))" + WS + ")?" + fullMonth + "(?!\\h+[A-Z])",
                m -> m.group("pre") == null && m.group("edge") == null && m.group("sh") == null ? null
                        : new CalendarDate(null, lex.month(m.group("m")), null, shift(m.group("sh"), m.group("pre"))));
        rule(lead + YEAR, m -> m.group("pre") == null && m.group("edge") == null ? null : date(year(m), null, null));
        // a year as a modifier: "a 2009 report", "the 2016 campaign" (the year alone is the time)
        rule("(?<=(?<![\\w'-])(?i:a|an|the|his|her|its|their)\\h)" + YEAR + "(?=\\h+[a-z])", m -> date(year(m), null, null));
        // quarters and halves: "fourth-quarter", "in the third quarter of 2018", "Q3 2018", "in the first half of 2019"
        String which = "(?<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))";
        String ofYear = "(?:(?:" + WS + "(?i:of)" + WS + "|,?" + WS + ")(?:(?i:the|this)" + WS + "year|" + YEAR + "))?";
        rule("(?:(?i:in|during|for|over|by)" + WS + ")?(?:(?<sh>(?i:the|its|their|this|last|next))" + WS + ")?" + which
                + "(?:-|" + WS + ")(?<u>(?i:quarter|half))(?![\\w])" + ofYear, this::yearPartMeaning);
        rule("(?<q>Q[1-4])(?![\\w])(?:\\h*" + YEAR + ")?", this::yearPartMeaning);
        rule("(?:(?<pre>(?i:on|last|next|this|early|late|by|until|since))" + WS + ")?(?<w>" + weekday + ")"
                + "(?:'s)?" + part, this::weekdayMeaning);
        // not (?i): "USA TODAY" is a newspaper, and so is "USA Today" after a capitalised word
        rule("(?:(?:[Ee]arlier|[Ll]ater)" + WS + ")?(?<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\\h+night"
                + "|[Tt]he\\h+day\\h+before\\h+yesterday|[Tt]he\\h+day\\h+after\\h+tomorrow)" + part,
                (m, text) -> Character.isUpperCase(text.charAt(m.start()))
                        && (previousWordCapitalised(text, m.start()) || afterPossessive(text, m.start()))
                        ? null // "told USA Today": a newspaper; "the BBC's Today programme"
                        : new Relative(ChronoUnit.DAYS, dayOffset(m.group("w"))));
        rule("(?i:(?:(?:early|late)" + WS + ")?this" + WS + "(?:" + lex.partOfDay() + "))",
                m -> new Relative(ChronoUnit.DAYS, 0));
        // "tweeted in the early morning hours": the small hours of the day the story tells
        rule("(?i:in" + WS + "the" + WS + "(?:early|wee|small)" + WS + "(?:morning" + WS + ")?hours)(?![\\w-])",
                m -> new Relative(ChronoUnit.DAYS, 0));
        // the unit in lower case: ABC's "This Week" is a programme
        rule("(?:(?i:earlier|later|early|late)" + WS + "(?:in" + WS + ")?)?(?<sh>(?i:this|last|next))" + WS
                + "(?<u>year|month|week)(?![\\w-])", this::relativeUnit);
        rule("(?:(?i:over|during|on|at|for)" + WS + ")?(?<sh>(?i:the|this|last|next|that))" + WS + "(?:(?i:past)" + WS + ")?"
                + "(?i:weekend)(?![\\w-])", (m, text) -> new Weekend(weekendShift(m), weekendDay(text, m.end())));
        // kept as written, never dated: "recently", "in recent days", "earlier" as an adverb ("an earlier report" is none)
        rule("(?i:(?:(?:only|more|until|as)" + WS + ")?recently|lately|in" + WS + "recent" + WS + "(?:days|weeks|months|years)"
                + "|in" + WS + "the" + WS + "past" + WS + "(?:few" + WS + ")?(?:days|weeks|months))(?![\\w-])", m -> new Vague());
        rule("(?i:earlier|later)(?=\\h*(?:[,.;:!?)\"]|$)|" + WS + "(?i:that|on|in|at|when|as|before|after|than)\\b)",
                m -> new Vague());
        rule("(?i:(?<n>" + lex.number() + "|\\d{1,3})" + WS + "(?<u>day|week|month|year)s?" + WS + "ago)",
                m -> new Relative(unit(m.group("u")), -lex.number(m.group("n"))));
        rule("(?i:(?:(?<pre>in|during|since|by|over)" + WS + ")?(?:(?:early|late|mid-)\\h*)?(?:(?<sh>last|next|this|the)"
                + WS + ")?(?<s>" + lex.season() + ")(?:" + WS + "(?:of" + WS + ")?" + YEAR + ")?)(?![\\w-])",
                this::seasonMeaning);
        rule(PREP + "(?:(?<det>(?i:his|her|their|its|the|a|an|this|last|next))" + WS + ")?"
                + "(?:(?i:annual|traditional|televised|yearly)" + WS + ")?(?<h>" + lex.holiday() + ")(?![\\w-])"
                + "(?:" + WS + YEAR + ")?(?:" + WS + "(?i:" + lex.speechEvent() + ")(?![\\w-]))?",
                m -> new Holiday(lex.holiday(m.group("h")), year(m), shift(m.group("det"), null)));
        // "the day before the debate", "the morning after Monday's debate": the days are counted from the occasion
        rule("(?i:the)" + WS + "(?<u>(?i:day|morning|night|evening))" + WS + "(?<d>(?i:before|after))" + WS
                + "(?:(?i:his|her|their|its|the|this|that|last)|[A-Z][\\w.-]*(?:\\h+[A-Z][\\w.-]*){0,3}'s?)" + WS
                + "(?:[\\w-]+" + WS + "){0,3}?(?i:" + lex.event() + ")(?![\\w-])", this::eventShift);
        rule("(?i:during)" + WS + "(?:(?:(?i:his|her|their|its|the|a|an|this|that|last)"
                + "|[A-Z][\\w.-]*(?:\\h+[A-Z][\\w.-]*){0,3}'s?)" + WS + ")?(?:[\\w-]+" + WS + "){0,3}?(?i:"
                + lex.event() + ")(?![\\w-])", this::eventMeaning);
        // "14:30" only after "at": "the 2:05 mark" is a position in a video
        clock = Pattern.compile(START + "(?:(?:(?i:at)" + WS + ")?(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?\\h*"
                + "(?<ap>(?i:a\\.m\\.|p\\.m\\.|am|pm)(?!\\w))|(?i:at)" + WS + "(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?!\\d)"
                + "|(?:(?i:at)" + WS + ")?(?<noon>(?i:noon|midday|midnight)))");
    }

    /** The day after is the next day; the morning before is the same day, as is the night or evening after. */
    private TimeMeaning eventShift(Matcher m, String text) {
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        boolean before = m.group("d").equalsIgnoreCase("before");
        int days = before ? (unit.equals("morning") ? 0 : -1) : (unit.equals("night") || unit.equals("evening") ? 0 : 1);
        int inner = m.start("d") + m.group("d").length();
        List<TimeMeaning> dated = tag(text, inner, m.end()).stream().map(TimeExpression::meaning)
                .filter(t -> !t.namesNoDay()).toList();
        return new TimeMeaning.EventShift(days, dated.size() == 1 ? dated.get(0) : null);
    }

    /** "during Kim's visit" dates nothing on the calendar, "during a Friday evening rally" dates the rally. */
    private TimeMeaning eventMeaning(Matcher m, String text) {
        List<TimeMeaning> dated = tag(text, m.start() + 1, m.end()).stream().map(TimeExpression::meaning)
                .filter(t -> !t.namesNoDay()).toList();
        return dated.size() == 1 ? dated.get(0) : new Event();
    }

    private void rule(String regex, Function<Matcher, TimeMeaning> meaning) {
        rules.add(new Rule(Pattern.compile(START + regex), (m, text) -> meaning.apply(m)));
    }

    private void rule(String regex, Reading meaning) {
        rules.add(new Rule(Pattern.compile(START + regex), meaning));
    }

    /**
     * The time expressions in text[from, to), in text order, without overlaps (the longest wins).
     * Every rule is anchored and tried only where a word that can open a time expression starts (a
     * digit, a month, a weekday, a preposition from {@code time-lead-words.txt} ...), so the cost
     * grows with the number of such words, not with rules times characters.
     */
    public List<TimeExpression> tag(String text, int from, int to) {
        List<TimeExpression> found = new ArrayList<>();
        List<TimeExpression> clocks = new ArrayList<>();
        Matcher[] matchers = new Matcher[rules.size()];
        Matcher clockMatcher = null;
        for (int at = from; at < to; at++) {
            if (!isCandidate(text, at, to)) continue;
            for (int r = 0; r < rules.size(); r++) {
                if (matchers[r] == null) matchers[r] = rules.get(r).pattern.matcher(text);
                Matcher m = anchored(matchers[r], at, to);
                if (!m.lookingAt()) continue;
                TimeMeaning meaning = rules.get(r).meaning.of(m, text);
                if (meaning != null) found.add(new TimeExpression(new Span(m.start(), m.end()), meaning, null));
            }
            if (clockMatcher == null) clockMatcher = clock.matcher(text);
            Matcher m = anchored(clockMatcher, at, to);
            if (m.lookingAt()) clocks.add(clock(m));
        }
        return attachClocks(text, longestFirst(found), longestFirst(clocks));
    }

    private static Matcher anchored(Matcher m, int at, int to) {
        return m.region(at, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether a word starts at {@code at} that can open a time expression. */
    private boolean isCandidate(String text, int at, int to) {
        char c = text.charAt(at);
        if (!Character.isLetterOrDigit(c)) return false;
        if (at > 0) {
            char b = text.charAt(at - 1);
            if (Character.isLetterOrDigit(b) || b == '\'' || b == '-') return false;
        }
        if (Character.isDigit(c)) return true;
        int end = at;
        while (end < to && end - at < LONGEST_LEAD && Character.isLetter(text.charAt(end))) end++;
        if (end < to && Character.isLetter(text.charAt(end))) return false;
        return leadWords.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    private static TimeExpression clock(Matcher m) {
        LocalTime t;
        if (m.group("noon") != null) {
            t = m.group("noon").toLowerCase(Locale.ROOT).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
        } else if (m.group("h24") != null) {
            t = LocalTime.of(Integer.parseInt(m.group("h24")), Integer.parseInt(m.group("mi24")));
        } else {
            int h = Integer.parseInt(m.group("h")) % 12;
            if (m.group("ap").toLowerCase(Locale.ROOT).startsWith("p")) h += 12;
            t = LocalTime.of(h, m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi")));
        }
        return new TimeExpression(new Span(m.start(), m.end()), new Relative(ChronoUnit.DAYS, 0), t);
    }

    /** "at 3 p.m. on Thursday" is one expression; a clock time alone means that time of the reference day. */
    private static List<TimeExpression> attachClocks(String text, List<TimeExpression> dates, List<TimeExpression> clocks) {
        List<TimeExpression> out = new ArrayList<>(dates);
        for (TimeExpression c : clocks) {
            if (dates.stream().anyMatch(d -> d.span().overlaps(c.span()))) continue;
            int joined = -1;
            for (int i = 0; i < out.size(); i++) {
                TimeExpression d = out.get(i);
                if (d.clock() == null && hasDayPrecision(d.meaning()) && adjacent(text, d.span(), c.span())) joined = i;
            }
            if (joined < 0) {
                out.add(c);
            } else {
                TimeExpression d = out.get(joined);
                Span s = new Span(Math.min(d.span().start(), c.span().start()), Math.max(d.span().end(), c.span().end()));
                out.set(joined, new TimeExpression(s, d.meaning(), c.clock()));
            }
        }
        out.sort(Comparator.comparing(TimeExpression::span));
        return out;
    }

    private static boolean adjacent(String text, Span a, Span b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        if (from > to || to - from > 3) return false;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != ',') return false;
        }
        return true;
    }

    private static boolean hasDayPrecision(TimeMeaning m) {
        return m instanceof Weekday || m instanceof Holiday
                || (m instanceof Relative r && r.unit() == ChronoUnit.DAYS)
                || (m instanceof CalendarDate d && d.day() != null);
    }

    private static List<TimeExpression> longestFirst(List<TimeExpression> found) {
        found.sort(Comparator.comparingInt((TimeExpression e) -> -e.span().length()).thenComparing(TimeExpression::span));
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression e : found) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(e.span()))) kept.add(e);
        }
        kept.sort(Comparator.comparing(TimeExpression::span));
        return kept;
    }

    private TimeMeaning weekdayMeaning(Matcher m, String text) {
        String pre = m.group("pre");
        if (pre == null) {
            // "the Sunday Times", "Super Tuesday": a weekday inside a name is no time
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            if (after.matches("\\h+[A-Z].*")) return null;
            if (previousWordCapitalised(text, m.start())) return null;
            // "the first Monday in September", "every Sunday": no one day
            if (RECURRING.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) return null;
        }
        return new Weekday(lex.weekday(m.group("w")), shift(pre, null));
    }

    /**
     * Whether the word before {@code at} on the same line is capitalised (a sentence start has none)
     * and no function word ("Even Friday, he said").
     */
    private boolean previousWordCapitalised(String text, int at) {
        int b = at;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        if (b == at || b == 0 || !Character.isLetter(text.charAt(b - 1))) return false;
        int a = b;
        while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
        return Character.isUpperCase(text.charAt(a)) && !lex.functionWord(text.substring(a, b).toLowerCase(java.util.Locale.ROOT))
                && !(AFTER_PLACE.matcher(text.substring(Math.max(0, a - PLACE_REACH), b)).find()
                        && !NAMED_DAY.matcher(text.substring(a, b)).matches());
    }

    /** The words before {@code at} end in a possessive ("the BBC's Today"): a capitalised word after it is a name. */
    private static boolean afterPossessive(String text, int at) {
        int b = at;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        return b < at && b >= 2 && (text.charAt(b - 1) == 's' || text.charAt(b - 1) == 'S')
                && (text.charAt(b - 2) == '\'' || text.charAt(b - 2) == '\u2019');
    }

    /** The first words of named days, which are no place before a weekday: "in Super Tuesday primaries". */
    private static final Pattern NAMED_DAY = Pattern.compile("Super|Black|Cyber|Good|Ash|Holy|Palm|Fat|Easter|Bloody|Giving");

    /** "spoke in Fort Pierce, Florida Friday": capitalised words after "in" or "at" are a place, and the weekday a time. */
    private static final Pattern AFTER_PLACE = Pattern.compile("(?<![\\w'-])(?:in|at)\\h+[A-Z][\\w.'-]*(?:,?\\h+[A-Z][\\w.'-]*){0,3}$");
    private static final int PLACE_REACH = 60;

    /** A weekday beside a date picks the year in which the date falls on it. */
    private TimeMeaning withWeekday(Matcher m, CalendarDate d) {
        if (d == null || m.group("wd") == null || d.year() != null) return d;
        return new WeekdayDate(d, lex.weekday(m.group("wd")));
    }

    private TimeMeaning rangeMeaning(Matcher m) {
        Integer month = lex.month(m.group("m"));
        int d1 = Integer.parseInt(m.group("d"));
        int d2 = Integer.parseInt(m.group("d2"));
        Integer month2 = m.group("m2") == null ? month : lex.month(m.group("m2"));
        // "March 3 and 5" runs forward; "March 5-3" or "March 5 and 3 others" is no range
        if (month2.equals(month) && d2 <= d1) return null;
        CalendarDate from = date(year(m), month, d1);
        CalendarDate to = date(year(m), month2, d2);
        return from == null || to == null ? null : new Range(from, to);
    }

    private TimeMeaning yearPartMeaning(Matcher m) {
        String q = m.group("q").toLowerCase(Locale.ROOT);
        int n = switch (q.charAt(0)) {
            case 'f' -> q.startsWith("fi") ? 1 : 4;
            case 's' -> 2;
            case 't' -> 3;
            case 'q' -> q.charAt(1) - '0';
            default -> q.charAt(0) - '0';
        };
        boolean half = m.group().toLowerCase(Locale.ROOT).contains("half");
        Integer year = year(m);
        String sh = group(m, "sh");
        // "in the first half" is a match's as often as a year's: a half needs its year or "this/last/next"
        if (half && (n > 2 || year == null && (sh == null || sh.equalsIgnoreCase("the")))) return null;
        Shift shift = shift(sh, null);
        return half ? new YearPart(39 + n, 6 * n - 5, 6, year, shift) : new YearPart(32 + n, 3 * n - 2, 3, year, shift);
    }

    /**
     * The weekend's day that the words right after it name: "this weekend's broadcast of “Fox News
     * Sunday”", "this weekend's rally on Saturday". Null when they name none or both.
     */
    private static DayOfWeek weekendDay(String text, int end) {
        Matcher m = WEEKEND_DAY.matcher(text).region(end, text.length());
        if (!m.lookingAt()) return null;
        boolean sat = m.group("d").equalsIgnoreCase("saturday");
        return sat ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
    }

    private static Shift weekendShift(Matcher m) {
        String sh = m.group("sh").toLowerCase(Locale.ROOT);
        return switch (sh) {
            case "last" -> Shift.LAST;
            case "next" -> Shift.NEXT;
            case "this" -> Shift.THIS;
            default -> m.group().toLowerCase(Locale.ROOT).contains("past") ? Shift.LAST : Shift.NONE;
        };
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the rule has no such group
        }
    }

    private TimeMeaning relativeUnit(Matcher m) {
        String sh = m.group("sh").toLowerCase(Locale.ROOT);
        int offset = sh.equals("last") ? -1 : sh.equals("next") ? 1 : 0;
        String u = m.group("u").toLowerCase(Locale.ROOT);
        return new Relative(u.equals("weekend") ? ChronoUnit.WEEKS : unit(u), offset);
    }

    private TimeMeaning seasonMeaning(Matcher m) {
        String sh = m.group("sh") == null ? null : m.group("sh").toLowerCase(Locale.ROOT);
        Integer year = year(m);
        // "fall", "spring" are also verbs and nouns: a season needs "last/this/next", "in the" or a year
        if (year == null && (sh == null || (sh.equals("the") && m.group("pre") == null))) return null;
        int[] s = lex.season(m.group("s"));
        return new Season(s[0], s[1], year, "the".equals(sh) ? Shift.NONE : shift(sh, null));
    }

    private static int dayOffset(String w) {
        String s = w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (s) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
    }

    private static ChronoUnit unit(String u) {
        return switch (u.toLowerCase(Locale.ROOT)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static Shift shift(String word, String pre) {
        String w = word != null ? word : pre;
        if (w == null) return Shift.NONE;
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "last" -> Shift.LAST;
            case "next" -> Shift.NEXT;
            case "this" -> Shift.THIS;
            default -> Shift.NONE;
        };
    }

    private static Integer year(Matcher m) {
        return m.group("y") == null ? null : Integer.valueOf(m.group("y"));
    }

    private static CalendarDate date(Integer year, Integer month, Integer day) {
        if (month != null && (month < 1 || month > 12)) return null;
        if (day != null && day > 31) return null;
        return new CalendarDate(year, month, day, Shift.NONE);
    }
}
