package extract.cli;

import extract.nlp.NlpModels;
import extract.output.OutputFormat;
import extract.output.QuoteRow;
import extract.pipeline.Extractor;
import extract.time.ReferenceDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--date-from-path",
            description = "Take an article's reference date from its path (2019-01-10, 2019/01/10, 20190110) "
                    + "when neither --date, the page nor the text gives one.")
    boolean dateFromPath;

    @Option(names = "--dates", paramLabel = "FILE",
            description = "TSV of path and date (YYYY-MM-DD): reference dates for articles nothing else dates.")
    Path datesFile;

    private final Supplier<StdStreams> io; // looked up when the command runs, not when picocli builds it

    QuotesCommand() {
        this.io = StdStreams::system;
    }

    QuotesCommand(StdStreams io) {
        this.io = () -> io;
    }

    @Override
    public Integer call() {
        Map<String, LocalDate> listed = Map.of();
        if (datesFile != null) {
            try {
                listed = ReferenceDates.readList(datesFile);
            } catch (ReferenceDates.ListException e) {
                throw new ParameterException(spec.commandLine(), "--dates " + e.getMessage());
            }
        }
        ReferenceDates references = new ReferenceDates(date.get(), dateFromPath, listed);
        StdStreams streams = io.get();
        boolean withRule = explain || output.format(streams.outIsTerminal()) == OutputFormat.JSONL;
        List<String> header = withRule ? QuoteRow.EXPLAINED_HEADER : QuoteRow.HEADER;
        Function<QuoteRow, List<?>> cells = withRule ? QuoteRow::explainedCells : QuoteRow::cells;
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
            Supplier<Extractor> extractors = Extractor.factory(models, references);
            return () -> {
                Extractor extractor = extractors.get();
                // a long article's rows come piece by piece, so the first ones show up early
                return (source, emit) -> extractor.extract(source, (doc, found) -> emit.accept(found));
            };
        });
    }
}
