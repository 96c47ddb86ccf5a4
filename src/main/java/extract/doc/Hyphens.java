package extract.doc;

import java.util.List;
import java.util.Set;

/**
 * Hyphens and dashes across tokens, the tests the quote and speaker stages share: the tokenizer
 * leaves "front-runner" as "front" + "-" + "runner" and "working-class" as "working" + "-class", and a
 * hyphen between spaces stands for a dash.
 */
public final class Hyphens {
    private static final Set<String> DASHES = Set.of("--", "\u2014", "\u2013", "\u2015");

    private Hyphens() {}

    /** A dash, or a hyphen standing alone ("scholars - Mr. Tribe and Ms. Epstein - agreed", a list's "-Nate Cohn"). */
    public static boolean dash(List<Word> words, int i) {
        String t = words.get(i).text();
        return DASHES.contains(t) || t.equals("-") && !joining(words, i);
    }

    /** Word i is a hyphen written without spaces, joining two parts of one word ("Jong-un"). */
    public static boolean joining(List<Word> words, int i) {
        return i > 0 && i + 1 < words.size() && words.get(i).text().equals("-")
                && words.get(i - 1).end() == words.get(i).start() && words.get(i).end() == words.get(i + 1).start();
    }

    /**
     * Word i goes on from word i - 1 as one hyphenated word: "working" + "-class", "front" + "-" +
     * "runner" (both the hyphen and "runner"), "would-" + "be"; not a list's dash at a paragraph's start.
     */
    public static boolean gluedToPrevious(List<Word> words, int i) {
        if (i <= 0 || i >= words.size() || words.get(i - 1).end() != words.get(i).start()) return false;
        String prev = words.get(i - 1).text();
        String cur = words.get(i).text();
        boolean prevWord = prev.chars().anyMatch(Character::isLetterOrDigit); // "D.C.-based", not a list's dash
        if (cur.equals("-")) return prevWord && i + 1 < words.size() && words.get(i).end() == words.get(i + 1).start();
        if (cur.startsWith("-")) return prevWord;
        return prev.endsWith("-") && (prev.length() > 1 || gluedToPrevious(words, i - 1));
    }
}
