package extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a speaker phrase that decide whether two phrases name the same entity: the head
 * word (a name's surname, a description's noun: "a spokesman for the campaign" -> spokesman) and,
 * when the phrase gives one, the first name. Both lower case; head is null for a phrase without words.
 */
record NameParts(String head, String firstName) {

    static NameParts of(String phrase, EvalLexicon lexicon) {
        List<String> words = headPhrase(phrase, lexicon);
        if (words.isEmpty()) return new NameParts(null, null);
        String head = words.get(words.size() - 1);
        // The first name opens the capitalised run that ends in the head, after its last title
        // ("French President François Hollande", "Charlotte Mayor Jennifer Roberts").
        int runStart = words.size() - 1;
        while (runStart > 0 && isCapitalised(words.get(runStart - 1))) runStart--;
        for (int i = words.size() - 2; i >= runStart; i--) {
            if (lexicon.isTitle(words.get(i))) {
                runStart = i + 1;
                break;
            }
        }
        String first = null;
        if (isCapitalised(head) && runStart < words.size() - 1) first = lower(stripPeriod(words.get(runStart)));
        return new NameParts(lower(possessiveless(head)), first);
    }

    /** First names agree when equal or when one is the other's initial ("J." and "John"). */
    static boolean sameFirstName(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() == 1) return b.startsWith(a);
        if (b.length() == 1) return a.startsWith(b);
        return false;
    }

    /** The words up to the first comma, parenthesis or head-stop word, without trailing name suffixes. */
    private static List<String> headPhrase(String phrase, EvalLexicon lexicon) {
        String cut = phrase;
        for (char c : new char[] {',', '(', '[', ';', '—', '–'}) {
            int i = cut.indexOf(c);
            if (i >= 0) cut = cut.substring(0, i);
        }
        List<String> words = new ArrayList<>();
        for (String raw : cut.trim().split("\\s+")) {
            String w = trimPunctuation(raw);
            if (w.isEmpty()) continue;
            if (!words.isEmpty() && lexicon.isHeadStop(w) && !isCapitalised(w)
                    && !(w.equals("of") && afterTitle(words, lexicon))) break;
            words.add(w);
        }
        while (words.size() > 1 && lexicon.isNameSuffix(words.get(words.size() - 1))) words.remove(words.size() - 1);
        return words;
    }

    /** "Secretary of State Jon Husted": after a capitalised title "of" continues the title. */
    private static boolean afterTitle(List<String> wordsSoFar, EvalLexicon lexicon) {
        String last = wordsSoFar.get(wordsSoFar.size() - 1);
        return isCapitalised(last) && lexicon.isTitle(last);
    }

    private static String trimPunctuation(String w) {
        int s = 0, e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) s++;
        // keep a final period: it marks initials and abbreviated titles ("J.", "Sen.")
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1)) && w.charAt(e - 1) != '.') e--;
        return w.substring(s, e);
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static String possessiveless(String w) {
        String s = stripPeriod(w);
        if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("'") || s.endsWith("’")) return s.substring(0, s.length() - 1);
        return s;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
