package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.text.Span;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
    private static final String TEXT = "Ann said one two three four five six. Bob said seven eight nine ten.";
    private final QuoteMatcher matcher = new QuoteMatcher(new SpeakerJudge(EvalLexicon.load()));

    private static Span span(String phrase) {
        int at = TEXT.indexOf(phrase);
        return new Span(at, at + phrase.length());
    }

    private static GoldQuote gold(String id, String phrase, String source) {
        return new GoldQuote(id, List.of(span(phrase)), source, SourceKind.NAME, List.of());
    }

    private Outcome match(List<GoldQuote> gold, List<SystemQuote> rows) {
        return matcher.match(new WordTokens(TEXT), gold, Collections.nCopies(gold.size(), false),
                rows, Collections.nCopies(rows.size(), false));
    }

    @Test
    void eachGoldItemAndEachRowCountsOnce() {
        Outcome o = match(List.of(gold("E1", "one two three four five six", "Ann")),
                List.of(new SystemQuote(1, span("one two three four five"), "Ann"),
                        new SystemQuote(2, span("one two three four five six"), "Ann")));
        assertEquals(List.of(2), o.gold().get(0).rows()); // the better overlap wins
        assertFalse(o.system().get(0).matched());          // the other is not counted again
    }

    @Test
    void halfTheWordsIsEnoughButLessIsNot() {
        GoldQuote g = gold("E1", "seven eight nine ten", "Bob");
        assertTrue(match(List.of(g), List.of(new SystemQuote(1, span("seven eight"), "Bob"))).gold().get(0).matched());
        assertFalse(match(List.of(g), List.of(new SystemQuote(1, span("ten."), "Bob"))).gold().get(0).matched());
    }

    @Test
    void mergedRowsShareTheSpeakerOfTheirLargestPiece() {
        Outcome o = match(List.of(gold("E1", "one two three four five six", "Ann")),
                List.of(new SystemQuote(1, span("one two"), "Bob"), new SystemQuote(2, span("three four five six"), "Ann")));
        GoldVerdict v = o.gold().get(0);
        assertEquals(List.of(1, 2), v.rows());
        assertEquals("Ann", v.speaker());
        assertTrue(v.speakerRight());
        assertFalse(o.system().get(0).speakerRight()); // the piece itself still names the wrong person
    }
}
