package extract.pipeline;

import extract.input.Input;
import extract.input.InputException;
import extract.input.SourceReader;
import extract.input.SourceText;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a batch of inputs on worker threads and hands each input's outcome to a {@link Listener} on
 * the calling thread, in input order, whatever the thread count; the input whose turn it is gives its
 * rows as they are found (a long article read in pieces shows its first rows early). At most {@code window} inputs are
 * in flight (read, processed, or waiting for their turn), so memory stays bounded however many
 * inputs there are. Each worker thread makes its own processing function once (taggers are not
 * thread-safe), from models shared by all. A failure of one input never stops the batch; only the
 * listener can stop it, by throwing (e.g. the output was closed).
 */
public final class BatchRunner<R> {
    private final int threads;
    private final int window;
    private final SourceReader reader;
    private final Workers<R> workerFactory;

    /**
     * What one worker thread does with an article: hands its rows to {@code emit}, once at the end
     * or in several parts as they are found (a long article read in pieces), in order.
     */
    @FunctionalInterface
    public interface Worker<R> {
        void process(SourceText source, Consumer<List<R>> emit);
    }

    /**
     * @param workerFactory called once on each worker thread; the function it makes is used by that
     *     thread only
     */
    public BatchRunner(int threads, SourceReader reader, Supplier<Function<SourceText, List<R>>> workerFactory) {
        this(threads, reader, (Workers<R>) () -> {
            Function<SourceText, List<R>> f = workerFactory.get();
            return (source, emit) -> emit.accept(f.apply(source));
        });
    }

    /** A runner whose workers may hand over an article's rows in parts, which the listener gets as they come. */
    public static <R> BatchRunner<R> streaming(int threads, SourceReader reader, Supplier<Worker<R>> workerFactory) {
        return new BatchRunner<>(threads, reader, (Workers<R>) workerFactory::get);
    }

    /** Makes a worker for one thread (a type of its own, so the constructors differ after erasure). */
    @FunctionalInterface
    private interface Workers<R> {
        Worker<R> make();
    }

    private BatchRunner(int threads, SourceReader reader, Workers<R> workerFactory) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
        this.window = 4 * threads;
        this.reader = reader;
        this.workerFactory = workerFactory;
    }

    /**
     * Receives outcomes in input order, on the thread that called {@link #run}: for an input that
     * was read, {@link #started}, then its rows (in one or more parts), then {@link #done}; for one
     * that failed, {@link #failure} (after any rows it gave before failing).
     */
    public interface Listener<R> {
        void rows(Input input, List<R> rows) throws IOException;

        void warning(Input input, String message);

        /** {@code cause} is null for expected problems (binary file, unreadable); set for bugs. */
        void failure(Input input, String reason, Throwable cause);

        /** The input was read: its text, before its rows. */
        default void started(Input input, SourceText source) throws IOException {}

        /** All rows of the input were given. */
        default void done(Input input) throws IOException {}
    }

    public record Summary(int succeeded, int failed) {}

    /** What a worker reports about one input, in order: read, rows (any number of parts), end. */
    private sealed interface Event<R> {}

    private record Read<R>(SourceText source, List<String> warnings) implements Event<R> {}

    private record Rows<R>(List<R> rows) implements Event<R> {}

    /** {@code error} null: success; {@code fatal}: an Error the run cannot go on after. */
    private record End<R>(String error, Throwable cause, Error fatal) implements Event<R> {}

    private record Task<R>(Input input, BlockingQueue<Event<R>> events) {}

    /**
     * Processes all inputs. Throws what the listener throws, after stopping the workers.
     *
     * @throws InterruptedException when the calling thread is interrupted; workers are stopped
     */
    public Summary run(Iterable<Input> inputs, Listener<R> listener) throws IOException, InterruptedException {
        ThreadLocal<Worker<R>> worker = ThreadLocal.withInitial(workerFactory::make);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<Task<R>> inFlight = new ArrayDeque<>();
        Iterator<Input> next = inputs.iterator();
        int ok = 0, failed = 0;
        try {
            while (inFlight.size() < window && next.hasNext()) inFlight.add(submit(pool, worker, next.next()));
            while (!inFlight.isEmpty()) {
                Task<R> t = inFlight.poll();
                if (next.hasNext()) inFlight.add(submit(pool, worker, next.next()));
                if (deliver(t, listener)) ok++;
                else failed++;
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(ok, failed);
    }

    /** Hands one input's events to the listener as they come; true when the input succeeded. */
    private boolean deliver(Task<R> t, Listener<R> listener) throws IOException, InterruptedException {
        while (true) {
            Event<R> e = t.events().take();
            if (e instanceof Read<R> read) {
                for (String w : read.warnings()) listener.warning(t.input(), w);
                listener.started(t.input(), read.source());
            } else if (e instanceof Rows<R> rows) {
                listener.rows(t.input(), rows.rows());
            } else if (e instanceof End<R> end) {
                if (end.fatal() != null) throw end.fatal();
                if (end.error() != null) {
                    listener.failure(t.input(), end.error(), end.cause());
                    return false;
                }
                listener.done(t.input());
                return true;
            }
        }
    }

    private Task<R> submit(ExecutorService pool, ThreadLocal<Worker<R>> worker, Input in) {
        Task<R> t = new Task<>(in, new LinkedBlockingQueue<>());
        pool.execute(() -> process(worker, t));
        return t;
    }

    private void process(ThreadLocal<Worker<R>> worker, Task<R> t) {
        BlockingQueue<Event<R>> events = t.events();
        try {
            SourceReader.Loaded loaded = reader.read(t.input());
            events.add(new Read<>(loaded.source(), loaded.warnings()));
            worker.get().process(loaded.source(), rows -> events.add(new Rows<>(rows)));
            events.add(new End<>(null, null, null));
        } catch (InputException e) {
            events.add(new End<>(e.getMessage(), null, null));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological text: report it for this input and let the batch go on.
            events.add(new End<>("internal error (" + e + ")", e, null));
        } catch (Error e) {
            // OutOfMemoryError and the like: the run cannot go on.
            events.add(new End<>(null, null, e));
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
