package extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainSpacesTest {
    @Test
    void noBreakAndZeroWidthSpacesAreSpacesAndSoftHyphensGo() {
        assertEquals("Stu Burguiere", PlainSpaces.of("Stu\u00A0Burguiere"));
        assertEquals("a poll of 400", PlainSpaces.of(" a\u00A0poll  of\u200B 400\n"));
        assertEquals("Doug Andres", PlainSpaces.of("Doug \u00ADAndres"));
        assertEquals("newspaper", PlainSpaces.of("news\u00ADpaper"));
        assertEquals("Hillary Clinton", PlainSpaces.of("Hillary Clinton"));
    }
}
