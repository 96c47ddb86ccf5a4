package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StraightQuotesTest {
    private static String at(String text, int i) {
        return StraightQuotes.facing(text, i, i + 1);
    }

    @Test
    void aStraightMarkFacesTheWayItsSpacesShow() {
        String text = "He said, \"We can't,\" the email read (\"no\"). A \" B";
        assertEquals("\u201c", at(text, text.indexOf("\"We")), "after a space, before a word: it opens");
        assertEquals("\u201d", at(text, text.indexOf("\" the")), "after a comma, before a space: it closes");
        assertEquals("\u201c", at(text, text.indexOf("\"no")), "after a bracket");
        assertEquals("\u201d", at(text, text.indexOf("\")")), "before a bracket");
        assertEquals("\"", at(text, text.indexOf("\" B")), "spaces on both sides: no direction");
        assertEquals("\u201d", StraightQuotes.facing("\u201d", 0, 1), "a curly mark is left as it is");
    }
}
