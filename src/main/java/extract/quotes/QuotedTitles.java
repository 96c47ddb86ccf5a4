package extract.quotes;

import extract.text.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a quoted title from a quotation: “Meet the Press.”, “Fox News Sunday,”, “Make America Great
 * Again” are names of shows, books and slogans, not words someone said. A title here is two to six
 * words, all capitalised but for small words, with no sentence inside and no exclamation or question
 * ("What a Super Tuesday!" is speech), and not shouted in capitals. Immutable; shared.
 */
final class QuotedTitles {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019\\-.&]*");
    private static final Pattern MARKS = Pattern.compile("^[\"'“‘`]+|[\"'”’]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern TWO_SENTENCES = Pattern.compile(".*[.;:]\\s.*");
    private static final int MAX_WORDS = 6;
    private final Set<String> smallWords;

    QuotedTitles(Set<String> smallWords) {
        this.smallWords = smallWords;
    }

    static QuotedTitles fromResources() {
        return new QuotedTitles(WordLists.words("/extract/quotes/title-small-words.txt"));
    }

    boolean isTitle(String quote) {
        String core = MARKS.matcher(quote.strip()).replaceAll("").strip();
        if (core.isEmpty() || core.indexOf('!') >= 0 || core.indexOf('?') >= 0) return false;
        String body = TRAILING_PUNCTUATION.matcher(core).replaceAll("");
        if (TWO_SENTENCES.matcher(body).matches()) return false; // "Like Oakland. Or Ferguson": two sentences
        if (body.equals(body.toUpperCase(Locale.ROOT))) return false; // "GROWING PARTY": shouted, not a title
        Matcher m = WORD.matcher(body);
        int words = 0;
        boolean capital = false;
        while (m.find()) {
            String w = m.group();
            words++;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) capital = true;
            else if (!smallWords.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return capital && words >= 2 && words <= MAX_WORDS;
    }
}
