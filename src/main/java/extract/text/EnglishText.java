package extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is English, judged on its words: a text mostly in another script, or with more
 * common words of another language ({@code other-language-words.txt}) than common English ones
 * ({@code english-words.txt}), is not. The tool reads English only: another language gives rows
 * that mean nothing ("Carlos: Estou aqui"). Too short a text is given the benefit of the doubt.
 * Immutable; shared.
 */
public final class EnglishText {
    /** Fewer words than this are too few to judge. */
    static final int MIN_WORDS = 30;
    /** The words judged: a text's first few hundred tell its language, and a long one costs no more. */
    static final int MAX_WORDS = 300;

    private final Set<String> english;
    private final Set<String> other;

    EnglishText(Set<String> english, Set<String> other) {
        this.english = english;
        this.other = other;
    }

    /** The one instance the tool uses, loaded on first use. */
    public static EnglishText shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EnglishText INSTANCE = new EnglishText(WordLists.words("/extract/text/english-words.txt"),
                WordLists.words("/extract/text/other-language-words.txt"));
    }

    /** What the words say about a text's language. */
    public record Verdict(boolean english, int words, double englishShare) {
        /** For the user: "not English (3% of the 300 words read are common English ones; extract reads English only)". */
        public String reason() {
            return String.format(Locale.ROOT, "not English (%d%% of the %d words read are common English ones; extract reads English only)",
                    Math.round(englishShare * 100), words);
        }
    }

    public Verdict judge(String text) {
        int words = 0, englishWords = 0, otherWords = 0, latinLetters = 0, letters = 0;
        int i = 0, n = text.length();
        while (i < n && words < MAX_WORDS) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                int d = text.codePointAt(i);
                letters++;
                if (Character.UnicodeScript.of(d) == Character.UnicodeScript.LATIN) latinLetters++;
                i += Character.charCount(d);
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            words++;
            if (english.contains(w)) englishWords++;
            else if (other.contains(w)) otherWords++;
        }
        double share = words == 0 ? 0 : (double) englishWords / words;
        boolean foreign = words >= MIN_WORDS && (latinLetters * 2 < letters || otherWords > englishWords);
        return new Verdict(!foreign, words, share);
    }
}
