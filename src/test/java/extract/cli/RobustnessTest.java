package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many generated hostile inputs in one batch: no exception escapes, every run ends, expected
 * problems are one clean line each, and every row's offsets point at its quote.
 */
class RobustnessTest {
    private static final String[] QUOTE_MARKS = {"\"", "“", "”", "‘", "’", "'", "''", "«", "»", "„", "「", "」"};
    private static final String[] WORDS = {"the", "minister", "said", "told", "reporters", "we", "will", "not",
            "Paris", "on", "Monday", "according", "to", "he", "she", "added", "that", "it", "was", "a"};

    @TempDir
    Path dir;

    private final Random random = new Random(20240229);
    private final Map<String, String> texts = new HashMap<>(); // UTF-8 inputs, by label

    private void text(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        texts.put(p.toString(), text);
    }

    private String words(int n, boolean quotes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(' ');
            if (quotes && random.nextInt(6) == 0) b.append(QUOTE_MARKS[random.nextInt(QUOTE_MARKS.length)]);
            b.append(WORDS[random.nextInt(WORDS.length)]);
            if (quotes && random.nextInt(7) == 0) b.append(QUOTE_MARKS[random.nextInt(QUOTE_MARKS.length)]);
            if (quotes && random.nextInt(15) == 0) b.append(random.nextBoolean() ? ". " : ",\n\n");
        }
        return b.toString();
    }

    private String randomUnicode(int n) {
        StringBuilder b = new StringBuilder();
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x2FF}, {0x300, 0x36F}, {0x590, 0x6FF}, {0x2000, 0x206F},
                {0x3000, 0x30FF}, {0x4E00, 0x4FFF}, {0x1F300, 0x1F6FF}, {0x1, 0x1F}};
        while (b.length() < n) {
            int[] r = ranges[random.nextInt(ranges.length)];
            b.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
        }
        return b.toString();
    }

    private void generate() throws IOException {
        for (int i = 0; i < 4; i++) {
            byte[] bytes = new byte[1000 + random.nextInt(20000)];
            random.nextBytes(bytes);
            if (i % 2 == 1) for (int k = 0; k < bytes.length; k++) if (bytes[k] == 0) bytes[k] = 1; // not binary
            Files.write(dir.resolve("bytes" + i + ".txt"), bytes);
        }
        for (int i = 0; i < 4; i++) text("unicode" + i + ".txt", randomUnicode(500 + random.nextInt(20000)));
        for (int i = 0; i < 6; i++) text("quotes" + i + ".txt", words(200 + random.nextInt(1500), true));
        text("unbalanced.txt", "“He said it. “Then again. ” ” ‘’ \" \"\" '' “ “ “\n\n“Never closed, said she\n\n”Closed only.");
        text("nested.txt", "“She told me ‘they said “no” twice,’ and left,” he said. «Il a dit “non”», a-t-il dit.");
        text("edges.txt", "“\n”\n“”\n\"\n'\n“a”");
        text("longparagraph.txt", words(4000, false) + " “and a quote at the end");
        text("blank.txt", " \n\r\n\t\r\r \n");
        byte[] huge = new byte[20 << 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        for (int k = 100; k < huge.length; k += 100) huge[k] = ' ';
        Files.write(dir.resolve("huge.txt"), huge);
    }

    @Test
    void hostileBatchEndsCleanly() throws IOException {
        generate();
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Cli.run(QuotesCommand::new, "", "-f", "jsonl", "--threads", "2", dir.toString()));
        assertTrue(r.status() == 0 || r.status() == 1, "status " + r.status());
        for (String line : r.err().lines().filter(l -> !l.startsWith("extract: note: ")).toList()) {
            assertTrue(line.startsWith("extract: " + dir), line);
            assertFalse(line.contains("internal error") || line.contains("Exception"), line);
        }
        assertTrue(r.err().contains("huge.txt: too large"), r.err());
        assertTrue(r.err().contains("bytes0.txt: binary file"), r.err());
        assertTrue(r.err().contains("bytes1.txt: warning: not valid UTF-8"), r.err());
        int rows = 0;
        for (String line : r.out().lines().toList()) {
            Map<String, Object> row = parse(line);
            String text = texts.get((String) row.get("file"));
            if (text == null) continue; // decoded from windows-1252: not our string
            int start = text.offsetByCodePoints(0, (Integer) row.get("start"));
            int end = text.offsetByCodePoints(0, (Integer) row.get("end"));
            assertEquals(row.get("quote"), text.substring(start, end), line);
            rows++;
        }
        assertTrue(rows > 0, "quotes were found in the generated texts");
    }

    @Test
    void closedOutputMidBatchEndsQuietly() throws IOException {
        for (int i = 0; i < 30; i++) text("q" + i + ".txt", words(2000, true));
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run(QuotesCommand::new, "", closed, "-f", "tsv", dir.toString()));
        assertEquals(0, r.status());
        assertEquals("", r.err());
    }

    private static Map<String, Object> parse(String line) throws IOException {
        Map<String, Object> m = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line.getBytes(StandardCharsets.UTF_8))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken v = p.nextToken();
                m.put(k, v == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getText());
            }
        }
        return m;
    }
}
