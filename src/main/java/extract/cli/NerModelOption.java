package extract.cli;

import extract.ner.NerModel;
import java.io.IOException;
import java.nio.file.Path;
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
}
