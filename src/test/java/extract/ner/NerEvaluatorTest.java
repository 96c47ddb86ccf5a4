package extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {
    @Test
    void onlyExactSpanAndTypeCount() {
        NerScores.Builder b = new NerScores.Builder();
        // gold: person 0-2, location 4-5, organization 7-9
        Span[] gold = {new Span(0, 2, "person"), new Span(4, 5, "location"), new Span(7, 9, "organization")};
        // found: person right, location with the wrong type, organization one token short, one extra person
        Span[] found = {new Span(0, 2, "person"), new Span(4, 5, "organization"), new Span(7, 8, "organization"),
                new Span(10, 11, "person")};
        NerEvaluator.score(gold, found, b);
        // a second sentence: one person found exactly
        NerEvaluator.score(new Span[] {new Span(1, 3, "person")}, new Span[] {new Span(1, 3, "person")}, b);
        NerScores s = b.build();

        assertEquals(new NerScores.Counts(2, 3, 2), s.byType().get("person"));
        assertEquals(new NerScores.Counts(1, 0, 0), s.byType().get("location"));
        assertEquals(new NerScores.Counts(1, 2, 0), s.byType().get("organization"));
        assertEquals(new NerScores.Counts(4, 5, 2), s.overall());
        assertEquals(2.0 / 5, s.overall().precision(), 1e-9);
        assertEquals(2.0 / 4, s.overall().recall(), 1e-9);
        assertEquals(2 * 0.4 * 0.5 / 0.9, s.overall().f1(), 1e-9);
        assertEquals(0.0, s.byType().get("location").f1(), 1e-9, "nothing found: F1 0, not NaN");
    }

    @Test
    void scoresAddUpOverFiles() {
        NerScores.Builder a = new NerScores.Builder();
        NerEvaluator.score(new Span[] {new Span(0, 1, "person")}, new Span[] {new Span(0, 1, "person")}, a);
        NerScores.Builder b = new NerScores.Builder();
        NerEvaluator.score(new Span[] {new Span(0, 1, "location")}, new Span[0], b);
        NerScores sum = a.build().plus(b.build());
        assertEquals(new NerScores.Counts(2, 1, 1), sum.overall());
        assertEquals(new NerScores.Counts(1, 0, 0), sum.byType().get("location"));
    }
}
