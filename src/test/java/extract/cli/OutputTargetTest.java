package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void namedPipeIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = dir.resolve("rows.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (OutputTarget t = OutputTarget.open(fifo, new ByteArrayOutputStream())) {
            assertTrue(t.isLive());
            t.stream().write("row\n".getBytes(StandardCharsets.UTF_8));
            t.commit();
        }
        assertEquals("row\n", reader.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
    }

    @Test
    void fileTargetIsNotLiveAndAppearsOnCommit() throws Exception {
        Path out = dir.resolve("out.tsv");
        try (OutputTarget t = OutputTarget.open(out, new ByteArrayOutputStream())) {
            assertFalse(t.isLive());
            t.stream().write("x".getBytes(StandardCharsets.UTF_8));
            assertFalse(Files.exists(out));
            t.commit();
        }
        assertEquals("x", Files.readString(out));
    }
}
