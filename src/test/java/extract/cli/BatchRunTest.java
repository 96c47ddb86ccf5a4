package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The shared batch run with a stand-in worker, to make runs fail in ways real articles cannot. */
class BatchRunTest {
    @TempDir
    Path dir;

    /** Rows: each file's text; a file containing "boom" exhausts memory (the run cannot go on). */
    @Command(name = "echo")
    static final class EchoCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        InputOptions input;

        @Mixin
        OutputOptions output;

        @Mixin
        RunOptions run;

        private final StdStreams io;

        EchoCommand(StdStreams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            return new BatchRun<String>(spec, input, output, run, io).execute(List.of("text"), List::of, r -> () -> src -> {
                if (src.text().contains("boom")) throw new OutOfMemoryError("simulated");
                return List.of(src.text());
            });
        }
    }

    private void files(String... texts) throws IOException {
        for (int i = 0; i < texts.length; i++) Files.writeString(dir.resolve("in" + i + ".txt"), texts[i]);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void failedRunLeavesNoOutputFileAndKeepsTheOldOne() throws IOException {
        files("one", "two", "boom", "four");
        Path out = dir.resolve("out.tsv");
        Files.writeString(out, "previous");
        Cli.Result r = Cli.run(EchoCommand::new, "", "--threads", "2", "-o", out.toString(), dir.toString() + "/in0.txt",
                dir + "/in1.txt", dir + "/in2.txt", dir + "/in3.txt");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("extract: run stopped: java.lang.OutOfMemoryError: simulated"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace without --verbose");
        assertEquals("previous", Files.readString(out));
        assertEquals(List.of("in0.txt", "in1.txt", "in2.txt", "in3.txt", "out.tsv"), names());
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        files("boom");
        Cli.Result r = Cli.run(EchoCommand::new, "", "--verbose", dir + "/in0.txt");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void partialFailureStillWritesACompleteFileAndExitsWithOne() throws IOException {
        files("one", "two");
        Path out = dir.resolve("out.tsv");
        Cli.Result r = Cli.run(EchoCommand::new, "", "-o", out.toString(), dir + "/in0.txt", dir + "/nope.txt", dir + "/in1.txt");
        assertEquals(1, r.status());
        assertEquals("extract: " + dir + "/nope.txt: no such file or folder\n", r.err());
        assertEquals("text\none\ntwo\n", Files.readString(out));
    }
}
