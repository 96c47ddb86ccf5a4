package extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: for every row of every article, the text's code points [start, end) are the row's
 * quote, and neither the quote nor any other cell holds half a surrogate pair. The articles are
 * generated with astral characters (emoji, CJK extension B, mathematical letters) right next to
 * quotation marks, words and punctuation, where a cut by UTF-16 index would split them.
 */
class QuoteOffsetsPropertyTest {
    private static final int[] ASTRAL = {0x1F600, 0x1F44D, 0x1F1FA, 0x1F1F8, 0x20BB7, 0x1D400, 0x1F525, 0x1F914};
    private static final String[] OPEN = {"“", "\"", "‘", "«", "''"};
    private static final String[] CLOSE = {"”", "\"", "’", "»", "''"};
    private static final String[] NAMES = {"Ana Ruiz", "the minister", "Marco Bianchi", "she", "the agency"};
    private static final String[] WORDS = {"we", "will", "win", "this", "vote", "soon", "the", "plan", "works",
            "never", "again", "people", "want", "change", "now"};

    private static Extractor extractor;
    private final Random random = new Random(15);

    @BeforeAll
    static void load() throws IOException {
        extractor = Extractor.create(NlpModels.load(NerModel.loadDefault()), Optional.empty());
    }

    private String astral() {
        return new String(Character.toChars(ASTRAL[random.nextInt(ASTRAL.length)]));
    }

    /** A few words, some glued to an astral character. */
    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(random.nextInt(8) == 0 ? astral() + " " : " ");
            if (random.nextInt(6) == 0) b.append(astral());
            b.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(6) == 0) b.append(astral());
        }
        return b.toString();
    }

    private String maybeAstral() {
        return random.nextBoolean() ? astral() : "";
    }

    private String article() {
        StringBuilder b = new StringBuilder();
        int paragraphs = 2 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int m = random.nextInt(OPEN.length);
            String name = NAMES[random.nextInt(NAMES.length)];
            String quote = OPEN[m] + maybeAstral() + words(3 + random.nextInt(8)) + maybeAstral()
                    + (random.nextBoolean() ? "," : ".") + maybeAstral() + CLOSE[m] + maybeAstral();
            switch (random.nextInt(4)) {
                case 0 -> b.append(quote).append(" ").append(name).append(" said.").append(maybeAstral());
                case 1 -> b.append(name).append(" said: ").append(quote);
                case 2 -> b.append(name).append(" said that ").append(words(6)).append(maybeAstral()).append(".");
                default -> b.append(quote).append(maybeAstral()).append(" said ").append(name).append(".");
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    /** Code units in hex, so a lone surrogate shows in a failure message. */
    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return b.toString();
    }

    private static boolean splitsAPair(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) return true;
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) return true;
        }
        return false;
    }

    @Test
    void everyRowsOffsetsSliceExactlyItsQuoteAndNoCellSplitsACodePoint() {
        int rows = 0;
        for (int n = 0; n < 120; n++) {
            String text = article();
            List<QuoteRow> found = extractor.extract(new SourceText("a" + n + ".txt", text));
            int codePoints = text.codePointCount(0, text.length());
            for (QuoteRow r : found) {
                String where = "article:\n" + hex(text) + "\nrow: " + hex(r.toString());
                assertTrue(0 <= r.start() && r.start() <= r.end() && r.end() <= codePoints, where);
                String slice = text.substring(text.offsetByCodePoints(0, r.start()), text.offsetByCodePoints(0, r.end()));
                assertEquals(hex(slice), hex(r.quote()), where);
                for (String cell : r.values()) assertFalse(splitsAPair(cell), "half a surrogate pair in '" + cell + "'; " + where);
                rows++;
            }
        }
        assertTrue(rows > 120, "rows found: " + rows);
    }
}
