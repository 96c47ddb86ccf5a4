package extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import extract.nlp.Sentence;
import extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokensTest {
    @Test
    void possessivesAndSlashesBecomeTheirOwnTokensWithOffsets() {
        String text = "Korea's ally AFP/Reuters and the Smiths' dog";
        NerTokens t = NerTokens.of(text, sentence(text));
        assertArrayEquals(new String[] {"Korea", "'s", "ally", "AFP", "/", "Reuters", "and", "the", "Smiths", "'", "dog"},
                t.words());
        assertArrayEquals(new int[] {0, 5, 8, 13, 16, 17, 25, 29, 33, 39, 41}, t.starts());
    }

    @Test
    void aHyphenWithSpacesAroundItIsADash() {
        String text = "LOS ANGELES - Vera Lind met Kim Jong - un";
        NerTokens t = NerTokens.of(text, sentence(text));
        assertArrayEquals(new String[] {"LOS", "ANGELES", "--", "Vera", "Lind", "met", "Kim", "Jong", "--", "un"}, t.words());
        String joined = "Kim Jong-un met Lind";
        NerTokens j = NerTokens.of(joined, new Sentence(0, joined.length(), 0, List.of(new Token(0, 3, "Kim", "X"),
                new Token(4, 8, "Jong", "X"), new Token(8, 9, "-", "X"), new Token(9, 11, "un", "X"))));
        assertArrayEquals(new String[] {"Kim", "Jong", "-", "un"}, j.words(), "a hyphen inside a word stays");
    }

    /** The text as one sentence of space-separated tokens. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : text.split(" ")) {
            int s = text.indexOf(w, pos);
            tokens.add(new Token(s, s + w.length(), w, "X"));
            pos = s + w.length();
        }
        return new Sentence(0, text.length(), 0, tokens);
    }
}
