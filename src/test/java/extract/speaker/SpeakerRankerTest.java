package extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerRankerTest {
    private static RankedCandidates.Candidate candidate(String... features) {
        return new RankedCandidates.Candidate("X", List.of(features));
    }

    private static SpeakerRanker small() throws IOException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(SpeakerRanker.event(candidate("bias", "spk=0"), true));
            events.add(SpeakerRanker.event(candidate("bias", "spk=none"), false));
        }
        events.add(SpeakerRanker.event(candidate("bias", "spk=0"), false));
        return SpeakerRanker.train(events, 50, 1);
    }

    @Test
    void trainedModelPrefersWhatItsLabelsFavour() throws IOException {
        SpeakerRanker r = small();
        assertTrue(r.score(candidate("bias", "spk=0")) > 0.7);
        assertTrue(r.score(candidate("bias", "spk=none")) < 0.3);
    }

    @Test
    void savedModelReadsBackWithTheSameScores(@TempDir Path dir) throws IOException {
        SpeakerRanker r = small();
        Path file = dir.resolve("ranker.bin");
        r.save(file);
        SpeakerRanker back = SpeakerRanker.load(file);
        assertEquals(r.score(candidate("bias", "spk=0")), back.score(candidate("bias", "spk=0")), 1e-9);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList()); // no temporary file left behind
        }
    }

    @Test
    void notAModelIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.bin");
        Files.writeString(file, "not a model");
        IOException e = assertThrows(IOException.class, () -> SpeakerRanker.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> SpeakerRanker.load(dir.resolve("none.bin")));
        assertTrue(missing.getMessage().contains("none.bin"));
    }

    @Test
    void shippedModelLoadsAndRanksAgreeingSpeakersFirst() {
        SpeakerRanker shipped = SpeakerRanker.configured();
        assertNotNull(shipped, "the shipped ranker is on by default");
        RankedCandidates.Candidate speaker = candidate("bias", "kind=male", "type=PERSON|kind=male", "fits=true", "agree=yes",
                "spk=0", "dist=1", "rule=speaker", "fitRank=0");
        RankedCandidates.Candidate place = candidate("bias", "kind=male", "type=LOCATION|kind=male", "fits=false", "agree=unk",
                "spk=none", "dist=1", "rule=other-speaker", "fitRank=unfit");
        assertTrue(shipped.score(speaker) > shipped.score(place));
    }
}
