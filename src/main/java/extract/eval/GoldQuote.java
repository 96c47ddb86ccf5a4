package extract.eval;

import extract.text.Span;
import java.util.List;

/**
 * One annotated attribution: its content pieces (UTF-16 char spans, in annotation order; more than
 * one when the content is discontinuous), the source text ("" when none), the source's kind and the
 * names the source stands for (fuller names or, for a pronoun, whom it refers to).
 */
public record GoldQuote(String id, List<Span> content, String source, SourceKind kind, List<String> names) {
    public GoldQuote {
        content = List.copyOf(content);
        names = List.copyOf(names);
    }

    /**
     * The names hold a proper name (a capitalised word). Where they do not ("he" whose coreference
     * chain holds only "the daughter"), no resolved name can be judged right.
     */
    public boolean namesSomeone() {
        for (String n : names) {
            for (String w : n.trim().split("\\s+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) return true;
            }
        }
        return false;
    }
}
