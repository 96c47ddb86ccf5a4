package extract.nlp;

import extract.text.Span;

/** A token with its char span in the document text and its Universal Dependencies POS tag (PROPN, NOUN, VERB, AUX, PRON, DET, ADP, SCONJ, PUNCT, ...). */
public record Token(int start, int end, String text, String pos) {
    public Span span() {
        return new Span(start, end);
    }
}
