package extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.Input;
import extract.input.SourceReader;
import extract.input.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(1 << 20, () -> new ByteArrayInputStream(new byte[0]));

    private List<Input> files(int n) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("f%03d.txt", i));
            // Uneven sizes so that later files often finish first.
            Files.writeString(p, i + " " + "x".repeat((n - i) * 50));
            inputs.add(Input.file(p));
        }
        return inputs;
    }

    /** Rows: the file's first word, after a delay that varies by file. */
    private static Function<SourceText, List<String>> slowFirstWord() {
        return s -> {
            try {
                Thread.sleep(s.text().length() % 7);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(s.text().split(" ")[0]);
        };
    }

    private static class Recorder implements BatchRunner.Listener<String> {
        final List<String> events = new ArrayList<>();

        @Override
        public void rows(Input input, List<String> rows) throws IOException {
            events.addAll(rows);
        }

        @Override
        public void warning(Input input, String message) {
            events.add("warning " + message);
        }

        @Override
        public void failure(Input input, String reason, Throwable cause) {
            events.add("failed " + input.label().substring(input.label().lastIndexOf('/') + 1) + ": " + reason
                    + (cause == null ? "" : " +cause"));
        }
    }

    @Test
    void rowsComeInInputOrderWhateverTheThreadCount() throws Exception {
        List<Input> inputs = files(60);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) expected.add(Integer.toString(i));
        for (int threads : new int[] {1, 3, 8}) {
            Recorder r = new Recorder();
            BatchRunner.Summary s = new BatchRunner<>(threads, reader, BatchRunnerTest::slowFirstWord).run(inputs, r);
            assertEquals(expected, r.events, "threads=" + threads);
            assertEquals(new BatchRunner.Summary(60, 0), s);
        }
    }

    @Test
    void eachWorkerThreadMakesItsOwnFunctionOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        new BatchRunner<>(3, reader, () -> {
            made.incrementAndGet();
            threads.add(Thread.currentThread());
            return slowFirstWord();
        }).run(files(30), new Recorder());
        assertTrue(made.get() <= 3, "made " + made.get());
        assertEquals(made.get(), threads.size());
    }

    @Test
    void failuresAreReportedInPlaceAndTheBatchGoesOn() throws Exception {
        List<Input> inputs = new ArrayList<>(files(3));
        inputs.add(1, Input.file(dir.resolve("missing.txt")));
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {1, 0, 2});
        inputs.add(3, Input.file(binary));
        Recorder r = new Recorder();
        BatchRunner.Summary s = new BatchRunner<String>(2, reader, () -> src -> {
            if (src.text().startsWith("2")) throw new IllegalStateException("bug");
            return List.of(src.text().split(" ")[0]);
        }).run(inputs, r);
        assertEquals(List.of("0", "failed missing.txt: no such file or folder", "1",
                "failed bin.txt: binary file (contains NUL bytes), not text",
                "failed f002.txt: internal error (java.lang.IllegalStateException: bug) +cause"), r.events);
        assertEquals(new BatchRunner.Summary(2, 3), s);
    }

    @Test
    void warningsComeBeforeTheRowsOfTheirInput() throws Exception {
        Path old = dir.resolve("old.txt");
        Files.write(old, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Recorder r = new Recorder();
        new BatchRunner<>(2, reader, () -> src -> List.of(src.text())).run(List.of(Input.file(old)), r);
        assertEquals(List.of("warning not valid UTF-8; read as windows-1252", "café"), r.events);
    }

    @Test
    void aFailingListenerStopsTheRunAndFewInputsWereRead() throws Exception {
        AtomicInteger processed = new AtomicInteger();
        List<Input> inputs = files(200);
        BatchRunner<String> runner = new BatchRunner<>(2, reader, () -> src -> {
            processed.incrementAndGet();
            return List.of("row");
        });
        BatchRunner.Listener<String> closedPipe = new Recorder() {
            @Override
            public void rows(Input input, List<String> rows) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        assertThrows(IOException.class, () -> runner.run(inputs, closedPipe));
        Thread.sleep(50);
        // Bounded window: only the inputs in flight were started, not the whole batch.
        assertTrue(processed.get() <= 9, "processed " + processed.get());
    }

    @Test
    void inFlightInputsStayWithinTheWindow() throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        BatchRunner<String> runner = new BatchRunner<>(2, reader, () -> src -> {
            int ahead = started.incrementAndGet() - delivered.get();
            maxAhead.accumulateAndGet(ahead, Math::max);
            return List.of("r");
        });
        runner.run(files(100), new Recorder() {
            @Override
            public void rows(Input input, List<String> rows) throws IOException {
                try {
                    Thread.sleep(1); // a slow consumer: workers must wait, not race ahead
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                delivered.incrementAndGet();
            }
        });
        // The window (4 per thread) plus the input whose rows are being written.
        assertTrue(maxAhead.get() <= 4 * 2 + 1, "ahead " + maxAhead.get());
    }

    @Test
    void aStreamingWorkersRowsReachTheListenerAsTheyComeInOrder() throws Exception {
        List<Input> inputs = files(3);
        java.util.concurrent.CountDownLatch firstPartSeen = new java.util.concurrent.CountDownLatch(1);
        List<String> events = new ArrayList<>();
        BatchRunner<String> runner = BatchRunner.streaming(2, reader, () -> (source, emit) -> {
            String word = source.text().split(" ")[0];
            emit.accept(List.of(word + "a"));
            if (word.equals("0")) {
                try {
                    // the second part waits until the listener has the first: only streaming gets past this
                    assertTrue(firstPartSeen.await(10, java.util.concurrent.TimeUnit.SECONDS), "first part not delivered early");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            emit.accept(List.of(word + "b"));
        });
        BatchRunner.Summary summary = runner.run(inputs, new BatchRunner.Listener<>() {
            @Override
            public void started(Input input, SourceText source) {
                events.add("start");
            }

            @Override
            public void rows(Input input, List<String> rows) {
                events.addAll(rows);
                if (rows.equals(List.of("0a"))) firstPartSeen.countDown();
            }

            @Override
            public void done(Input input) {
                events.add("done");
            }

            @Override
            public void warning(Input input, String message) {}

            @Override
            public void failure(Input input, String reason, Throwable cause) {
                events.add("failed: " + reason);
            }
        });
        assertEquals(new BatchRunner.Summary(3, 0), summary);
        assertEquals(List.of("start", "0a", "0b", "done", "start", "1a", "1b", "done", "start", "2a", "2b", "done"), events);
    }
}
