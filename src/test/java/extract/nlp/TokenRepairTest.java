package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TokenRepairTest {
    private static String[] split(String text, Span... tokens) {
        return Span.spansToStrings(TokenRepair.split(tokens, text), text);
    }

    @Test
    void cliticsSplitAsInTheTrainingData() {
        String text = "China's Xi didn't go";
        assertArrayEquals(new String[] {"China", "'s", "Xi", "did", "n't", "go"},
                split(text, new Span(0, 7), new Span(8, 10), new Span(11, 17), new Span(18, 20)));
    }

    @Test
    void aClosingQuotationMarkAndItsCommaLeaveTheWordBefore() {
        String text = "but Hillary Clinton',\" Le Pen told";
        assertArrayEquals(new String[] {"but", "Hillary", "Clinton", "'", ",", "\"", "Le", "Pen", "told"},
                split(text, new Span(0, 3), new Span(4, 11), new Span(12, 21), new Span(21, 22), new Span(23, 25),
                        new Span(26, 29), new Span(30, 34)));
    }

    @Test
    void anOpeningDoubleMarkWrittenAsTwoApostrophesIsOneToken() {
        String text = "the show ''Morning Joe'' that";
        assertArrayEquals(new String[] {"the", "show", "''", "Morning", "Joe", "''", "that"},
                split(text, new Span(0, 3), new Span(4, 8), new Span(9, 10), new Span(10, 11), new Span(11, 18), new Span(19, 22),
                        new Span(22, 24), new Span(25, 29)));
        String apart = "' ' Morning";
        assertArrayEquals(new String[] {"'", "'", "Morning"}, split(apart, new Span(0, 1), new Span(2, 3), new Span(4, 11)),
                "marks with a space between stay apart");
        // (or the tokenizer leaves both on the word)
        String glued = "called ''liberal lingo";
        assertArrayEquals(new String[] {"called", "''", "liberal", "lingo"}, split(glued, new Span(0, 6), new Span(7, 16), new Span(17, 22)));
    }

    @Test
    void aClosingMarkOfApostrophesIsATokenOfItsOwn() {
        String text = "we win?'' said Ruiz";
        assertArrayEquals(new String[] {"we", "win", "?", "''", "said", "Ruiz"},
                split(text, new Span(0, 2), new Span(3, 6), new Span(6, 9), new Span(10, 14), new Span(15, 19)));
        String word = "the progress'' of";
        assertArrayEquals(new String[] {"the", "progress", "''", "of"}, split(word, new Span(0, 3), new Span(4, 14), new Span(15, 17)),
                "and a word and the closing mark");
    }

    @Test
    void aListsDashOnAWordsFrontIsATokenButAHyphenInsideAWordStays() {
        String text = "-Nate Cohn explains";
        assertArrayEquals(new String[] {"-", "Nate", "Cohn", "explains"}, split(text, new Span(0, 5), new Span(6, 10), new Span(11, 19)));
        String compound = "working-class voters";
        assertArrayEquals(new String[] {"working", "-class", "voters"}, split(compound, new Span(0, 7), new Span(7, 13), new Span(14, 20)),
                "the tagger reads the tokenizer's own split");
    }

    @Test
    void aHyphenedNameTheTokenizerCutIsOneWordAgain() {
        String text = "Ms. Shanklin-Hawkins said";
        assertArrayEquals(new String[] {"Ms.", "Shanklin-Hawkins", "said"},
                split(text, new Span(0, 3), new Span(4, 12), new Span(12, 20), new Span(21, 25)));
        String spaced = "Shanklin -Hawkins";
        assertArrayEquals(new String[] {"Shanklin", "-", "Hawkins"}, split(spaced, new Span(0, 8), new Span(9, 17)),
                "a dash after a space opens a list item, not a name's second part");
    }

    @Test
    void aLowerCaseWordEndingTheSentenceKeepsItsStopApart() {
        String text = "He said no.";
        assertArrayEquals(new String[] {"He", "said", "no", "."}, split(text, new Span(0, 2), new Span(3, 7), new Span(8, 11)));
        assertArrayEquals(new String[] {"He", "said", "no", "."}, split(text, new Span(0, 2), new Span(3, 7), new Span(8, 10), new Span(10, 11)));
        String initials = "He lives in D.C.";
        assertArrayEquals(new String[] {"He", "lives", "in", "D.C."}, split(initials, new Span(0, 2), new Span(3, 8), new Span(9, 11),
                new Span(12, 15), new Span(15, 16)), "initials keep theirs");
    }
}
