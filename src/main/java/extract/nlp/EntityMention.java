package extract.nlp;

import extract.text.Span;

/**
 * A named-entity mention: its char span, type, the text as written, and the canonical name of the
 * entity it refers to in this article (the fullest form the article gives, "Xi" to "Xi Jinping").
 */
public record EntityMention(int start, int end, EntityType type, String text, String canonical) {
    public Span span() {
        return new Span(start, end);
    }
}
