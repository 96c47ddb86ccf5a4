package extract.cli;

import extract.ner.NerModel;
import extract.nlp.NlpModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** `--ner-model FILE`: a mixin for the commands that find names; without it, the shipped model. */
public final class NerModelOption {
    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "Name-finder model to use (default: the shipped models/en-ner.bin).")
    Path file;

    /** The chosen model; the IOException's message names the file and what is wrong with it. */
    public NerModel load() throws IOException {
        return file == null ? NerModel.loadDefault() : NerModel.load(file);
    }

    /** What a command does when the chosen model cannot be loaded: go on with another (null: none), or stop. */
    @FunctionalInterface
    interface OnFailure {
        NerModel recover(IOException e) throws BatchRun.SetupException;
    }

    /**
     * The OpenNLP models with the chosen name-finder model. The name finder loads on a thread of its
     * own: its large lexicons take about as long as the other models, which load meanwhile.
     */
    NlpModels loadWithNlpModels(OnFailure onFailure) throws BatchRun.SetupException {
        CompletableFuture<NerModel> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread t = new Thread(task, "ner-model-load");
            t.setDaemon(true);
            t.start();
        });
        NlpModels base = NlpModels.load(null);
        NerModel ner;
        try {
            ner = loading.join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof UncheckedIOException io)) throw e;
            ner = onFailure.recover(io.getCause());
        }
        return base.withNer(ner);
    }
}
