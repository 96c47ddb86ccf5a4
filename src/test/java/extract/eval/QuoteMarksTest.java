package extract.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static boolean direct(String text, String phrase) {
        int at = text.indexOf(phrase);
        return QuoteMarks.isDirect(text, List.of(new Span(at, at + phrase.length())));
    }

    @Test
    void asciiTypographicAndDoubledApostrophes() {
        assertTrue(direct("He said \"we won.\" Then left.", "\"we won.\""));
        assertTrue(direct("He said “we won.” Then left.", "“we won.”"));
        assertTrue(direct("He said ''we won.'' Then left.", "''we won.''"));
    }

    @Test
    void marksMayStandJustOutsideTheSpan() {
        assertTrue(direct("“We won,” he said.", "We won"));
        assertTrue(direct("''We won,'' he said.", "We won,"));
        assertTrue(direct("''We won,'' he said.", "'We won,''")); // one apostrophe of two taken
    }

    @Test
    void paraphraseAndMixedQuotesAreNotDirect() {
        assertFalse(direct("He said that they won.", "that they won"));
        assertFalse(direct("He said that they “won big.”", "that they “won big.”"));
        assertFalse(direct("“Yes.” He said they won. “Again.”", "He said they won."));
    }

    @Test
    void aClosingMarkDoesNotOpenAQuote() {
        assertFalse(direct("“Yes,” he won the vote, and “no.”", "” he won the vote, and “no.”"));
    }

    @Test
    void discontinuousQuoteUsesItsOuterEnds() {
        String text = "“We won,” he said, “and we will win again.”";
        Span a = new Span(0, text.indexOf(" he"));
        Span b = new Span(text.indexOf("“and"), text.length());
        assertTrue(QuoteMarks.isDirect(text, List.of(b, a)));
    }
}
