package extract.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence detection with one repair: a split right after a closing quotation mark, or a
 * quote-final "!"/"?", is undone when the next sentence starts in lower case ("Go!" he said.), so a
 * quotation stays in the sentence of its attribution.
 */
final class SentenceSplits {
    private SentenceSplits() {}

    static List<Span> of(SentenceDetectorME detector, String paragraph) {
        Span[] raw = detector.sentPosDetect(paragraph);
        List<Span> out = new ArrayList<>(raw.length);
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
        boolean quoteEnd = last == '"' || last == '\'';
        int i = next.getStart();
        while (i < next.getEnd() && !Character.isLetterOrDigit(text.charAt(i))) i++;
        if (i >= next.getEnd()) return false;
        return quoteEnd && Character.isLowerCase(text.charAt(i));
    }
}
