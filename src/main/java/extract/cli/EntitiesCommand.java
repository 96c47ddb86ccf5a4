package extract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `extract entities`: not built yet. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "List the named entities of articles.")
final class EntitiesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("extract: entities is not built yet");
        return 1;
    }
}
