package extract.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerSummaryTest {
    @Test
    void titleIsWhatTheMentionSaysBesideTheName() {
        assertEquals("Chinese President", SpeakerQuotes.title("Chinese President Xi Jinping", "Xi Jinping"));
        assertEquals("North Korean leader", SpeakerQuotes.title("North Korean leader Kim Jong Un", "Kim Jong-un"));
        assertEquals("Chinese president", SpeakerQuotes.title("the Chinese president", "Xi Jinping"));
        assertEquals("", SpeakerQuotes.title("he", "Xi Jinping"));
        assertEquals("", SpeakerQuotes.title("Mr. Trump", "Donald Trump"));
        assertEquals("", SpeakerQuotes.title("Xi", "Xi Jinping"));
        assertEquals("", SpeakerQuotes.title("Xi's spokesman", "Xi Jinping"));
        assertEquals("", SpeakerQuotes.title("", "Xi Jinping"));
    }

    @Test
    void speakersAreCountedOverArticlesMostQuotedFirstAndASurnameJoinsItsPerson() {
        SpeakerSummary s = new SpeakerSummary();
        s.add(List.of(new SpeakerQuote("Bo Chen", "person", "", "2019-01-02", "a"),
                new SpeakerQuote("Ann Lee", "person", "Finance Minister", "2019-01-05", "a"),
                new SpeakerQuote("Ann Lee", "person", "minister", "", "a")));
        s.add(List.of(new SpeakerQuote("Lee", "person", "finance minister", "2018-12-30", "b"),
                new SpeakerQuote("Reuters", "organization", "", "", "b")));
        assertEquals(List.of(
                new SpeakerRow("Ann Lee", "person", "Finance Minister", 3, 2, "2018-12-30", "2019-01-05"),
                new SpeakerRow("Bo Chen", "person", "", 1, 1, "2019-01-02", "2019-01-02"),
                new SpeakerRow("Reuters", "organization", "", 1, 1, "", "")), s.rows());
    }

    @Test
    void aTitleShowsItsMostFrequentSpelling() {
        SpeakerSummary s = new SpeakerSummary();
        s.add(List.of(new SpeakerQuote("Xi Jinping", "person", "Chinese president", "", "a"),
                new SpeakerQuote("Xi Jinping", "person", "Chinese President", "", "a"),
                new SpeakerQuote("Xi Jinping", "person", "Chinese President", "", "a")));
        assertEquals("Chinese President", s.rows().get(0).title(), "not the first seen, a headline's");
    }
}
