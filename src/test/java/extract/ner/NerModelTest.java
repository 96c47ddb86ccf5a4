package extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {
    private static final Path SHIPPED = Path.of("models/en-ner.bin");

    private static Span[] tagOne(NerModel m, String sentence) {
        return m.newTagger().tag(List.<String[]>of(sentence.split(" "))).get(0);
    }

    @Test
    void theShippedModelLoadsByDefaultAndFindsAPerson() throws IOException {
        NerModel m = NerModel.loadDefault();
        Span[] found = tagOne(m, "Yesterday Barack Obama spoke to reporters .");
        assertArrayEquals(new Span[] {new Span(1, 3, "person")}, found);
    }

    @Test
    void theShippedModelCarriesItsLexicons() throws IOException {
        opennlp.tools.namefind.TokenNameFinderModel m = NerModel.loadDefault().model();
        TokenTable gazetteer = m.getArtifact("wiki-gazetteer.txt");
        assertTrue(gazetteer.size() > 100_000, "size " + gazetteer.size());
        assertTrue(has(gazetteer, "Paris", "location-U"));
        assertTrue(has(gazetteer, "Merkel", "person-L"));
        TokenTable phrases = m.getArtifact("wiki-phrases.txt");
        assertTrue(has(phrases, "New York", "location"));
        assertTrue(has(phrases, "World Health Organization", "organization"));
        TokenTable clusters = m.getArtifact("brown-clusters.txt");
        assertTrue(clusters.get("paris") != 0 && clusters.get("the") != 0);
        assertEquals(0, clusters.get("Paris"), "clusters are kept in lower case");
    }

    private static boolean has(TokenTable table, String token, String bitName) {
        int bit = table.bitNames().indexOf(bitName);
        return bit >= 0 && (table.get(token) >>> bit & 1) != 0;
    }

    @Test
    void aModelFileLoadsByPath() throws IOException {
        assumeTrue(Files.isRegularFile(SHIPPED), "models/en-ner.bin not present");
        NerModel m = NerModel.load(SHIPPED);
        assertEquals(1, tagOne(m, "Angela Merkel spoke .").length);
    }

    @Test
    void aMissingModelFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("missing.bin");
        IOException e = assertThrows(IOException.class, () -> NerModel.load(f));
        assertEquals(f + ": no such model file", e.getMessage());
    }

    @Test
    void aCorruptModelFileIsNamed(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("text.bin");
        Files.writeString(text, "this is not a model\n");
        IOException e = assertThrows(IOException.class, () -> NerModel.load(text));
        assertTrue(e.getMessage().startsWith(text + ": not a valid name-finder model"), e.getMessage());

        Path zip = dir.resolve("zip.bin"); // a zip, but with no model inside
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("manifest.properties"));
            out.write("Component-Name=nothing\n".getBytes());
        }
        e = assertThrows(IOException.class, () -> NerModel.load(zip));
        assertTrue(e.getMessage().startsWith(zip + ": not a valid name-finder model"), e.getMessage());
    }
}
