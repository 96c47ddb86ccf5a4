package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StampLinesTest {
    private static final PageMetadata BY_ANN = new PageMetadata(Optional.empty(), Optional.of("Ann Lee"),
            Optional.empty(), Optional.empty());

    @Test
    void timeStampsAndBylinesAtTheTopAndCopyrightAtTheEndGo() {
        String body = String.join("\n\n", "November 20, 2019 / 1:07 AM / CBS News", "By Ann Lee",
                "The council voted on Tuesday to close the bridge.", "Repairs will take a year.",
                "Copyright 2019 The Harbour Times. All rights reserved.");
        assertEquals("The council voted on Tuesday to close the bridge.\n\nRepairs will take a year.",
                StampLines.without(body, BY_ANN));
    }

    @Test
    void stamps() {
        assertTrue(StampLines.isTimeStamp("LinkNaija August 08, 2018"));
        assertTrue(StampLines.isTimeStamp("Nov. 20, 2019 6:02 AM EST"));
        assertTrue(StampLines.isTimeStamp("sexta-feira, 22 de outubro de 2010 às 20:13"));
        assertTrue(StampLines.isTimeStamp("11/18/19"));
    }

    @Test
    void headingsAndSentencesWithDatesStay() {
        assertFalse(StampLines.isTimeStamp("What’s new in 2.26 (September pack)?"));
        assertFalse(StampLines.isTimeStamp("Talks resume on Nov. 3"));
        assertFalse(StampLines.isTimeStamp("The vote, held on November 19, 2019, ended a long fight over the bridge."));
        assertFalse(StampLines.isByline("By the end of the day, nobody had left.", BY_ANN));
        assertTrue(StampLines.isByline("By Ann Lee, Staff Writer", BY_ANN));
    }
}
