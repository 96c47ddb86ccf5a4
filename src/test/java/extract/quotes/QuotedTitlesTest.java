package extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedTitlesTest {
    private final QuotedTitles titles = QuotedTitles.fromResources();

    @Test
    void namesOfShowsAndSlogansAreTitles() {
        assertTrue(titles.isTitle("“Meet the Press.”"));
        assertTrue(titles.isTitle("“Fox and Friends,”"));
        assertTrue(titles.isTitle("\"Make Oslo Great Again\""));
    }

    @Test
    void speechIsNoTitle() {
        assertFalse(titles.isTitle("“We will win this,”"));
        assertFalse(titles.isTitle("“What a Super Tuesday!”"));
        assertFalse(titles.isTitle("“Like Oakland. Or Ferguson,”"));
        assertFalse(titles.isTitle("“GROWING PARTY,”"));
        assertFalse(titles.isTitle("“No,”")); // one word: the first part of a split quote
    }
}
