package extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCaseTest {
    private static boolean titleCase(String sentence) {
        return TitleCase.of(List.of(sentence.split(" ")));
    }

    @Test
    void aHeadlineCapitalisesItsWordsAndMayLeaveShortOnesInLowerCase() {
        assertTrue(titleCase("Elizabeth Warren Hammers Wells Fargo CEO"));
        assertTrue(titleCase("Sanders Says He Will Stay in the Race"));
        assertTrue(titleCase("Obama Vows to Veto Anti - abortion Bill"), "a word after a hyphen may stay in lower case");
    }

    @Test
    void aSentenceCrowdedWithNamesIsNoHeadlineWhenALongWordIsInLowerCase() {
        assertFalse(titleCase("And in 2006 , Lasry ’s Avenue Capital Group hired Chelsea Clinton ."));
        assertFalse(titleCase("Trump said the plan was dead ."));
    }
}
