package extract.nlp;

import java.util.List;

/**
 * A document after the NLP stage: the original text (all offsets count into it), the text the
 * models saw (same length, typographic marks mapped to ASCII), sentences with tokens and POS tags,
 * and named-entity mentions in text order.
 */
public record AnnotatedDocument(
        String file, String text, String modelText, List<Sentence> sentences, List<EntityMention> entities) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }
}
