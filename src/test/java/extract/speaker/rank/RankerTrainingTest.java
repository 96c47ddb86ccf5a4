package extract.speaker.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import extract.eval.GoldQuote;
import extract.eval.SourceKind;
import extract.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTrainingTest {
    private static GoldQuote gold(String id, Span... content) {
        return new GoldQuote(id, List.of(content), "he", SourceKind.PRONOUN, List.of("Ana Ruiz"));
    }

    @Test
    void claimMatchesTheGoldItemItOverlapsMost() {
        List<GoldQuote> g = List.of(gold("E1", new Span(0, 10)), gold("E2", new Span(20, 40)));
        assertEquals("E2", RankerTraining.bestMatch(new Span(21, 39), g).id());
        assertEquals("E1", RankerTraining.bestMatch(new Span(0, 12), g).id());
    }

    @Test
    void claimOverlappingLessThanHalfMatchesNothing() {
        List<GoldQuote> g = List.of(gold("E1", new Span(0, 10)), gold("E2", new Span(20, 40)));
        assertNull(RankerTraining.bestMatch(new Span(5, 30), g));
    }

    @Test
    void discontinuousGoldCountsAllItsPieces() {
        List<GoldQuote> g = List.of(gold("E1", new Span(0, 10), new Span(20, 30)));
        assertEquals("E1", RankerTraining.bestMatch(new Span(0, 30), g).id()); // 20 of 30 characters
        assertNull(RankerTraining.bestMatch(new Span(0, 10), List.of(gold("E2", new Span(0, 10), new Span(20, 45)))));
    }
}
