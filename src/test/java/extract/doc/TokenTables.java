package extract.doc;

import extract.ner.NameLexicon;
import extract.ner.Names;
import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made documents for sieve tests, so that no model loads: a table of {@code word/TAG} tokens,
 * sentences split by " | ", paragraphs by line breaks; the text is the words joined by spaces, except
 * after a word marked "~" ("self/NOUN ~-/PUNCT ~described/VERB" is "self-described").
 * Entities are given as "TYPE:words" and found at their first occurrence after the previous one of
 * the same words ("PERSON:Angela Merkel"); their canonical names are given by the pipeline's own
 * canonicaliser ({@link Names}), as the name finder's stage gives them.
 */
public final class TokenTables {
    private static final NameLexicon NAMES = NameLexicon.load();

    private TokenTables() {}

    public static AnnotatedDocument annotated(String table, String... entities) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        String[] paragraphs = table.strip().split("\n");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) text.append('\n');
            String[] parts = paragraphs[p].strip().split(" \\| ");
            for (int s = 0; s < parts.length; s++) {
                if (s > 0) text.append(' ');
                int sentenceStart = text.length();
                List<Token> tokens = new ArrayList<>();
                for (String item : parts[s].strip().split("\\s+")) {
                    boolean glued = item.length() > 1 && item.startsWith("~"); // written against the word before ("self ~-/PUNCT ~described")
                    if (glued) item = item.substring(1);
                    int slash = item.lastIndexOf('/');
                    if (slash <= 0) throw new IllegalArgumentException("not word/TAG: " + item);
                    if (!tokens.isEmpty() && !glued) text.append(' ');
                    int start = text.length();
                    text.append(item, 0, slash);
                    tokens.add(new Token(start, text.length(), item.substring(0, slash), item.substring(slash + 1)));
                }
                sentences.add(new Sentence(sentenceStart, text.length(), p, tokens));
            }
        }
        String t = text.toString();
        List<EntityMention> mentions = new ArrayList<>();
        java.util.Map<String, Integer> from = new java.util.HashMap<>();
        for (String e : entities) {
            EntityType type = EntityType.valueOf(e.substring(0, e.indexOf(':')));
            String words = e.substring(e.indexOf(':') + 1);
            int at = t.indexOf(words, from.getOrDefault(words, 0));
            if (at < 0) throw new IllegalArgumentException("no entity '" + words + "' in " + t);
            from.put(words, at + words.length());
            mentions.add(new EntityMention(at, at + words.length(), type, words, words));
        }
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return new AnnotatedDocument("test.txt", t, t, sentences, new Names(t, sentences, mentions, NAMES).canonicalize());
    }

    public static NewsDocument document(String table, String... entities) {
        return NewsDocument.of(annotated(table, entities), Lemmas.load());
    }
}
