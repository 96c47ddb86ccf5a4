package extract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: `extract <command> ...`. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Who said what, when and where: quotations and their speakers in news text.",
        subcommands = {QuotesCommand.class, EntitiesCommand.class, EvalCommand.class,
                NerTrainCommand.class, NerEvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: extract quotes seeds/)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status, for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
