package extract.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<String> quotes(String text) {
        return QuoteMarks.find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void findsEachStyleOfMark() {
        assertEquals(List.of("“We will win,”"), quotes("“We will win,” she said."));
        assertEquals(List.of("\"We will win.\""), quotes("He said: \"We will win.\""));
        assertEquals(List.of("``We will win,''"), quotes("``We will win,'' he said."));
        assertEquals(List.of("''We will win,''"), quotes("''We will win,'' he said."));
        assertEquals(List.of("«Nous gagnerons»"), quotes("Il a dit «Nous gagnerons» hier."));
        assertEquals(List.of("‘We will win’"), quotes("She said ‘We will win’ in London."));
    }

    @Test
    void aNoBreakSpaceBeforeAMarkIsASpace() {
        assertEquals(List.of("\"They sue,\"", "\"Everybody sues, right?\""), quotes("\"They sue,\" he said.\u00A0\"Everybody sues, right?\""));
        assertEquals(List.of("'Go'"), quotes("He wrote\u202F'Go' on it."), "a narrow no-break space too");
    }

    @Test
    void threeApostrophesCloseTheInnerQuotationAndThenTheOuter() {
        assertEquals(List.of("''Voters will not accept 'We'll bomb them,'''"),
                quotes("''Voters will not accept 'We'll bomb them,''' said Senator John McCain."));
        assertEquals(List.of("''I said 'no,'''", "''and meant it.''"), quotes("''I said 'no,''' he recalled, ''and meant it.''"));
    }

    @Test
    void aCloserWhereAnOpenerBelongsOpensTheQuotation() {
        assertEquals(List.of("”Fear. I am afraid.”"), quotes("Getty.\n\n”Fear. I am afraid.” ― Ana Ruiz"));
        assertEquals(List.of("“We won”"), quotes("She said “We won” and left ”quickly."), "a stray closer with no closer after it");
    }

    @Test
    void aQuotationInsideAQuotationOfTheSameStyleStaysInside() {
        assertEquals(List.of("“I’d rather live in what he calls “hell” than live there.”"),
                quotes("“I’d rather live in what he calls “hell” than live there.” ― Ana Ruiz"));
        assertEquals(List.of("“We won”", "“again”"), quotes("She said “We won” and “again” today."), "two quotations side by side");
    }

    @Test
    void aQuotedNicknameInsideANameIsNoQuotation() {
        assertEquals(List.of(), quotes("Thomas \"Tip\" O'Neill and Marcia “Cia” Price spoke."));
        assertEquals(List.of("“Crooked”"), quotes("He called her “Crooked” again."), "not between two names");
        assertEquals(List.of("‘Won’"), quotes("Marco Rubio Says He ‘Won’ By Finishing Third"), "single marks in a headline stay quotations");
    }

    @Test
    void nestedSingleQuotesBelongToTheOuterQuote() {
        assertEquals(List.of("“He told me ‘never again’ twice.”"), quotes("“He told me ‘never again’ twice.” she said."));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), quotes("The players’ union didn’t agree with Jones’ plan, it’s said."));
        assertEquals(List.of("“Don’t go,”"), quotes("“Don’t go,” he said."));
    }

    @Test
    void aQuoteContinuesIntoAParagraphThatOpensWithAMark() {
        String text = "“This is the first part.\n\n“And this is the second,” he said.";
        List<Span> spans = QuoteMarks.find(text);
        assertEquals(1, spans.size());
        assertEquals(0, spans.get(0).start());
        assertEquals(text.indexOf(" he said"), spans.get(0).end());
    }

    @Test
    void aParagraphOpeningWithAnotherStyleOfMarkStartsItsOwnQuote() {
        String text = "\"Melanie thought it was outrageous.\n\n“It never crossed my mind,” she said.";
        assertEquals(List.of("\"Melanie thought it was outrageous.", "“It never crossed my mind,”"), quotes(text));
        String same = "\"This is the first part.\n\n\"And this is the second,\" he said.";
        assertEquals(1, quotes(same).size(), "the same style continues");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "He said “this never closes.\n\nA new paragraph with no marks.";
        assertEquals(List.of("“this never closes."), quotes(text));
    }

    @Test
    void strayClosingMarksAndEmptyQuotesAreIgnored() {
        assertEquals(List.of(), quotes("A stray ” mark and “” nothing."));
        assertTrue(quotes("\"\"\"").isEmpty() || quotes("\"\"\"").size() == 1);
    }
}
