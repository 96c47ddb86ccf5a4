package extract.cli;

import extract.eval.ArticleScorer;
import extract.eval.DetailsWriter;
import extract.eval.EvalLexicon;
import extract.eval.Evaluation;
import extract.eval.GoldFolder;
import extract.eval.SpeakerJudge;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.pipeline.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `extract eval GOLD_DIR`: runs the extraction of `extract quotes` on annotated articles and scores it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against annotated articles (brat standoff).",
                "GOLD_DIR holds text/NAME.txt and attributions/NAME*.ann (the alphabetically first .ann "
                        + "of an article is used), and optionally speakers.tsv."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "Folder of annotated articles.")
    Path goldDir;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Write one TSV row per gold item and system row with its verdict.")
    Path details;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (!Files.isDirectory(goldDir)) return usage(goldDir + ": not a folder");
        if (threads < 1) return usage("--threads must be at least 1");
        if (details != null && details.toAbsolutePath().normalize().startsWith(goldDir.toAbsolutePath().normalize())) {
            return usage(details + ": will not write inside GOLD_DIR");
        }
        String unwritable = details == null ? null : Writable.problem(details);
        if (unwritable != null) return usage("--details " + details + ": cannot write (" + unwritable + ")");
        EvalLexicon lexicon = EvalLexicon.load();
        GoldFolder folder;
        try {
            folder = GoldFolder.open(goldDir, lexicon);
        } catch (IOException e) {
            return usage(goldDir + ": " + e.getMessage());
        }
        Supplier<Extractor> extractors = Extractor.factory(NlpModels.load(defaultNer()), Optional.empty());
        Evaluation.Result result = new Evaluation(folder, new ArticleScorer(new SpeakerJudge(lexicon)))
                .run(() -> extractors.get()::extract, threads);
        result.errors().forEach(e -> System.err.println("extract: " + e));
        int status = result.errors().isEmpty() ? 0 : 1;
        if (details != null) {
            try {
                DetailsWriter.write(details, result.scores());
            } catch (IOException e) {
                System.err.println("extract: " + details + ": cannot write (" + e.getMessage() + ")");
                status = 1;
            }
        }
        System.out.print(json ? result.report().toJson() + System.lineSeparator() : result.report().toText());
        return status;
    }

    /** The shipped NER model, as `extract quotes` uses it; none when this build has none. */
    private static NerModel defaultNer() {
        try {
            return NerModel.loadDefault();
        } catch (IOException e) {
            return null;
        }
    }

    private static int usage(String message) {
        System.err.println("extract: " + message);
        return 2;
    }
}
