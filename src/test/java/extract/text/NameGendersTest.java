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
