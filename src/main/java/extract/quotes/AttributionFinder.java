package extract.quotes;

import extract.nlp.AnnotatedDocument;
import extract.speaker.Speaker;
import extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Finds the attributions of a document. Placeholder: direct quotes only, no speakers. */
public final class AttributionFinder {
    public List<Attribution> find(AnnotatedDocument doc) {
        List<Attribution> out = new ArrayList<>();
        String t = doc.modelText();
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '"') {
                if (open < 0) open = i;
                else {
                    out.add(new Attribution(new Span(open, i + 1), QuoteKind.DIRECT, null, Speaker.NONE));
                    open = -1;
                }
            } else if (t.charAt(i) == '\n') open = -1;
        }
        return out;
    }
}
