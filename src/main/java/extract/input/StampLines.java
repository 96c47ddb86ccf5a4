package extract.input;

import extract.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of page furniture that the article's own element often holds around the story: bylines and
 * time stamps among its first paragraphs ("By Ann Lee - 11/18/19 11:04 PM", "Updated 1:39 am EST,
 * Wednesday", "November 20, 2019 / 1:07 AM / CBS News"), copyright lines among its last.
 */
final class StampLines {
    /** Stamps are looked for among this many first paragraphs, copyright lines among this many last. */
    private static final int HEAD = 3, TAIL = 2;
    private static final int BYLINE_CHARS = 150, STAMP_CHARS = 80, STAMP_WORDS = 10, COPYRIGHT_CHARS = 200;
    private static final List<String> BYLINE_OPENERS = WordLists.lines("/extract/input/byline-openers.txt");
    private static final Set<String> MONTHS = WordLists.words("/extract/input/month-words.txt");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(copyright\\b|©|\\(c\\)\\s*\\d)|all rights reserved");

    private StampLines() {}

    static String without(String body, PageMetadata metadata) {
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
        for (int i = 0; i < Math.min(HEAD, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (isByline(p, metadata) || isTimeStamp(p)) paragraphs.remove(i--);
        }
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - TAIL); i--) {
            String p = paragraphs.get(i);
            if (p.length() <= COPYRIGHT_CHARS && COPYRIGHT.matcher(p).find()) paragraphs.remove(i);
        }
        return String.join("\n\n", paragraphs);
    }

    /** Short, opened by a byline word ("By", "Updated"), and holding a digit or the page's byline. */
    static boolean isByline(String paragraph, PageMetadata metadata) {
        if (paragraph.length() > BYLINE_CHARS) return false;
        String lower = paragraph.toLowerCase(Locale.ROOT);
        boolean opener = BYLINE_OPENERS.stream().anyMatch(o -> lower.startsWith(o + " "));
        if (!opener) return false;
        boolean names = metadata.byline().map(b -> lower.contains(b.toLowerCase(Locale.ROOT))).orElse(false);
        return names || paragraph.chars().anyMatch(Character::isDigit);
    }

    /**
     * A few words around a date or a time of day: "LinkNaija August 08, 2018", "Nov. 19, 2019
     * 12:04AM ET" (a month beside a number and a year, a numeric date, or a clock time).
     */
    static boolean isTimeStamp(String paragraph) {
        if (paragraph.length() > STAMP_CHARS) return false;
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(paragraph.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        if (words.size() > STAMP_WORDS) return false;
        if (paragraph.endsWith("?")) return false;
        if (NUMERIC_DATE.matcher(paragraph).find()) return true;
        if (words.stream().noneMatch(w -> YEAR.matcher(w).matches())) return false;
        for (int i = 0; i < words.size(); i++) {
            if (!MONTHS.contains(words.get(i))) continue;
            boolean numberBefore = i > 0 && isNumber(words.get(i - 1));
            boolean numberAfter = i + 1 < words.size() && isNumber(words.get(i + 1));
            if (numberBefore || numberAfter) return true;
        }
        return false;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }
}
