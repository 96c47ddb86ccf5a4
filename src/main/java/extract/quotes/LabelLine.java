package extract.quotes;

import extract.doc.NewsDocument;
import extract.doc.Word;
import java.util.List;

/**
 * "READ MORE: Trump says …", "WATCH: …", "UPDATE: …": a line that opens with a section label and a
 * colon ({@code not-speakers.txt}) is a link or a label, not the article's report, whatever its words say.
 */
final class LabelLine implements NotAStatement {
    private static final int MAX_LABEL_WORDS = 3;
    private final CueLexicon lexicon;

    LabelLine(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean test(Claim claim, NewsDocument doc) {
        int first = doc.paragraphStartSentence(claim.content().start());
        if (first < 0) return false;
        List<Word> words = doc.wordsOf(first);
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < words.size() && i <= MAX_LABEL_WORDS; i++) {
            Word w = words.get(i);
            if (w.lower().equals(":") || w.lower().equals("|")) return i > 0 && lexicon.notSpeaker(label.toString());
            if (!w.capitalised() && !w.punctuation()) return false;
            if (label.length() > 0) label.append(' ');
            label.append(w.lower());
        }
        return false;
    }
}
