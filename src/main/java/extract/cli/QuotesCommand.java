package extract.cli;

import extract.nlp.NlpModels;
import extract.output.OutputFormat;
import extract.output.QuoteRow;
import extract.pipeline.Extractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `extract quotes PATH...`: every quotation with its speaker, one row per quote. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print every direct, mixed and indirect quotation with its speaker.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input worked", "1:some input failed (one line on stderr each)", "2:usage error"})
final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    RunOptions run;

    @Mixin
    NerModelOption nerModel;

    @Mixin
    DateOption date;

    @Option(names = "--explain",
            description = "Add the rule column (which sieves decided the cue, source, span and speaker) to "
                    + "table, tsv and csv output; JSON Lines always has it.")
    boolean explain;

    private final Supplier<StdStreams> io; // looked up when the command runs, not when picocli builds it

    QuotesCommand() {
        this.io = StdStreams::system;
    }

    QuotesCommand(StdStreams io) {
        this.io = () -> io;
    }

    @Override
    public Integer call() {
        StdStreams streams = io.get();
        boolean withRule = explain || output.format(streams.outIsTerminal()) == OutputFormat.JSONL;
        int rule = QuoteRow.HEADER.indexOf("rule");
        List<String> header = withRule ? QuoteRow.HEADER : without(QuoteRow.HEADER, rule);
        Function<QuoteRow, List<?>> cells = withRule ? QuoteRow::cells : r -> without(r.cells(), rule);
        UndatedTimes undated = new UndatedTimes(date.get().isPresent());
        BatchRun.Gather<QuoteRow> rows = new BatchRun.Gather<>() {
            @Override
            public List<? extends List<?>> rows(List<QuoteRow> found) {
                undated.look(found);
                return found.stream().map(cells).toList();
            }

            @Override
            public Optional<String> note() {
                return undated.note();
            }
        };
        return new BatchRun<QuoteRow>(spec, input, output, run, streams).executeStreaming(header, rows, reporter -> {
            NlpModels models = nerModel.loadWithNlpModels(e -> {
                // A model the user named must work; without the shipped one, speakers go unnamed.
                if (nerModel.file != null) throw new BatchRun.SetupException(e.getMessage(), e);
                reporter.note("no name-finder model (" + e.getMessage() + "); speakers are not resolved to names");
                return null;
            });
            Optional<LocalDate> reference = date.get();
            Supplier<Extractor> extractors = Extractor.factory(models, reference);
            return () -> {
                Extractor extractor = extractors.get();
                // a long article's rows come piece by piece, so the first ones show up early
                return (source, emit) -> extractor.extract(source, (doc, found) -> emit.accept(found));
            };
        });
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> out = new java.util.ArrayList<>(list);
        out.remove(index);
        return out;
    }
}
