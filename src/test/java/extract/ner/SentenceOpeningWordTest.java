package extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import extract.input.SourceText;
import extract.nlp.Annotator;
import extract.nlp.EntityMention;
import extract.nlp.NlpModels;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped name finder sometimes takes in the word that opens the sentence, or runs on over a heading's
 * double space; neither is part of the name.
 */
class SentenceOpeningWordTest {
    private static Annotator annotator;

    @BeforeAll
    static void load() throws java.io.IOException {
        annotator = new Annotator(NlpModels.load(NerModel.loadDefault()));
    }

    private static List<String> names(String text) {
        return annotator.annotate(new SourceText("t.txt", "Headline\n\n" + text + "\n")).entities().stream().map(EntityMention::text).toList();
    }

    @Test
    void aConjunctionOrArticleOpeningTheSentenceIsLeftOut() {
        assertEquals(List.of("BuzzFeed News"), names("As BuzzFeed News first reported, the senator voiced support for the war in 2002."));
        assertEquals(List.of("Wall Street Journal"), names("A Wall Street Journal poll found the race tied."));
    }

    @Test
    void aPrepositionOpeningTheSentenceIsLeftOut() {
        List<String> names = names("Despite Cruz's win in Iowa, the party stayed calm.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Despite")), names.toString());
    }

    @Test
    void aNameEndsAtADoubleSpace() {
        List<String> names = names("Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, has held firm.");
        assertFalse(names.stream().anyMatch(n -> n.contains("  ")), names.toString());
    }
}
