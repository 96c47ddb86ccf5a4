package extract.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerJudgeTest {
    private final SpeakerJudge judge = new SpeakerJudge(EvalLexicon.load());

    private static GoldQuote gold(String source, SourceKind kind, String... names) {
        return new GoldQuote("E1", List.of(new Span(0, 1)), source, kind, List.of(names));
    }

    @Test
    void sameTextIgnoringCase() {
        assertTrue(judge.isRight("the white house", gold("The White House", SourceKind.NAME)));
    }

    @Test
    void aNoBreakSpaceOrSoftHyphenInTheArticleMakesNoOtherName() {
        assertTrue(judge.isRight("Stu Burguiere", gold("Blaze co-host Stu\u00A0Burguiere", SourceKind.NAME)));
        assertTrue(judge.isRight("the Washington Free Beacon", gold("the Washington\u00A0Free Beacon", SourceKind.NAME)));
        assertTrue(judge.isRight("Doug Andres", gold("Doug \u00ADAndres", SourceKind.NAME)));
        assertFalse(judge.isRight("Stu Burguiere", gold("Blaze co-host Glenn\u00A0Beck", SourceKind.NAME)));
    }

    @Test
    void sameSurnameOrHeadWord() {
        assertTrue(judge.isRight("Hillary Clinton", gold("Mrs. Clinton", SourceKind.NAME)));
        assertTrue(judge.isRight("Sen. Tim Kaine", gold("Kaine", SourceKind.NAME)));
        assertTrue(judge.isRight("Jason Chaffetz", gold("Rep. Jason Chaffetz (R-Utah)", SourceKind.NAME)));
        assertTrue(judge.isRight("a campaign spokesman", gold("a spokesman for the campaign", SourceKind.DESCRIPTION)));
        assertFalse(judge.isRight("Trump campaign", gold("Donald Trump", SourceKind.NAME)));
    }

    @Test
    void aNameTheDescriptionHoldsInAppositionIsRight() {
        assertTrue(judge.isRight("David Schulz", gold("A lawyer for the outlets, David Schulz,", SourceKind.DESCRIPTION, "lawyer")));
        assertTrue(judge.isRight("Marcia Price", gold("his niece, Del. Marcia \"Cia\" Price (D-Va.),", SourceKind.DESCRIPTION, "niece")));
        assertFalse(judge.isRight("David Kamin", gold("A lawyer for the outlets, David Schulz,", SourceKind.DESCRIPTION, "lawyer")));
        assertFalse(judge.isRight("Schulz", gold("A lawyer for the outlets, David Schulz,", SourceKind.DESCRIPTION, "lawyer")),
                "one word could be anyone's");
    }

    @Test
    void firstNamesMustAgreeWhenBothGiveOne() {
        assertFalse(judge.isRight("Bill Clinton", gold("Hillary Clinton", SourceKind.NAME)));
        assertTrue(judge.isRight("H. Clinton", gold("Hillary Clinton", SourceKind.NAME)));
        // The source gives no first name, the fuller name found earlier does.
        assertFalse(judge.isRight("Bill Clinton", gold("Mrs. Clinton", SourceKind.NAME, "Hillary Clinton")));
        assertTrue(judge.isRight("Hillary Clinton", gold("Clinton", SourceKind.NAME, "Bill Clinton", "Hillary Clinton")));
    }

    @Test
    void wordsBeforeATitleAreNoFirstName() {
        assertTrue(judge.isRight("François Hollande", gold("French President François Hollande", SourceKind.NAME)));
        assertTrue(judge.isRight("Secretary of State Jon Husted", gold("Husted", SourceKind.NAME, "Jon Husted")));
        assertTrue(judge.isRight("of State Jon Husted", gold("Husted", SourceKind.NAME))); // a clipped mention
        assertFalse(judge.isRight("Charlotte Mayor Ann Roberts", gold("Roberts", SourceKind.NAME, "Jennifer Roberts")));
    }

    @Test
    void aPronounSourceIsRightWhenTheSpeakerNamesWhomItStandsFor() {
        assertTrue(judge.isRight("Donald Trump", gold("he", SourceKind.PRONOUN, "Donald Trump")));
        assertTrue(judge.isRight("Trump", gold("he", SourceKind.PRONOUN, "Donald Trump")));
        assertFalse(judge.isRight("Mike Pence", gold("he", SourceKind.PRONOUN, "Donald Trump")));
    }

    @Test
    void aBarePronounIsNeverRight() {
        assertFalse(judge.isRight("he", gold("he", SourceKind.PRONOUN, "Donald Trump")));
        assertFalse(judge.isRight("They", gold("they", SourceKind.PRONOUN)));
    }

    @Test
    void noSourceAcceptsOnlyAnEmptySpeaker() {
        assertTrue(judge.isRight("", gold("", SourceKind.NONE)));
        assertFalse(judge.isRight("Donald Trump", gold("", SourceKind.NONE)));
        assertFalse(judge.isRight("", gold("Donald Trump", SourceKind.NAME)));
    }

    @Test
    void anUnresolvedGoldDescriptionJudgesTheRowsMention() {
        GoldQuote unresolved = gold("The company", SourceKind.DESCRIPTION, "company");
        SystemQuote resolved = new SystemQuote(1, new Span(0, 1), "Twitter", "The company", "");
        assertTrue(judge.isRight(resolved, unresolved), "the gold cannot tell which company: the source phrase decides");
        assertFalse(judge.isRight(new SystemQuote(1, new Span(0, 1), "Twitter", "the board", ""), unresolved));
        GoldQuote named = gold("The company", SourceKind.DESCRIPTION, "Acme");
        assertFalse(judge.isRight(resolved, named), "where the gold names the company, the name decides");
        GoldQuote pronoun = gold("he", SourceKind.PRONOUN, "guy");
        assertFalse(judge.isRight(new SystemQuote(1, new Span(0, 1), "Donald Trump", "he", ""), pronoun));
    }
}
