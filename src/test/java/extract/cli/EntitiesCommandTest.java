package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.ner.NerModel;
import extract.output.EntityRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {
    @TempDir
    Path dir;

    private static boolean modelShipped() {
        try {
            NerModel.loadDefault();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void listsEntitiesWithCodePointOffsetsOrSaysTheModelIsMissing() throws IOException {
        String text = "😀 Angela Merkel met Emmanuel Macron in Paris on Monday, the German government said.\n";
        Path a = dir.resolve("a.txt");
        Files.writeString(a, text);
        Cli.Result r = Cli.run(EntitiesCommand::new, "", "-f", "tsv", a.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.status());
        if (!modelShipped()) {
            assertTrue(r.err().contains("entities needs a name-finder model"), r.err());
            assertEquals("", r.out());
            return;
        }
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join("\t", EntityRow.HEADER), lines.get(0));
        assertEquals("extract: " + dir.resolve("missing.txt") + ": no such file or folder\n", r.err());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(EntityRow.HEADER.size(), cells.length);
            int start = Integer.parseInt(cells[1]), end = Integer.parseInt(cells[2]);
            String span = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(cells[4], span);
        }
    }
}
