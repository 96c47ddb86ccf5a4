package extract.cli;

import extract.ner.NerModel;
import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.output.EntityRow;
import extract.pipeline.EntityRows;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
            CompletableFuture<NerModel> loading = nerModel.loadInBackground();
            NlpModels base = NlpModels.load(null);
            NerModel ner;
            try {
                ner = NerModelOption.await(loading);
            } catch (IOException e) {
                throw new BatchRun.SetupException("entities needs a name-finder model: " + e.getMessage(), e);
            }
            NlpModels models = base.withNer(ner);
            return () -> {
                Annotator annotator = new Annotator(models); // names need no attribution or time stage
                return source -> EntityRows.of(annotator.annotate(source));
            };
        });
    }
}
