package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The word-cached tokenizer gives exactly the model's tokens, on first sight of a word and after. */
class WordTokenizerTest {
    private static TokenizerME tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = new TokenizerME(NlpModels.load(null).tokenizerModel());
    }

    @Test
    void sameTokensAsTheModelOnGeneratedText() {
        String[] words = {"Mr.", "Lee,", "who", "wasn't", "there,", "said:", "\"It's", "over", "(for", "now).\"",
            "https://example.com/a-b?c=d", "U.S.", "$3.5", "million", "e-mail", "rock'n'roll", "1,200", "--", "—",
            "Jones'", "[sic]", "O'Neill's", "3:30", "p.m.", "(AP)", "co-operate;", "Ph.D.", "50%", "#MeToo", "@user",
            "'quoted'", "...", "!?", "São", "Paulo-based", "x", "A", "2019-05-12", "vs.", "etc.)"};
        String[] spaces = {" ", " ", " ", "  ", "\n", "\t", " \u00a0"};
        WordTokenizer cached = new WordTokenizer(tokenizer);
        Random random = new Random(14);
        int tokens = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int w = 0; w < n; w++) {
                if (w > 0 || random.nextInt(5) == 0) text.append(spaces[random.nextInt(spaces.length)]);
                String word = words[random.nextInt(words.length)];
                // glue words now and then, so that new words keep turning up
                if (random.nextInt(6) == 0) word += words[random.nextInt(words.length)];
                text.append(word);
            }
            if (t % 50 == 0) text.append(" ").append("y".repeat(LongWords.MAX_CHARS + 40)).append(".");
            Span[] expected = LongWords.tokenize(tokenizer, text.toString());
            assertArrayEquals(expected, cached.tokenize(text.toString()), text.toString());
            tokens += expected.length;
        }
        assertTrue(tokens > 3000, tokens + " tokens");
    }
}
