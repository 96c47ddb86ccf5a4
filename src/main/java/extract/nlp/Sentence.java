package extract.nlp;

import extract.text.Span;
import java.util.List;

/** A sentence: its char span, the paragraph it belongs to and its tokens. */
public record Sentence(int start, int end, int paragraph, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span() {
        return new Span(start, end);
    }
}
