package extract.cli;

import extract.input.InputCollector;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to read: shared by the commands that read articles. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files, folders (searched recursively) or - for standard input. "
                    + "@FILE reads arguments from FILE, one per line.")
    List<String> paths;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "Which files to take from folders (repeatable; default: "
                    + "*.txt, *.text, *.md, *.html, *.htm). Files named on the command line are always read.")
    List<String> globs;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "16",
            description = "Skip (with an error) files larger than this (default: ${DEFAULT-VALUE} MB).")
    int maxSizeMb;

    List<String> globs() {
        return globs == null || globs.isEmpty() ? InputCollector.DEFAULT_GLOBS : globs;
    }
}
