package extract.cli;

import extract.nlp.NlpModels;
import extract.pipeline.Extractor;
import extract.summary.SpeakerQuote;
import extract.summary.SpeakerQuotes;
import extract.summary.SpeakerRow;
import extract.summary.SpeakerSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `extract speakers PATH...`: who is quoted, one row per canonical speaker over all inputs, most quoted first. */
@Command(name = "speakers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the speakers quoted in articles, most quoted first: one row per speaker over all inputs,",
                "with its type, most frequent title or role, quotations, articles, and first and last date."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input worked", "1:some input failed (one line on stderr each)", "2:usage error"})
final class SpeakersCommand implements Callable<Integer> {
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

    private final Supplier<StdStreams> io; // looked up when the command runs, not when picocli builds it

    SpeakersCommand() {
        this.io = StdStreams::system;
    }

    SpeakersCommand(StdStreams io) {
        this.io = () -> io;
    }

    @Override
    public Integer call() {
        SpeakerSummary summary = new SpeakerSummary();
        BatchRun.Gather<SpeakerQuote> gather = new BatchRun.Gather<>() {
            @Override
            public List<? extends List<?>> rows(List<SpeakerQuote> found) {
                summary.add(found); // on the writing thread, in input order
                return List.of();
            }

            @Override
            public List<? extends List<?>> rest() {
                return summary.rows().stream().map(SpeakerRow::cells).toList();
            }
        };
        return new BatchRun<SpeakerQuote>(spec, input, output, run, io.get()).executeGathered(SpeakerRow.HEADER, gather, reporter -> {
            NlpModels models = nerModel.loadWithNlpModels(e -> {
                throw new BatchRun.SetupException("speakers needs a name-finder model: " + e.getMessage(), e);
            });
            Supplier<Extractor> extractors = Extractor.factory(models, date.get());
            return () -> {
                Extractor extractor = extractors.get();
                return source -> {
                    List<SpeakerQuote> quotes = new ArrayList<>();
                    extractor.extract(source, (doc, rows) -> quotes.addAll(SpeakerQuotes.of(doc, rows)));
                    return quotes;
                };
            };
        });
    }
}
