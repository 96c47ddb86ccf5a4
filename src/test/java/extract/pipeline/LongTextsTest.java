package extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LongTextsTest {
    @Test
    void piecesCoverTheTextAndEndAtParagraphBreaks() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) b.append("Paragraph ").append(i).append(" says 😀 something.\n\n");
        String text = b.toString();
        List<LongTexts.Piece> pieces = LongTexts.pieces(text, 500);
        assertTrue(pieces.size() > 5);
        StringBuilder joined = new StringBuilder();
        for (LongTexts.Piece p : pieces) {
            assertEquals(joined.codePointCount(0, joined.length()), p.codePointStart());
            assertTrue(p.text().startsWith("Paragraph "), p.text());
            boolean last = p == pieces.get(pieces.size() - 1);
            assertTrue((last || p.text().length() >= 500) && p.text().length() < 600, "" + p.text().length());
            joined.append(p.text());
        }
        assertEquals(text, joined.toString());
        assertEquals(List.of(new LongTexts.Piece("short", 0, true)), LongTexts.pieces("short", 500));
    }

    @Test
    void withoutParagraphBreaksAPieceEndsAtALineBreakOrASpaceAndNeverSplitsACodePoint() {
        String words = "😀".repeat(600) + " word".repeat(300);
        for (LongTexts.Piece p : LongTexts.pieces(words, 500)) {
            assertFalse(Character.isLowSurrogate(p.text().charAt(0)));
            assertFalse(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1)));
        }
        List<LongTexts.Piece> lines = LongTexts.pieces("line of text\n".repeat(100), 100);
        for (LongTexts.Piece p : lines) assertTrue(p.text().endsWith("\n"));
    }

    @Test
    void aLongTextReadInPiecesGivesEachPiecesRowsAtTheirPlaceInTheWhole() throws IOException {
        String article = "The minister spoke on Monday.\n\n“We will not raise taxes this year,” the minister said.\n\n"
                + "Critics disagreed. “It is a promise they 😀 cannot keep,” said Ann Lee, an economist.\n";
        String text = (article + "\n").repeat(6);
        NlpModels models = NlpModels.load(NerModel.loadDefault());
        Extractor whole = Extractor.create(models, Optional.empty());
        List<QuoteRow> one = whole.extract(new SourceText("a.txt", article));
        assertFalse(one.isEmpty());
        Extractor inPieces = Extractor.factory(models, Optional.empty(), article.length() - 5).get();
        List<QuoteRow> rows = inPieces.extract(new SourceText("a.txt", text));
        assertEquals(6 * one.size(), rows.size());
        int copy = (article + "\n").codePointCount(0, article.length() + 1);
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            for (QuoteRow r : one) expected.add((r.start() + k * copy) + " " + (r.end() + k * copy) + " " + r.speaker() + " " + r.quote());
        }
        for (QuoteRow r : rows) {
            actual.add(r.start() + " " + r.end() + " " + r.speaker() + " " + r.quote());
            assertEquals(r.quote(), text.substring(text.offsetByCodePoints(0, r.start()), text.offsetByCodePoints(0, r.end())));
        }
        assertEquals(expected, actual);
    }

    @Test
    void piecesReadOnSeveralThreadsGiveTheSameRowsInTheSameOrder() throws IOException {
        StringBuilder b = new StringBuilder();
        String[] names = {"Ann Lee", "Omar Diaz", "Maria Rossi", "Tom Berg"};
        for (int i = 0; i < 40; i++) {
            String name = names[i % names.length];
            b.append(name).append(" spoke on Monday.\n\n“We will finish road number ").append(i)
                    .append(" this year,” ").append(name).append(" said.\n\nShe said the work would cost more than planned.\n\n");
        }
        String text = b.toString();
        NlpModels models = NlpModels.load(NerModel.loadDefault());
        List<String> sequential = new ArrayList<>(), parallel = new ArrayList<>();
        List<Integer> pieceSizes = new ArrayList<>();
        Extractor.factory(models, Optional.empty(), 400, 1).get().extract(new SourceText("a.txt", text),
                (doc, rows) -> rows.forEach(r -> sequential.add(r.start() + " " + r.speaker() + " " + r.quote())));
        Extractor.factory(models, Optional.empty(), 400, 3).get().extract(new SourceText("a.txt", text), (doc, rows) -> {
            pieceSizes.add(rows.size());
            rows.forEach(r -> parallel.add(r.start() + " " + r.speaker() + " " + r.quote()));
        });
        assertTrue(pieceSizes.size() > 10, "read in pieces: " + pieceSizes.size());
        assertTrue(sequential.size() >= 40, "rows: " + sequential.size());
        assertEquals(sequential, parallel);
    }
}
