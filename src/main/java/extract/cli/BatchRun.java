package extract.cli;

import extract.input.Input;
import extract.input.InputCollector;
import extract.input.InputProblem;
import extract.input.Reasons;
import extract.input.SourceReader;
import extract.input.SourceText;
import extract.output.Columns;
import extract.output.RowWriter;
import extract.pipeline.BatchRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What the row-listing commands share: collect inputs, check options, open the output, run the
 * batch on worker threads, write rows in input order, report failures, and choose the exit status
 * (0 all inputs worked, 1 some failed, 2 usage errors through picocli).
 */
final class BatchRun<R> {
    /** Loads the models and returns what makes one worker's row function (called once per thread). */
    @FunctionalInterface
    interface Setup<R> {
        Supplier<Function<SourceText, List<R>>> load(Reporter reporter) throws SetupException;
    }

    /** The run cannot start (a model is missing): the message says why, exit status 1. */
    static final class SetupException extends Exception {
        SetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CommandSpec spec;
    private final InputOptions input;
    private final OutputOptions output;
    private final RunOptions run;
    private final StdStreams io;
    private RowWriterOpener opener; // null: the format chosen by the output options

    /** Opens a writer for a format of one command only (the plain text of `extract text`). */
    @FunctionalInterface
    interface RowWriterOpener {
        RowWriter open(Writer out) throws IOException;
    }

    BatchRun(CommandSpec spec, InputOptions input, OutputOptions output, RunOptions run, StdStreams io) {
        this.spec = spec;
        this.input = input;
        this.output = output;
        this.run = run;
        this.io = io;
    }

    /** Writes the rows with {@code opener} instead of the output options' format. */
    BatchRun<R> writingWith(RowWriterOpener opener) {
        this.opener = opener;
        return this;
    }

    /**
     * What becomes of each article's results: rows written at once ({@link #each}), or gathered and
     * written at the end of the run (a summary over all inputs).
     */
    interface Gather<R> {
        /** The rows to write now for one article's results, in the full header's order. */
        List<? extends List<?>> rows(List<R> found);

        /** The rows to write after the last article. */
        default List<? extends List<?>> rest() {
            return List.of();
        }

        /** A note for the user once the output is complete (not when the reader went away). */
        default java.util.Optional<String> note() {
            return java.util.Optional.empty();
        }

        static <R> Gather<R> each(Function<R, List<?>> cells) {
            return found -> found.stream().map(cells).toList();
        }
    }

    int execute(List<String> header, Function<R, List<?>> cells, Setup<R> setup) {
        return executeGathered(header, Gather.each(cells), setup);
    }

    int executeGathered(List<String> fullHeader, Gather<R> gather, Setup<R> setup) {
        return executeStreaming(fullHeader, gather, reporter -> {
            Supplier<Function<SourceText, List<R>>> functions = setup.load(reporter);
            return () -> {
                Function<SourceText, List<R>> f = functions.get();
                return (source, emit) -> emit.accept(f.apply(source));
            };
        });
    }

    /** Loads the models and returns what makes one worker, which may hand over an article's rows in parts. */
    @FunctionalInterface
    interface StreamSetup<R> {
        Supplier<BatchRunner.Worker<R>> load(Reporter reporter) throws SetupException;
    }

