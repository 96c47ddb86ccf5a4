package extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a gold source's kind and fuller names from the article itself, for gold folders that
 * come without speakers.tsv: a pronoun is a word of the pronoun list, a name has a capitalised word
 * that is not a title, a description is anything else; a name's fuller form is the nearest earlier
 * capitalised name in the text with the same surname ("Clinton" -> "Hillary Clinton").
 */
final class SourceResolver {
    // Runs of capitalised words on one line: "Hillary Rodham Clinton", "Sen. Tim Kaine".
    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?(?:[ \\u00A0]+\\p{Lu}[\\p{L}'’\\-]*\\.?)*");

    private final EvalLexicon lexicon;

    SourceResolver(EvalLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The kind of the source that starts at {@code start} in {@code text}. */
    SourceKind kind(String source, String text, int start) {
        String s = source.trim();
        if (s.isEmpty()) return SourceKind.NONE;
        boolean allPronouns = true;
        boolean first = true;
        for (String w : s.split("\\s+")) {
            String bare = w.replaceAll("^\\W+|\\W+$", "");
            if (bare.isEmpty()) continue;
            if (Character.isUpperCase(bare.codePointAt(0)) && !lexicon.isTitle(bare) && !lexicon.isPronoun(bare)
                    && (!first || !startsSentence(text, start) || capitalisedInsideASentence(bare, text))) {
                return SourceKind.NAME;
            }
            if (!lexicon.isPronoun(bare) && !bare.equalsIgnoreCase("and")) allPronouns = false;
            first = false;
        }
        return allPronouns ? SourceKind.PRONOUN : SourceKind.DESCRIPTION;
    }

    /** Nothing but quotation marks and space between {@code start} and the text's start or a sentence end. */
    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
    }

    /** A capitalised first word is a name when the article also capitalises it in mid-sentence ("Aides" is not). */
    private static boolean capitalisedInsideASentence(String word, String text) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        while (m.find()) {
            if (!startsSentence(text, m.start())) return true;
        }
        return false;
    }

    /** Fuller forms of a name source found in {@code text} before {@code before}, nearest first; at most one. */
    List<String> fullerNames(String source, String text, int before) {
        String head = NameParts.of(source, lexicon).head();
        if (head == null) return List.of();
        Matcher m = CAPITALISED_RUN.matcher(text);
        m.region(0, Math.max(0, Math.min(before, text.length())));
        String nearest = null;
        while (m.find()) {
            String run = dropLeadingFunctionWords(m.group());
            NameParts parts = NameParts.of(run, lexicon);
            if (head.equals(parts.head()) && parts.firstName() != null && !run.equalsIgnoreCase(source.trim())) {
                nearest = run;
            }
        }
        return nearest == null ? List.of() : List.of(nearest);
    }

    /** "But Hillary Clinton" at a sentence start: "But" is not part of the name. */
    private String dropLeadingFunctionWords(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("[ \\u00A0]+")));
        while (words.size() > 1) {
            String w = words.get(0);
            if (lexicon.isHeadStop(w) || lexicon.isPronoun(w)) words.remove(0);
            else break;
        }
        return String.join(" ", words);
    }
}
