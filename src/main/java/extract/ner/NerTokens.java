package extract.ner;

import extract.nlp.Sentence;
import extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the name finder sees for one sentence. The training corpora split a possessive
 * ("Korea 's") and a slash between words ("Xinhua / Reuters"); the run-time tokenizer keeps them in
 * one token, so they are split here, each piece keeping its offsets in the document text. A hyphen
 * with spaces around it is shown as the dash it stands for ("--").
 */
record NerTokens(String[] words, int[] starts, int[] ends) {
    static NerTokens of(String modelText, Sentence sentence) {
        List<int[]> pieces = new ArrayList<>();
        for (Token t : sentence.tokens()) split(modelText, t.start(), t.end(), pieces);
        String[] words = new String[pieces.size()];
        int[] starts = new int[pieces.size()];
        int[] ends = new int[pieces.size()];
        for (int i = 0; i < words.length; i++) {
            starts[i] = pieces.get(i)[0];
            ends[i] = pieces.get(i)[1];
            words[i] = modelText.substring(starts[i], ends[i]);
            // "LOS ANGELES - Hillary Clinton": a hyphen with spaces around it is a dash, which no name runs over
            if (words[i].equals("-") && spaced(modelText, starts[i], ends[i])) words[i] = "--";
        }
        return new NerTokens(words, starts, ends);
    }

    private static boolean spaced(String text, int start, int end) {
        return start > 0 && end < text.length() && Character.isWhitespace(text.charAt(start - 1)) && Character.isWhitespace(text.charAt(end));
    }

    private static void split(String text, int start, int end, List<int[]> out) {
        String w = text.substring(start, end);
        int n = w.length();
        if (n > 2 && (w.endsWith("'s") || w.endsWith("'S")) && Character.isLetter(w.charAt(n - 3))) {
            split(text, start, end - 2, out);
            out.add(new int[] {end - 2, end});
            return;
        }
        if (n > 2 && w.endsWith("s'")) {
            split(text, start, end - 1, out);
            out.add(new int[] {end - 1, end});
            return;
        }
        int slash = w.indexOf('/');
        if (slash > 0 && slash < n - 1 && Character.isLetter(w.charAt(slash - 1)) && Character.isLetter(w.charAt(slash + 1))) {
            out.add(new int[] {start, start + slash});
            out.add(new int[] {start + slash, start + slash + 1});
            split(text, start + slash + 1, end, out);
            return;
        }
        out.add(new int[] {start, end});
    }
}
