package extract.ner;

import extract.nlp.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every mention the fullest name the article uses for the same entity: a mention whose words
 * all occur, in order, in a longer mention of the same type ("Xi" in "Xi Jinping") takes that name.
 */
final class Canonicalizer {
    private Canonicalizer() {}

    static List<EntityMention> canonicalize(List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String best = m.text();
            for (EntityMention other : mentions) {
                if (other.type() == m.type() && other.text().length() > best.length()
                        && containsWords(other.text(), m.text())) {
                    best = other.text();
                }
            }
            out.add(new EntityMention(m.start(), m.end(), m.type(), m.text(), best));
        }
        return out;
    }

    private static boolean containsWords(String longer, String shorter) {
        String l = " " + longer.replace('-', ' ') + " ";
        String s = " " + shorter.replace('-', ' ') + " ";
        return l.contains(s);
    }
}
