package extract.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void caseAccentsPunctuationAndTheDoNotCount() {
        assertTrue(PlaceNames.matches("MONTRÉAL", List.of("Montreal")));
        assertTrue(PlaceNames.matches("the Hague", List.of("The Hague")));
        assertTrue(PlaceNames.matches("Hague", List.of("The Hague")));
        assertTrue(PlaceNames.matches("St. Paul", List.of("St Paul")));
    }

    @Test
    void anyCommaPartMayNameTheGoldPlace() {
        assertTrue(PlaceNames.matches("Novi, Michigan", List.of("Michigan", "Novi")));
        assertTrue(PlaceNames.matches("Novi, Michigan", List.of("Michigan")));
        assertTrue(PlaceNames.matches("Lyon", List.of("Lyon", "Rhône")));
    }

    @Test
    void anotherPlaceIsWrong() {
        assertFalse(PlaceNames.matches("Washington", List.of("Hempstead")));
        assertFalse(PlaceNames.matches("New York", List.of("York")));
        assertFalse(PlaceNames.matches("Paris, Texas", List.of("Paris, France")));
    }
}
