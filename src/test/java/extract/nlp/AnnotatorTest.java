package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = new Annotator(NlpModels.load(null));
    }

    private static List<String> words(AnnotatedDocument doc) {
        return doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void typographicApostrophesSplitLikeAscii() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", "China’s leader didn’t speak."));
        assertEquals(List.of("China", "’s", "leader", "did", "n’t", "speak", "."), words(doc));
    }

    @Test
    void aDashWrittenAgainstAWordIsATokenOfItsOwn() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", "Jet Found\u2014 Clinton Says It Is Bad\u2013Really."));
        assertEquals(List.of("Jet", "Found", "\u2014", "Clinton", "Says", "It", "Is", "Bad", "\u2013", "Really", "."), words(doc));
    }

    @Test
    void aStraightMarkClosingAQuotationOfSentencesBeforeFramesTheWordsAfterIt() {
        String text = "\"Friend, let me be blunt. I can win. Donald can't,\" the email read. It stated that taxes would fall.";
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", text));
        Token read = doc.sentences().stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals("read")).findFirst().orElseThrow();
        assertEquals("VERB", read.pos(), "the mark after \"can't,\" closes the quotation, so \"read\" is the email's verb");
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "  “Yes,” said Mr. Lee.\r\n\r\nShe agreed.";
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", text));
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(2, doc.sentences().size());
        assertEquals(0, doc.sentences().get(0).paragraph());
        assertEquals(1, doc.sentences().get(1).paragraph());
    }

    @Test
    void titleAbbreviationsDoNotEndASentence() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", "Sen. Tim Kaine and Rep. G.K. Butterfield spoke on Jan. 5 in Washington."));
        assertEquals(1, doc.sentences().size());
        assertTrue(words(doc).contains("Sen."));
        assertTrue(words(doc).contains("Rep."));
        AnnotatedDocument prefixed = annotator.annotate(new SourceText("t", "The gap between Clinton and then-Sen. Barack Obama was small."));
        assertEquals(1, prefixed.sentences().size(), "a title after a prefix's hyphen");
        AnnotatedDocument caseName = annotator.annotate(new SourceText("t", "He would overturn Roe v. Wade if elected."));
        assertEquals(1, caseName.sentences().size(), "the 'v.' of a case's name");
    }

    @Test
    void aDecimalNumberDoesNotEndASentence() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", "Debt rose to 826.5 billion in 2010, the agency said. It fell later."));
        assertEquals(2, doc.sentences().size(), () -> doc.sentences().toString());
    }

    @Test
    void aClockTimeKeepsItsDay() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t",
                "At 9 a.m. Sunday, the mayor began taking calls. The meeting ended at 10 a.m. Officials left."));
        assertEquals(3, doc.sentences().size(), () -> doc.sentences().toString());
        assertTrue(doc.text().substring(doc.sentences().get(0).start(), doc.sentences().get(0).end()).contains("Sunday, the mayor"));
    }

    @Test
    void aQuotationClosedByTwoApostrophesEndsItsSentenceAndOpensAsOneMark() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t",
                "He called it ''The Glass Club.'' In the novel, Ana joins it. She said it was ''over.'' Mr. Poe agreed."));
        assertEquals(4, doc.sentences().size(), () -> doc.sentences().toString());
        assertTrue(words(doc).contains("over"), () -> words(doc).toString());
        assertEquals(4, words(doc).stream().filter("''"::equals).count(), () -> words(doc).toString());
    }

    @Test
    void aQuoteStaysInTheSentenceOfItsAttribution() {
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", "“Get out now!” she shouted at the crowd. Nobody moved."));
        assertEquals(2, doc.sentences().size());
        assertTrue(doc.text().substring(doc.sentences().get(0).start(), doc.sentences().get(0).end()).contains("shouted"));
    }

    @Test
    void aRunOnParagraphIsCutIntoPiecesTheTaggersCanHandle() {
        String text = "word, ".repeat(1000) + "end";
        AnnotatedDocument doc = annotator.annotate(new SourceText("t", text));
        assertTrue(doc.sentences().size() >= 10, "sentences: " + doc.sentences().size());
        for (Sentence s : doc.sentences()) assertTrue(s.tokens().size() <= LongSentences.MAX_TOKENS);
        assertEquals(2001, doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
    }

    @Test
    void emptyAndBlankTextGiveNoSentences() {
        assertEquals(0, annotator.annotate(new SourceText("t", "")).sentences().size());
        assertEquals(0, annotator.annotate(new SourceText("t", " \n\n \r\n")).sentences().size());
    }
}
