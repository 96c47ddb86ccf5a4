package extract.ner;

import extract.nlp.EntityMention;
import extract.nlp.Sentence;
import java.util.List;

/**
 * Finds person, organization and location mentions in an annotated document and gives each its
 * canonical name in the article. Not thread-safe: one per worker.
 */
public interface EntityRecognizer {
    List<EntityMention> recognize(String text, List<Sentence> sentences);
}
