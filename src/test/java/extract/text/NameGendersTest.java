package extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameGendersTest {
    private final NameGenders genders = NameGenders.load();

    @Test
    void aFirstNameOfTheLongListGivesTheGenderOfAFullName() {
        assertEquals("m", genders.ofName("Jeffery Hemsley"));
        assertEquals("f", genders.ofName("Jillian Harper"));
        assertEquals("m", genders.ofName("Federico Lopez"));
    }

    @Test
    void theLongListSaysNothingOfAWordAloneWhichMayBeASurname() {
        assertNull(genders.ofName("Clinton"));
        assertEquals("m", genders.ofName("Clinton Eastwood"));
    }

    @Test
    void shortNamesAndCommonWordsOfTheLongListSayNothing() {
        assertNull(genders.ofName("Le Pen"), "\"Le\" is a given name in the list, and a particle");
        assertNull(genders.ofName("Yu Zhang"), "East Asian surnames come first");
        assertNull(genders.ofName("Many Americans"));
        assertNull(genders.ofName("Major League Baseball"));
    }

    @Test
    void aNameBothListsHoldHasNoGender() {
        assertNull(genders.ofName("Casey Morgan"));
        assertNull(genders.ofName("Dana Perino"));
    }

    @Test
    void theHandWrittenListComesFirst() {
        assertEquals("f", genders.ofName("Hillary Clinton"));
        assertEquals("m", genders.ofName("Jordan Peele"), "both SSA lists hold Jordan; the hand list says m");
    }
}
