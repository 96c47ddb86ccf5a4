package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTagsTest {
    /** One sentence from "word/TAG" pairs, words one space apart from offset 0. */
    private static Sentence sentence(String table) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : table.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            tokens.add(new Token(at, at + word.length(), word, pair.substring(slash + 1)));
            at += word.length() + 1;
        }
        return new Sentence(0, at - 1, 0, tokens);
    }

    private static String tags(List<Sentence> sentences) {
        return String.join(" ", sentences.get(0).tokens().stream().map(Token::pos).toList());
    }

    @Test
    void aCapitalisedWordInsideAFoundNameIsAProperNoun() {
        // "Will/AUX Trump/VERB endorse/VERB Fox/ADJ News/PROPN ?": the names found are "Trump" and "Fox News"
        Sentence s = sentence("Will/AUX Trump/VERB endorse/VERB Fox/ADJ News/PROPN of/ADP old/ADJ ?/PUNCT");
        List<EntityMention> names = List.of(new EntityMention(5, 10, EntityType.PERSON, "Trump", "Trump"),
                new EntityMention(19, 34, EntityType.ORGANIZATION, "Fox News of old", "Fox News of old"));
        assertEquals("AUX PROPN VERB PROPN PROPN ADP ADJ PUNCT", tags(NameTags.apply(List.of(s), names)),
                "a word outside the names, a closed-class word and a lower-case word inside one keep their tags");
        assertEquals("AUX VERB VERB ADJ PROPN ADP ADJ PUNCT", tags(NameTags.apply(List.of(s), List.of())));
    }
}
