package extract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void appearsOnlyWhenCommitted() throws IOException {
        Path target = dir.resolve("out.tsv");
        try (AtomicFile f = AtomicFile.create(target)) {
            f.stream().write("rows".getBytes(StandardCharsets.UTF_8));
            f.stream().flush();
            assertFalse(Files.exists(target));
            f.commit();
        }
        assertEquals("rows", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void withoutCommitNothingIsLeftAndTheOldFileIsKept() throws IOException {
        Path target = dir.resolve("out.tsv");
        Files.writeString(target, "previous run");
        try (AtomicFile f = AtomicFile.create(target)) {
            f.stream().write("half a row".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("previous run", Files.readString(target));
        assertEquals(List.of(target), files());
    }
}
