package extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tagger reads names that are also words as words: "Trump/VERB", "Trump/ADJ supporters", "Will/AUX".
 * Once the name finder has spoken, a capitalised word inside a name it found is a proper noun, so that
 * "endorsed Trump" has a name for its object and "Trump said" a name for its subject.
 */
final class NameTags {
    /** The open classes the tagger gives such words; closed-class words ("of", "the") keep their tags. */
    private static final Set<String> RETAGGED = Set.of("ADJ", "VERB", "NOUN", "ADV");

    private NameTags() {}

    static List<Sentence> apply(List<Sentence> sentences, List<EntityMention> entities) {
        if (entities.isEmpty()) return sentences;
        List<Sentence> out = new ArrayList<>(sentences.size());
        int e = 0;
        for (Sentence s : sentences) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token tok : s.tokens()) {
                while (e < entities.size() && entities.get(e).end() <= tok.start()) e++;
                boolean retag = e < entities.size() && inside(tok, entities.get(e)) && RETAGGED.contains(tok.pos())
                        && Character.isUpperCase(tok.text().codePointAt(0));
                tokens.add(retag ? new Token(tok.start(), tok.end(), tok.text(), "PROPN") : tok);
            }
            out.add(new Sentence(s.start(), s.end(), s.paragraph(), tokens));
        }
        return out;
    }

    private static boolean inside(Token t, EntityMention m) {
        return m.start() <= t.start() && t.end() <= m.end();
    }
}
