package extract.pipeline;

import extract.input.Input;
import extract.input.InputException;
import extract.input.SourceReader;
import extract.input.SourceText;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a batch of inputs on worker threads and hands each input's outcome to a {@link Listener} on
 * the calling thread, in input order, whatever the thread count. At most {@code window} inputs are
 * in flight (read, processed, or waiting for their turn), so memory stays bounded however many
 * inputs there are. Each worker thread makes its own processing function once (taggers are not
 * thread-safe), from models shared by all. A failure of one input never stops the batch; only the
 * listener can stop it, by throwing (e.g. the output was closed).
 */
public final class BatchRunner<R> {
    private final int threads;
    private final int window;
    private final SourceReader reader;
    private final Supplier<Function<SourceText, List<R>>> workerFactory;

    /**
     * @param workerFactory called once on each worker thread; the function it makes is used by that
     *     thread only
     */
    public BatchRunner(int threads, SourceReader reader, Supplier<Function<SourceText, List<R>>> workerFactory) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
        this.window = 4 * threads;
        this.reader = reader;
        this.workerFactory = workerFactory;
    }

    /** Receives outcomes in input order, on the thread that called {@link #run}. */
    public interface Listener<R> {
        void rows(Input input, List<R> rows) throws IOException;

        /** The rows with the text they were found in; by default the text is not wanted. */
        default void rows(Input input, SourceText source, List<R> rows) throws IOException {
            rows(input, rows);
        }

        void warning(Input input, String message);

        /** {@code cause} is null for expected problems (binary file, unreadable); set for bugs. */
        void failure(Input input, String reason, Throwable cause);
    }

    public record Summary(int succeeded, int failed) {}

    private record Outcome<R>(Input input, SourceText source, List<R> rows, List<String> warnings, String error, Throwable cause) {}

    /**
     * Processes all inputs. Throws what the listener throws, after stopping the workers.
     *
     * @throws InterruptedException when the calling thread is interrupted; workers are stopped
     */
    public Summary run(Iterable<Input> inputs, Listener<R> listener) throws IOException, InterruptedException {
        ThreadLocal<Function<SourceText, List<R>>> worker = ThreadLocal.withInitial(workerFactory);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<Future<Outcome<R>>> inFlight = new ArrayDeque<>();
        Iterator<Input> next = inputs.iterator();
        int ok = 0, failed = 0;
        try {
            while (inFlight.size() < window && next.hasNext()) inFlight.add(submit(pool, worker, next.next()));
            while (!inFlight.isEmpty()) {
                Outcome<R> o = outcome(inFlight.poll());
                if (next.hasNext()) inFlight.add(submit(pool, worker, next.next()));
                for (String w : o.warnings()) listener.warning(o.input(), w);
                if (o.error() != null) {
                    failed++;
                    listener.failure(o.input(), o.error(), o.cause());
                } else {
                    ok++;
                    listener.rows(o.input(), o.source(), o.rows());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(ok, failed);
    }

    private Future<Outcome<R>> submit(ExecutorService pool, ThreadLocal<Function<SourceText, List<R>>> worker, Input in) {
        return pool.submit(() -> process(worker, in));
    }

    private Outcome<R> process(ThreadLocal<Function<SourceText, List<R>>> worker, Input in) {
        List<String> warnings = List.of();
        try {
            SourceReader.Loaded loaded = reader.read(in);
            warnings = loaded.warnings();
            List<R> rows = worker.get().apply(loaded.source());
            return new Outcome<>(in, loaded.source(), rows, warnings, null, null);
        } catch (InputException e) {
            return new Outcome<>(in, null, List.of(), warnings, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological text: report it for this input and let the batch go on.
            return new Outcome<>(in, null, List.of(), warnings, "internal error (" + e + ")", e);
        }
    }

    private static <R> Outcome<R> outcome(Future<Outcome<R>> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // Only Errors other than StackOverflowError get here (OutOfMemoryError): the run cannot go on.
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("worker task failed outside its own error handling", e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "extract-worker-" + n.incrementAndGet());
            t.setDaemon(true); // a closed pipe must not wait for workers to finish
            return t;
        };
    }
}
