package extract.cli;

import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.output.EntityRow;
import extract.pipeline.EntityRows;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `extract entities PATH...`: the named entities of articles, one row per mention. */
@Command(name = "entities", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the named entities (person, organization, location) of articles.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input worked", "1:some input failed, or no name-finder model", "2:usage error"})
final class EntitiesCommand implements Callable<Integer> {
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

    private final Supplier<StdStreams> io; // looked up when the command runs, not when picocli builds it

    EntitiesCommand() {
        this.io = StdStreams::system;
    }

    EntitiesCommand(StdStreams io) {
        this.io = () -> io;
    }

    @Override
    public Integer call() {
        return new BatchRun<EntityRow>(spec, input, output, run, io.get()).execute(EntityRow.HEADER, EntityRow::cells, reporter -> {
            NlpModels models = nerModel.loadWithNlpModels(e -> {
                throw new BatchRun.SetupException("entities needs a name-finder model: " + e.getMessage(), e);
            });
            return () -> {
                Annotator annotator = new Annotator(models); // names need no attribution or time stage
                return source -> EntityRows.of(annotator.annotate(source));
            };
        });
    }
}
