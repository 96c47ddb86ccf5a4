package extract.cli;

import extract.MainRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
    private static final String TRAIN = String.join("\n",
            "<START:person> Anna Berg <END> met <START:person> Tom Lund <END> in <START:location> Oslo <END> .",
            "<START:person> Tom Lund <END> works for <START:organization> Nordic Steel <END> .",
            "<START:organization> Nordic Steel <END> opened an office in <START:location> Bergen <END> .",
            "It rained all week and nobody went out .") + "\n";

    private static MainRun run(String... args) {
        return MainRun.of(args);
    }

    @Test
    void trainThenEvaluateOnAHandMadeTestFile(@TempDir Path dir) throws IOException {
        Path train = Files.writeString(dir.resolve("train.txt"), TRAIN);
        Path model = dir.resolve("m.bin");
        MainRun t = run("ner-train", "--iterations", "60", "-o", model.toString(), train.toString());
        assertEquals(0, t.status(), t.err());
        assertTrue(Files.isRegularFile(model));

        // The model gives its training sentences back; this gold calls Oslo an organization and
        // misses Bergen, so: person 3/3, organization 2 gold (Nordic Steel x2) + Oslo = 3 gold, 2 found
        // right; location 0 gold, 2 found.
        String test = TRAIN.replace("<START:location> Oslo <END>", "<START:organization> Oslo <END>")
                .replace("<START:location> Bergen <END>", "Bergen");
        Path testFile = Files.writeString(dir.resolve("test.txt"), test);
        MainRun e = run("ner-eval", "--model-only", "--model", model.toString(), testFile.toString());
        assertEquals(0, e.status(), e.err());
        assertRow(e.out(), "location", 0, 2, 0);
        assertRow(e.out(), "organization", 3, 2, 2);
        assertRow(e.out(), "person", 3, 3, 3);
        assertRow(e.out(), "overall", 6, 7, 5);
        assertTrue(e.out().contains(" 0.7143 0.8333 0.7692"), e.out()); // P 5/7, R 5/6, F1 10/13
    }

    private static void assertRow(String out, String type, int gold, int found, int correct) {
        String want = String.format(" %-13s %6d %6d %7d ", type, gold, found, correct);
        assertTrue(out.contains(want), "missing row [" + want + "] in\n" + out);
    }

    @Test
    void aMissingModelIsOneClearLine(@TempDir Path dir) throws IOException {
        Path test = Files.writeString(dir.resolve("t.txt"), "A line .\n");
        Path missing = dir.resolve("none.bin");
        MainRun r = run("ner-eval", "--model", missing.toString(), test.toString());
        assertEquals(1, r.status());
        assertEquals("extract: " + missing + ": no such model file", r.err().strip());
    }

    @Test
    void aMissingTrainingFileFailsWithoutWritingAModel(@TempDir Path dir) {
        Path model = dir.resolve("m.bin");
        MainRun r = run("ner-train", "-o", model.toString(), dir.resolve("absent.txt").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("extract: " + dir.resolve("absent.txt") + ": no such file"), r.err());
        assertTrue(Files.notExists(model));
    }

    @Test
    void nerModelOptionLoadsTheGivenFileOrSaysWhatIsWrong(@TempDir Path dir) throws IOException {
        NerModelOption option = new NerModelOption();
        option.file = Files.writeString(dir.resolve("bad.bin"), "garbage");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, option::load);
        assertTrue(e.getMessage().startsWith(option.file + ": not a valid name-finder model"), e.getMessage());
    }
}
