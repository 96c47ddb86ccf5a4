package extract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `extract eval`: not built yet. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against annotated articles (brat standoff).")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("extract: eval is not built yet");
        return 1;
    }
}
