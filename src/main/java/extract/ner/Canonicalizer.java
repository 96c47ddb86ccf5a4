package extract.ner;

import extract.nlp.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every mention the fullest name the article uses for the same entity: a mention whose words
 * all occur, in order, in a longer mention of the same type ("Xi" in "Xi Jinping") takes that name.
 * When several full names fit ("Kim" for "Kim Jong-un" and "Kim Yo-jong"), the one mentioned last
 * before it wins, else the first one after it.
 */
final class Canonicalizer {
    private Canonicalizer() {}

    static List<EntityMention> canonicalize(List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String name = normalize(m.text());
            EntityMention before = null;
            EntityMention after = null;
            for (EntityMention other : mentions) {
                if (other.type() != m.type() || !containsWords(normalize(other.text()), name)) continue;
                if (normalize(other.text()).length() <= name.length()) continue;
                if (other.start() < m.start()) {
                    before = other; // mentions come in text order: the latest one before wins
                } else if (after == null) {
                    after = other;
                }
            }
            EntityMention full = before != null ? before : after;
            String canonical = full == null ? name : normalize(full.text());
            out.add(new EntityMention(m.start(), m.end(), m.type(), m.text(), canonical));
        }
        return out;
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean containsWords(String longer, String shorter) {
        String l = " " + longer.replace('-', ' ') + " ";
        String s = " " + shorter.replace('-', ' ') + " ";
        return l.contains(s);
    }
}
