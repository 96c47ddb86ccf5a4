package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LongWordsTest {
    private static NlpModels models;
    private static TokenizerME tokenizer;

    @BeforeAll
    static void load() {
        models = NlpModels.load(null);
        tokenizer = new TokenizerME(models.tokenizerModel());
    }

    @Test
    void ordinaryTextIsTokenizedAsTheModelDoes() {
        String text = "Mr. Lee, who wasn't there, said: \"It's over (for now).\" https://example.com/a-b?c=d";
        assertArrayEquals(tokenizer.tokenizePos(text), LongWords.tokenize(tokenizer, text));
    }

    @Test
    void aHugeWordBecomesBoundedPiecesThatCoverIt() {
        String word = "ab,cd".repeat(40_000); // 200,000 characters, no space
        String text = "She wrote " + word + " yesterday .";
        Span[] spans = LongWords.tokenize(tokenizer, text);
        StringBuilder covered = new StringBuilder();
        int previousEnd = 0;
        for (Span s : spans) {
            assertTrue(s.getStart() >= previousEnd, "in order, no overlap");
            assertTrue(s.length() <= LongWords.MAX_CHARS, "bounded: " + s.length());
            previousEnd = s.getEnd();
            if (s.getStart() >= 10 && s.getEnd() <= 10 + word.length()) covered.append(s.getCoveredText(text));
        }
        assertEquals(word.replace(",", ""), covered.toString().replace(",", ""), "every character of the word is in a token");
        List<String> words = List.of(Span.spansToStrings(spans, text));
        assertEquals(List.of("She", "wrote"), words.subList(0, 2));
        assertEquals(List.of("yesterday", "."), words.subList(words.size() - 2, words.size()));
    }

    @Test
    void aPieceNeverEndsInsideASurrogatePair() {
        String word = "\uD83D\uDE00".repeat(1_000); // 1,000 emoji, 2,000 chars
        for (Span s : LongWords.tokenize(tokenizer, "x " + word + " y")) {
            String t = s.getCoveredText("x " + word + " y").toString();
            assertTrue(!Character.isLowSurrogate(t.charAt(0)) && !Character.isHighSurrogate(t.charAt(t.length() - 1)), t);
        }
    }

    @Test
    void theAnnotatorGetsThroughAHugeWordWithItsSentences() {
        String text = "It began. " + "x".repeat(200_000) + " Then it ended.";
        AnnotatedDocument doc = new Annotator(models).annotate(new SourceText("t", text));
        List<String> tokens = doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
        assertEquals(List.of("It", "began", "."), tokens.subList(0, 3));
        assertEquals(200_000, tokens.stream().filter(t -> t.startsWith("x")).mapToInt(String::length).sum());
        assertEquals(List.of("Then", "it", "ended", "."), tokens.subList(tokens.size() - 4, tokens.size()));
    }
}