    /** Rows are written as the workers hand them over: a long article's first rows show up early. */
    int executeStreaming(List<String> fullHeader, Gather<R> gather, StreamSetup<R> setup) {
        if (run.threads < 1) throw usage("--threads must be at least 1");
        if (input.maxSizeMb < 1) throw usage("--max-size must be at least 1 (MB)");
        InputCollector collector;
        Columns columns;
        List<String> paths;
        java.util.Optional<java.nio.charset.Charset> encoding;
        extract.input.ArticleTable table;
        try {
            table = input.table();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        try {
            collector = new InputCollector(input.globs(), table);
        } catch (IllegalArgumentException e) {
            throw usage("invalid --glob: " + e.getMessage());
        }
        try {
            columns = output.columns == null ? Columns.all(fullHeader) : Columns.select(fullHeader, output.columns);
        } catch (IllegalArgumentException e) {
            throw usage("--columns: " + e.getMessage());
        }
        try {
            encoding = input.charset();
        } catch (IllegalArgumentException e) {
            throw usage("--encoding: " + e.getMessage());
        }
        try {
            paths = input.allPaths(io.in());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        InputCollector.Collected collected = collector.collect(paths);
        checkOutputTarget(collected.inputs());

        Reporter reporter = new Reporter(io.err(), run.verbose);
        for (InputProblem p : collected.problems()) reporter.failure(p.label(), p.reason(), null);
        for (InputProblem p : collected.notes()) reporter.warning(p.label(), p.reason());
        int failed = collected.problems().size();

        OutputTarget target;
        try {
            target = OutputTarget.open(output.output, io.out());
        } catch (IOException e) {
            reporter.error(output.output + ": cannot write: " + Reasons.of(e));
            return 1;
        }
        boolean showBar = !run.quiet && io.errIsTerminal() && collected.inputs().size() > 1;
        try (target; Progress progress = showBar ? Progress.bar(io.err(), collected.inputs().size()) : Progress.none()) {
            if (progress.shown()) reporter.progressBarShown();
            Supplier<BatchRunner.Worker<R>> workers = load(setup, reporter);
            if (workers == null) return 1;
            Writer writer = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), 1 << 16);
            RowWriter rows = opener != null ? opener.open(writer)
                    : output.format(io.outIsTerminal()).open(writer, columns.header(), !output.noHeader, io.width());
            SourceReader reader = new SourceReader(input.maxBytes(), io::in, encoding, table);
            BatchRunner.Summary summary = BatchRunner.streaming(run.threads, reader, workers)
                    .run(collected.inputs(), new Listener<>(rows, writer, gather, columns, reporter, progress, target.isLive()));
            for (List<?> row : gather.rest()) rows.write(columns.pick(row));
            rows.finish();
            writer.flush();
            target.commit();
            gather.note().ifPresent(reporter::notice);
            return failed + summary.failed() > 0 ? 1 : 0;
        } catch (IOException e) {
            if (target.isLive() && isClosedPipe(e)) return failed > 0 ? 1 : 0; // `| head`: the reader has all it wants
            reporter.failure(target.name(), "cannot write: " + Reasons.of(e), e);
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            // The run cannot go on; an output file is discarded (try-with-resources above).
            reporter.error("run stopped: " + e, e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reporter.error("interrupted");
            return 1;
        }
    }

    /** The per-thread worker factory, or null after reporting why the models cannot be loaded. */
    private Supplier<BatchRunner.Worker<R>> load(StreamSetup<R> setup, Reporter reporter) {
        try {
            return setup.load(reporter);
        } catch (SetupException e) {
            reporter.error(e.getMessage(), e.getCause());
        } catch (RuntimeException e) {
            reporter.error("cannot load the models: " + e.getMessage(), e);
        }
        return null;
    }

    /** Writing over an input would destroy it before (or while) it is read. */
    private void checkOutputTarget(List<Input> inputs) {
        Path out = output.output;
        if (out == null) return;
        if (Files.isDirectory(out)) throw usage("-o " + out + ": is a folder");
        if (!Files.exists(out)) return;
        for (Input in : inputs) {
            try {
                if (!in.isStdin() && Files.isSameFile(out, in.path())) {
                    throw usage("-o " + out + ": refusing to write over an input (" + in.label() + ")");
                }
            } catch (IOException e) {
                // an input that vanished cannot be overwritten either
            }
        }
    }

    private static boolean isClosedPipe(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("broken pipe") || m.contains("stream closed") || m.contains("connection reset");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Writes each input's rows as it comes, in order; flushes per input on a stream so rows show up early. */
    private record Listener<R>(RowWriter rows, Writer writer, Gather<R> gather, Columns columns, Reporter reporter,
            Progress progress, boolean flushEach) implements BatchRunner.Listener<R> {
        @Override
        public void started(Input input, SourceText source) throws IOException {
            if (rows.wantsText()) rows.article(source.file(), source.text());
        }

        @Override
        public void rows(Input input, List<R> found) throws IOException {
            for (List<?> row : gather.rows(found)) rows.write(columns.pick(row));
            if (flushEach) writer.flush();
        }

        @Override
        public void done(Input input) {
            progress.step();
        }

        @Override
        public void warning(Input input, String message) {
            reporter.warning(input.label(), message);
        }

        @Override
        public void failure(Input input, String reason, Throwable cause) {
            reporter.failure(input.label(), reason, cause);
            progress.step();
        }
    }
}
