package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HardWrapsTest {
    private static final String WRAPPED = """
            Council approves budget

            The city council approved the budget on Tuesday after a long debate. "We
            will not raise taxes this year, and we will not cut the libraries
            either," the mayor told reporters after the vote. Critics were not
            convinced by the promise.
              "It is a promise they cannot keep," said Ann Lee, an economist at
            the state university, who added that the city had run a deficit for
            years.
            """;

    @Test
    void linesBrokenInsideAParagraphAreJoinedAndOffsetsStay() {
        String out = HardWraps.unwrap(WRAPPED);
        assertEquals(WRAPPED.length(), out.length());
        String[] lines = out.split("\n");
        assertEquals("Council approves budget", lines[0], "a headline stays its own line");
        assertEquals("", lines[1]);
        assertEquals("The city council approved the budget on Tuesday after a long debate. \"We will not raise taxes this year, "
                + "and we will not cut the libraries either,\" the mayor told reporters after the vote. Critics were not convinced by "
                + "the promise.", lines[2]);
        assertEquals("  \"It is a promise they cannot keep,\" said Ann Lee, an economist at the state university, who added that "
                + "the city had run a deficit for years.", lines[3], "an indented line opens a paragraph");
    }

    @Test
    void aShortLineRunningOnIntoALowerCaseWordIsJoinedToo() {
        String text = "Editor's note: the senator regularly\nmisses\nvotes on the budget and is a critic of the plan who has\n"
                + "repeatedly said that the city should pay for the roads and the schools it\nbuilt over the last ten years.\n";
        assertEquals(1, HardWraps.unwrap(text).strip().split("\n").length, HardWraps.unwrap(text));
    }

    @Test
    void oneParagraphPerLineAndListsOfHeadingsAreLeftAsTheyAre() {
        String news = "Council approves budget\n"
                + "The city council approved the budget on Tuesday after a long debate that ran late into the night.\n"
                + "\"We will not raise taxes this year,\" the mayor told reporters after the vote.\n"
                + "Critics were not convinced by the promise, and one of them said so at once.\n"
                + "\"It is a promise they cannot keep,\" said Ann Lee, an economist at the state university.\n";
        assertEquals(news, HardWraps.unwrap(news));
        String headings = "More from the site\nTen Things The Mayor Said About The Budget\nWhy Critics Say The Plan Will Fail\n"
                + "The Economist Who Predicted The Deficit\nCouncil Votes Late Into The Night\n";
        assertEquals(headings, HardWraps.unwrap(headings));
    }

    @Test
    void windowsLineEndsBecomeTwoSpaces() {
        String text = WRAPPED.replace("\n", "\r\n");
        String out = HardWraps.unwrap(text);
        assertEquals(text.length(), out.length());
        assertEquals(true, out.contains("debate. \"We  will not raise"), out);
    }
}
