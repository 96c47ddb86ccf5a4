package extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelTextTest {
    @Test
    void typographicMarksBecomeAsciiAtTheSameLength() {
        assertEquals("\"We won,\" China's envoy said.", ModelText.of("“We won,” China’s envoy said."));
    }

    @Test
    void invisibleCharactersBecomeSpacesSoWordsAroundThemStandAlone() {
        String text = "\uFEFF“We won,” said\u200B Doug \u00ADAndres of the news\u00ADpaper\u2060 in\u00A0Ohio\u200E.";
        String model = ModelText.of(text);
        assertEquals(text.length(), model.length());
        assertEquals(" \"We won,\" said  Doug  Andres of the news\u00ADpaper  in Ohio .", model,
                "a soft hyphen inside a word stays, with the word");
    }
}
