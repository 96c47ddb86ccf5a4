package extract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: `extract <command> ...`. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Who said what, when and where: quotations and their speakers in news text.",
        subcommands = {QuotesCommand.class, SpeakersCommand.class, EntitiesCommand.class, TextCommand.class, EvalCommand.class,
                NerTrainCommand.class, NerEvalCommand.class, RankerTrainCommand.class, CommandLine.HelpCommand.class})
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
        CommandLine cl = new CommandLine(new Main());
        // A usage error is one line and a hint, not the whole help text.
        cl.setParameterExceptionHandler((ex, ignored) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("extract: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl.execute(args);
    }
}
