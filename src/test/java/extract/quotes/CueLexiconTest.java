package extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private final CueLexicon lexicon = CueLexicon.load();

    @Test
    void knowsAtLeastEightyReportingVerbsInAllTheirForms() {
        assertTrue(lexicon.speechVerbCount() >= 80, "verbs: " + lexicon.speechVerbCount());
        for (String form : new String[] {"say", "says", "said", "saying", "told", "added", "warned", "insists",
                "argued", "claimed", "denied", "announced", "acknowledged", "tweeted"}) {
            assertTrue(lexicon.isSpeechVerb(form), form);
        }
        assertFalse(lexicon.isSpeechVerb("walked"));
    }

    @Test
    void beliefVerbsAndHearerVerbsAreKeptApart() {
        assertTrue(lexicon.isBeliefVerb("believes"));
        assertFalse(lexicon.isSpeechVerb("believes"));
        assertTrue(lexicon.takesHearer("told"));
        assertFalse(lexicon.takesHearer("said"));
    }
}
