package extract.speaker;

import extract.text.TitleCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the article, where the text says so: a byline at its head ("By Ana Ruiz") or the short
 * note on the writer that closes an opinion piece ("Ana Ruiz is a reporter for the Daily Post.",
 * "Ruiz, a law professor, is …", a name the article has not used before and that opens with no
 * function word: "Why was he so sure?" is none), else a web page's
 * byline ({@link #fromByline}). Empty when neither says.
 */
final class ArticleAuthor {
    /** A word of a name: a capital, then letters, full stops, apostrophes or hyphens. */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final Pattern BYLINE = Pattern.compile("(?i:by)\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})\\s*");
    /** The writer's name opening a note: one to four capitalised words of two letters or more. */
    private static final String NOTE_NAME = "(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})";
    private static final Pattern NOTE = Pattern.compile(NOTE_NAME + "\\s+(?:is|was)\\s+\\S.*");
    /**
     * "Ana Ruiz, a law professor, is a member of our board.", "Rep. Ana Ruiz, D-Ariz., was …": only as
     * the last line and one sentence, since a report may close by introducing someone the same way.
     */
    private static final Pattern DESCRIBED_NOTE = Pattern.compile(
            NOTE_NAME + ",\\s+[^,]{1,80},\\s+(?:is|was)\\s+(?:(?![.!?]\\s+\\p{Lu}).)+");
    /** The writer's note is short: one sentence or two. */
    private static final int NOTE_WORDS = 45;
    private static final int HEAD_LINES = 3;
    private static final int TAIL_LINES = 2;

    /** Where a page's byline ends its first author's name: "Troy L. Smith, Cleveland.com", "Ana Ruiz | Daily Post". */
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:[,|;(]|\\s[-–—]\\s|\\sand\\s|\\s&\\s).*", Pattern.DOTALL);
    private static final Pattern PERSON_WORDS = Pattern.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3}");

    private ArticleAuthor() {}

    /**
     * The writer a web page's byline names, when it names one person by a first name the lexicon
     * knows ("Isaac Butler", "TOM KRISHER, AP Auto Writer" → Tom Krisher); empty for a site, a desk,
     * a user name or two writers ("Lia Eustachewich, Yaron Steinbuch": whose is "I"?).
     */
    static Optional<String> fromByline(String byline, SpeakerLexicon lexicon) {
        String b = byline.strip().replaceFirst("^(?i:by)\\s+", "");
        String name = firstName(b);
        String rest = b.substring(name.length()).replaceFirst("^\\s*(?:[,|;(]|[-–—]|and|&)\\s*", "");
        if (person(firstName(rest), lexicon) != null) return Optional.empty(); // a second writer
        return Optional.ofNullable(person(name, lexicon));
    }

    /** The byline up to the end of its first name. */
    private static String firstName(String byline) {
        Matcher end = BYLINE_END.matcher(byline);
        return end.find() ? byline.substring(0, end.start()) : byline;
    }

    /** The words as a person's name (title case when in capitals), or null when they are no name with a known first name. */
    private static String person(String words, SpeakerLexicon lexicon) {
        if (!PERSON_WORDS.matcher(words).matches()) return null;
        String name = words.equals(words.toUpperCase(Locale.ROOT)) ? TitleCase.fromCapitals(words) : words;
        return lexicon.genderOf(name) != null ? name : null;
    }

    /** "Mr. Ruiz" or "Ana Ruiz", not "Why" nor "Although Bloomberg". */
    private static boolean opensName(String words, SpeakerLexicon lexicon) {
        String first = words.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return lexicon.honorificGender(first) != null || !lexicon.functionWords().contains(first);
    }

    static Optional<String> find(String text, SpeakerLexicon lexicon) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) if (!l.isBlank()) lines.add(l.strip());
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            Matcher m = BYLINE.matcher(lines.get(i));
            if (m.matches()) return Optional.of(m.group(1));
        }
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - TAIL_LINES); i--) {
            String l = lines.get(i);
            Matcher m = NOTE.matcher(l);
            if (!m.matches() && i == lines.size() - 1) m = DESCRIBED_NOTE.matcher(l);
            // a name new to the article: "Trump is due in Ohio on Monday." closing a report is no note on its writer
            if (m.matches() && l.split("\\s+").length <= NOTE_WORDS && !text.substring(0, text.indexOf(l)).contains(m.group(1))
                    && opensName(m.group(1), lexicon)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
