package extract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `extract ner-eval`: not built yet. */
@Command(name = "ner-eval", mixinStandardHelpOptions = true, description = "Evaluate a name-finder model on test files.")
final class NerEvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("extract: ner-eval is not built yet");
        return 1;
    }
}
