package extract.cli;

import picocli.CommandLine.Option;

/** How to run a batch: shared by the commands that read articles. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--verbose", description = "Explain more: stack traces of internal errors, model notes.")
    boolean verbose;
}
