package extract.time;

import extract.text.Span;
import extract.time.TimeMeaning.CalendarDate;
import extract.time.place.PlaceLexicon;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the head of an article says about when and where it was written: a date line ("Jan. 10,
 * 2019", "Published 10 January 2019") and a dateline ("BEIJING, Jan 10 (Reuters) -", "SEOUL, South
 * Korea —"). A dateline's date without a year takes the year of a date line, if any.
 */
public record Dateline(Optional<LocalDate> date, Optional<String> place, Optional<Span> span) {
    /** A head without a dateline's words in the text (a date line alone, or nothing). */
    public Dateline(Optional<LocalDate> date, Optional<String> place) {
        this(date, place, Optional.empty());
    }

    /** How far into the article a date line or dateline may stand: past a headline, a date line and captions. */
    private static final int HEAD_LINES = 20;
    private static final int HEAD_CHARS = 6000;
    private static final Pattern LABEL = Pattern.compile(
            "^(?i:(?:first\\h+)?(?:published|updated|posted|last\\h+updated|date|dated)\\h*:?\\h*(?:on\\h+)?)");
    /**
     * CITY[, Region[, Country]][, Mon. D[, YYYY]] [(Agency)] DASH, then the first word of the story.
     * The city is in capitals ("BEIJING", "MCALLEN, Texas") or, when an agency follows or the place
     * is a known one, as a name ("Washington (AFP) –"). A hyphen needs a space or an agency before
     * it ("SIEGEL--Jerome" is no dateline). The dash may also be a horizontal bar ("WASHINGTON ―").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(?<city>[A-Z][A-Z.'\u2019]+(?:[- /][A-Z][A-Z.'\u2019]+){0,3})|(?<named>[A-Z][a-z.]+(?:[- ][A-Z][a-z.]+){0,2}))"
                    + "(?:,\\h+[A-Z][A-Za-z.]+(?:\\h+[A-Z][A-Za-z.]+)?){0,2}"
                    + "(?:,\\h+(?<date>[A-Z][a-z]{2,8}\\.?\\h+\\d{1,2}(?:,\\h+\\d{4})?))?"
                    + "(?:\\h*(?<agency>\\([^)]{1,40}\\))\\h*|\\h+|\\h*(?=[\u2014\u2013\u2015]))(?:-{1,2}|\u2014|\u2013|\u2015)\\h*"
                    + "(?=[\"'\u201c\u2018]?[A-Z0-9])");
    private static final java.util.Set<String> NOT_PLACES = Lexicons.words("not-datelines.txt");
    /** What may follow the date on a date line: a clock time and whatever goes with it. */
    private static final Pattern AFTER_DATE = Pattern.compile("^[\\h,|/-]*(?:(?:at\\h+)?\\d{1,2}(?:[:.]\\d\\d)?\\h*"
            + "(?:[AaPp]\\.?[Mm]\\.?)?\\b.*|[A-Z]{2,4}\\b(?:\\h*[|/].*)?)?$");

    public static Dateline read(String modelText, TemporalTagger tagger, PlaceLexicon places) {
        CalendarDate fromDateLine = null;
        CalendarDate fromDateline = null;
        String place = null;
        Span span = null; // the dateline's own words: their date dates the filing, no statement
        int lineStart = 0;
        int seen = 0;
        while (lineStart < modelText.length() && seen < HEAD_LINES && lineStart < HEAD_CHARS) {
            int lineEnd = modelText.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = modelText.length();
            String raw = modelText.substring(lineStart, lineEnd);
            String line = raw.strip();
            int lead = raw.length() - raw.stripLeading().length();
            if (!line.isEmpty()) {
                seen++;
                if (fromDateLine == null) fromDateLine = dateLine(line, tagger);
                Matcher m = DATELINE.matcher(line);
                if (place == null && m.find() && isPlace(m, places)) {
                    place = m.group("city") != null ? placeName(m.group("city"), modelText, places) : named(m.group("named"), places);
                    if (m.group("date") != null) fromDateline = firstDate(m.group("date"), tagger);
                    span = new Span(lineStart + lead + m.start(), lineStart + lead + m.end());
                }
            }
            lineStart = lineEnd + 1;
        }
        return new Dateline(date(fromDateline, fromDateLine), Optional.ofNullable(place), Optional.ofNullable(span));
    }

    /**
     * A city in capitals is a dateline's unless it is a label ("EXCLUSIVE —"); a city written as a
     * name only before an agency ("Washington (AFP) –") or when it is a known place ("Beijing —"),
     * since a sentence may open with a name and a dash ("Kagan — who was ...").
     */
    private static boolean isPlace(Matcher m, PlaceLexicon places) {
        if (m.group("city") != null) return !NOT_PLACES.contains(m.group("city"));
        if (NOT_PLACES.contains(m.group("named").toUpperCase(Locale.ROOT))) return false;
        return m.group("agency") != null || places.named(m.group("named")) != null;
    }

    private static String named(String name, PlaceLexicon places) {
        PlaceLexicon.Place known = places.named(name);
        return known != null ? known.names().get(0) : name;
    }

    /** A line that is a date and little else, after an optional "Published" label. */
    private static CalendarDate dateLine(String line, TemporalTagger tagger) {
        Matcher label = LABEL.matcher(line);
        String rest = label.find() ? line.substring(label.end()) : line;
        List<TimeExpression> found = tagger.tag(rest, 0, rest.length());
        if (found.isEmpty() || found.get(0).span().start() != 0) return null;
        // what follows the date may only be a clock time, a zone or a separator, not running text
        if (!AFTER_DATE.matcher(rest.substring(found.get(0).span().end())).matches()) return null;
        return found.get(0).meaning() instanceof CalendarDate d && d.day() != null ? d : null;
    }

    private static CalendarDate firstDate(String s, TemporalTagger tagger) {
        List<TimeExpression> found = tagger.tag(s, 0, s.length());
        return !found.isEmpty() && found.get(0).meaning() instanceof CalendarDate d && d.day() != null ? d : null;
    }

    private static Optional<LocalDate> date(CalendarDate dateline, CalendarDate dateLine) {
        CalendarDate d = dateline != null ? dateline : dateLine;
        if (d == null) return Optional.empty();
        Integer year = d.year() != null ? d.year() : dateLine != null ? dateLine.year() : null;
        if (year == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(year, d.month(), d.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "BEIJING" as the article writes it elsewhere ("Beijing"), or as the lexicon does, or title-cased. */
    private static String placeName(String capitals, String modelText, PlaceLexicon places) {
        String city = capitals.split("/")[0].strip();
        PlaceLexicon.Place known = places.named(city);
        if (known != null) return known.names().get(0);
        Matcher m = Pattern.compile("(?<![\\w'])" + Pattern.quote(city) + "(?![\\w'])", Pattern.CASE_INSENSITIVE)
                .matcher(modelText);
        while (m.find()) {
            String written = m.group();
            if (Character.isUpperCase(written.charAt(0)) && !written.equals(written.toUpperCase(Locale.ROOT))) return written;
        }
        StringBuilder title = new StringBuilder();
        for (String w : city.toLowerCase(Locale.ROOT).split(" ")) {
            if (title.length() > 0) title.append(' ');
            title.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return title.toString();
    }
}
