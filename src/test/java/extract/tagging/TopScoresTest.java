package extract.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopScoresTest {
    /** The value BeamSearch reads from a sorted copy, with repeated values and short arrays. */
    @Test
    void kthLargestIsWhatASortedCopyGives() {
        Random random = new Random(3);
        for (int trial = 0; trial < 5000; trial++) {
            double[] scores = new double[1 + random.nextInt(9)];
            for (int i = 0; i < scores.length; i++) scores[i] = random.nextInt(5) / 4.0; // many ties
            int k = 1 + random.nextInt(4);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[Math.max(0, sorted.length - k)], TopScores.kthLargest(scores, k), Arrays.toString(scores) + " k=" + k);
        }
    }
}
