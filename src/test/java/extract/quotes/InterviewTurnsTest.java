package extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewTurnsTest {
    private static List<String> turns(String text) {
        return InterviewTurns.of(text).stream().map(t -> t.role() + " " + t.content().of(text)).toList();
    }

    @Test
    void labelledTurnsRunToTheNextLabel() {
        String text = "Ana Ruiz talked to us.\n\nQuestion: Will you run?\n\nAnswer: Yes.\n\nWe will win.\n\nQ: When?\n\nA: Soon.\n\nThanks for reading.";
        assertEquals(List.of("QUESTION Will you run?", "ANSWER Yes.\n\nWe will win.", "QUESTION When?", "ANSWER Soon."), turns(text));
    }

    @Test
    void withoutLabelledQuestionsEachAnswerIsItsParagraph() {
        String text = "Intro.\n\nQWill you run?\n\nA: Yes.\n\nQWhen?\n\nA: Soon.";
        assertEquals(List.of("ANSWER Yes.", "ANSWER Soon."), turns(text));
    }

    @Test
    void aLoneAnswerOrALabelInsideAParagraphIsNoInterview() {
        assertTrue(turns("Intro.\n\nA: the plan.\n\nQ: why?").isEmpty());
        assertTrue(turns("He wrote: A: yes. And A: no.").isEmpty());
    }

    @Test
    void aNameThatOpensTwoAnswersAfterLabelledQuestionsIsTheirSpeaker() {
        String text = "We asked Ana Ruiz.\n\nQ: Will you run?\n\nRuiz: Yes.\n\nWe will win.\n\nQ: When?\n\nRuiz: Soon.\n\nWASHINGTON: a dateline.";
        List<InterviewTurns.Turn> turns = InterviewTurns.of(text);
        assertEquals(List.of("QUESTION Will you run?", "ANSWER Yes.\n\nWe will win.", "QUESTION When?", "ANSWER Soon."),
                turns(text).subList(0, 4));
        assertEquals("Ruiz", turns.get(1).name().of(text));
        assertTrue(turns.stream().noneMatch(t -> t.content().of(text).startsWith("a dateline")), "a name that opens one paragraph is none");
        assertTrue(turns("Ruiz: Yes.\n\nRuiz: Soon.").isEmpty(), "without labelled questions names open no turns");
    }
}
