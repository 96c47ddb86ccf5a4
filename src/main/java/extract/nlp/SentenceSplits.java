package extract.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence detection with repairs: a split right after a closing quotation mark or parenthesis is
 * undone when the next sentence starts in lower case ("Go!" he said.), so a quotation stays in the
 * sentence of its attribution; a split after a comma is undone; and a split after a title abbreviation or an initial ("Sen.", "Rep.", "G.K.") is
 * undone, so a name stays whole. A split right after a decimal number ("826.5 billion") is undone, and one between "a.m." or
 * "p.m." and a weekday, month or time zone ("9 a.m. Sunday"). A sentence ends at a quotation closed by
 * two apostrophes before a capital ("… ''The Glass Ceiling Club.'' In the novel"), which the detector misses.
 */
final class SentenceSplits {
    private static final java.util.Set<String> TITLES =
            extract.text.WordLists.words("/extract/nlp/title-abbreviations.txt");
    private static final java.util.Set<String> ABBREVIATIONS =
            extract.text.WordLists.words("/extract/nlp/abbreviations.txt");
    private static final java.util.Set<String> AFTER_CLOCK =
            extract.text.WordLists.words("/extract/nlp/after-clock-words.txt");
    private static final java.util.Set<String> CLOCK = java.util.Set.of("a.m.", "p.m.");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(".*\\d\\.\\d+");
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(^|[\\s(])([A-Z]\\.)+$");

    private SentenceSplits() {}

    /** True when the word ending at {@code end} (exclusive, after its full stop) is an abbreviation. */
    static boolean abbreviationBefore(String text, int end) {
        String word = wordBefore(text, end).toLowerCase(java.util.Locale.ROOT);
        return TITLES.contains(word) || ABBREVIATIONS.contains(word) || isInitials(text, end);
    }

    /** A title or an initial, which a name always follows. */
    private static boolean titleBefore(String text, int end) {
        String word = wordBefore(text, end).toLowerCase(java.util.Locale.ROOT);
        // "then-Sen. Barack Obama", "ex-Gov. Jeb Bush": the title after a prefix's hyphen
        return TITLES.contains(word) || TITLES.contains(word.substring(word.lastIndexOf('-') + 1)) || isInitials(text, end);
    }

    private static boolean isInitials(String text, int end) {
        return INITIALS.matcher(wordBefore(text, end)).find() && wordBefore(text, end).length() <= 6;
    }

    /** The word ending at {@code end} is a number with a decimal point ("826.5", "$1.3"). */
    private static boolean decimalBefore(String text, int end) {
        return DECIMAL.matcher(wordBefore(text, end)).matches();
    }

    /** The word starting at {@code start}, up to a space or a comma. */
    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ',') end++;
        return text.substring(start, end);
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return text.substring(start, end);
    }

    /** A sentence's end inside a quotation closed by two apostrophes, before a capital: "… ''over.'' In the novel". */
    private static final java.util.regex.Pattern END_BEFORE_APOSTROPHES = java.util.regex.Pattern.compile("[.?!]''(?=\\s+\\p{Lu})");

    /**
     * The detector does not end a sentence at a quotation closed the old typewriter way, with two
     * apostrophes ("… as ''The Glass Ceiling Club.'' In the novel, …"): split there too.
     */
    private static List<Span> splitAtApostrophes(String text, Span s) {
        List<Span> out = new ArrayList<>(2);
        int from = s.getStart();
        java.util.regex.Matcher m = END_BEFORE_APOSTROPHES.matcher(text).region(s.getStart(), s.getEnd());
        while (m.find()) {
            if (m.start() > from && !(text.charAt(m.start()) == '.' && titleBefore(text, m.start() + 1))) {
                out.add(new Span(from, m.end()));
                from = m.end();
                while (from < s.getEnd() && Character.isWhitespace(text.charAt(from))) from++;
            }
        }
        out.add(new Span(from, s.getEnd()));
        return out;
    }

    static List<Span> of(SentenceDetectorME detector, String paragraph) {
        List<Span> raw = new ArrayList<>();
        for (Span s : detector.sentPosDetect(paragraph)) raw.addAll(splitAtApostrophes(paragraph, s));
        List<Span> out = new ArrayList<>(raw.size());
        for (Span s : raw) {
            if (!out.isEmpty() && continuesPrevious(paragraph, out.get(out.size() - 1), s)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean continuesPrevious(String text, Span prev, Span next) {
        char last = text.charAt(prev.getEnd() - 1);
        if (last == '.' && titleBefore(text, prev.getEnd())) return true;
        if (last == ',' || last == ';') return true; // no sentence ends with a comma ("R-Ky., said")
        // "rose to 826.5 billion": the detector takes a decimal point for a full stop and splits after the number
        if (Character.isDigit(last) && decimalBefore(text, prev.getEnd())) return true;
        boolean quoteEnd = last == '"' || last == '\'';
        int i = next.getStart();
        while (i < next.getEnd() && !Character.isLetterOrDigit(text.charAt(i))) i++;
        if (i >= next.getEnd()) return false;
        boolean lowerNext = Character.isLowerCase(text.charAt(i)) || Character.isDigit(text.charAt(i));
        if (last == '.' && lowerNext && abbreviationBefore(text, prev.getEnd())) return true;
        // "By 9 a.m. Sunday, Sharpton began": a weekday, month or time zone goes on the clock time
        if (last == '.' && CLOCK.contains(wordBefore(text, prev.getEnd()).toLowerCase(java.util.Locale.ROOT))
                && AFTER_CLOCK.contains(wordAt(text, i).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        // "Sen. Claire McCaskill (D-Mo.) said.": no sentence starts with a lower-case word after a closing mark
        return (quoteEnd || last == ')') && Character.isLowerCase(text.charAt(i));
    }
}
