package extract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `extract ner-train`: not built yet. */
@Command(name = "ner-train", mixinStandardHelpOptions = true, description = "Train the name-finder model.")
final class NerTrainCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("extract: ner-train is not built yet");
        return 1;
    }
}
