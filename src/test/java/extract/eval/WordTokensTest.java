package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import extract.text.Span;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokensTest {
    private static final String TEXT = "“Yes, it’s 2016,” she said — yes.";

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        WordTokens t = new WordTokens(TEXT);
        assertEquals(7, t.size()); // Yes it s 2016 she said yes
    }

    @Test
    void marksAndPunctuationDoNotCount() {
        WordTokens t = new WordTokens(TEXT);
        int quoteEnd = TEXT.indexOf("she");
        assertEquals(t.of(new Span(0, quoteEnd)), t.of(new Span(1, quoteEnd - 4))); // with and without “ ,”
    }

    @Test
    void aSpanTakesEveryWordItTouches() {
        WordTokens t = new WordTokens(TEXT);
        BitSet partial = t.of(new Span(2, 3)); // inside "Yes"
        assertEquals(1, partial.cardinality());
        assertEquals(0, partial.nextSetBit(0));
    }

    @Test
    void repeatedWordsCountApartAndPiecesJoin() {
        WordTokens t = new WordTokens(TEXT);
        Span first = new Span(0, 5);                       // “Yes,
        Span last = new Span(TEXT.length() - 4, TEXT.length()); // yes.
        assertEquals(0.0, WordTokens.jaccard(t.of(first), t.of(last)));
        assertEquals(2, t.of(List.of(first, last)).cardinality());
    }

    @Test
    void jaccardIsSharedOverAllWords() {
        WordTokens t = new WordTokens("one two three four five");
        assertEquals(0.5, WordTokens.jaccard(t.of(new Span(0, 13)), t.of(new Span(4, 18))), 1e-12); // 2 of 4
        assertEquals(0.0, WordTokens.jaccard(new BitSet(), new BitSet()));
    }
}
