package extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishTextTest {
    private static final EnglishText LANGUAGE = EnglishText.shared();

    @Test
    void englishNewsIsEnglish() {
        EnglishText.Verdict v = LANGUAGE.judge("The mayor said on Monday that the city would not raise taxes this year, "
                + "and that the budget, which the council will vote on next week, had been cut by a tenth. Critics of the plan "
                + "said it was too late to help the schools.");
        assertTrue(v.english());
        assertTrue(v.englishShare() > 0.3, () -> "share " + v.englishShare());
    }

    @Test
    void anotherLanguageInLatinLettersIsNot() {
        EnglishText.Verdict v = LANGUAGE.judge("Die elektronische Patientenakte ist der lange Marsch ins Digitale. Die Ärzte "
                + "sind nicht bereit, und die Kassen wollen auch nicht mehr warten, denn das Gesetz ist seit einem Jahr in Kraft "
                + "und wird von vielen als Fortschritt gesehen, aber die Technik ist noch nicht so weit.");
        assertFalse(v.english());
        assertTrue(v.reason().startsWith("not English ("), v.reason());
    }

    @Test
    void onlyTheFirstWordsAreRead() {
        String english = "The mayor said the city would not raise taxes this year, and the council agreed with her. ";
        EnglishText.Verdict v = LANGUAGE.judge(english.repeat(100));
        assertEquals(EnglishText.MAX_WORDS, v.words());
        assertTrue(v.reason().contains("of the " + EnglishText.MAX_WORDS + " words read"), v.reason());
    }

    @Test
    void anotherScriptIsNot() {
        String russian = "Характеристики бега можно увеличить разными способами, и каждый игрок выбирает свой путь. ".repeat(4);
        assertFalse(LANGUAGE.judge(russian).english());
    }

    @Test
    void aShortTextOrAListOfScoresIsGivenTheBenefitOfTheDoubt() {
        assertTrue(LANGUAGE.judge("Estou aqui ao lado do Eugênio.").english(), "too few words to judge");
        String scores = "Viera 3, Rockledge 1; Melbourne 25-20, 25-18, 25-15; Palm Bay 2, Eau Gallie 0; "
                + "Satellite 42, Merritt Island 7; Titusville 14, Cocoa 10; Astronaut 21, Bayside 3; Heritage 7, Jupiter 6.";
        assertTrue(LANGUAGE.judge(scores).english(), "no other language's words either");
        assertEquals(0, LANGUAGE.judge("").words());
    }
}
