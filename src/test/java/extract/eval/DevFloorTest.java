package extract.eval;

import extract.MainRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality guard: `extract eval` on the PolNeAR dev split must not fall below the end-to-end F1 the
 * tool reached when the floor was last set. Raise the floor as quality improves. Skipped where
 * ../shared/polnear/dev is absent.
 */
class DevFloorTest {
    private static final Path DEV = Path.of("../shared/polnear/dev");
    /** Just under the figure of the tool at the time it was set (end-to-end F1, all attributions). */
    private static final double END_TO_END_F1_FLOOR = 0.50;

    @Test
    void endToEndF1StaysAboveTheFloor() {
        assumeTrue(Files.isDirectory(DEV), DEV + " is absent: skipping the quality floor on PolNeAR dev");
        MainRun run = MainRun.of("eval", "--json", DEV.toString());
        System.out.println("extract eval " + DEV + ": " + run.out().strip());
        assertEquals(0, run.status(), run.err());
        double f1 = run.number("/all/end_to_end/f1");
        assertTrue(f1 >= END_TO_END_F1_FLOOR, "end-to-end F1 " + f1 + " fell below the floor " + END_TO_END_F1_FLOOR);
    }
}
