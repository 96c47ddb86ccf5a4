package extract.cli;

import extract.eval.ArticleScorer;
import extract.eval.DetailsWriter;
import extract.eval.EvalLexicon;
import extract.eval.Evaluation;
import extract.eval.GoldFolder;
import extract.eval.RuleFigures;
import extract.eval.SpeakerJudge;
import extract.eval.WhenWhereDetails;
import extract.eval.WhenWhereEvaluation;
import extract.eval.WhenWhereGold;
import extract.eval.WhenWhereScorer;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.pipeline.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
                        + "of an article is used), and optionally speakers.tsv.",
                "With --when-where GOLD, scores the time and place of statements instead; the folder "
                        + "argument is then the articles' text folder (default " + EvalCommand.DEV_TEXT + ")."})
final class EvalCommand implements Callable<Integer> {
    static final String DEV_TEXT = "../shared/polnear/dev/text";

    @Parameters(paramLabel = "GOLD_DIR", arity = "0..1",
            description = "Folder of annotated articles (with --when-where: the folder of the gold's articles).")
    Path goldDir;

    @Option(names = "--when-where", paramLabel = "GOLD",
            description = "Score date and place against a when/where gold TSV; each article is run with its "
                    + "publication date from GOLD as --date.")
    Path whenWhere;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Write one TSV row per gold item and system row with its verdict.")
    Path details;

    @Option(names = "--by-rule",
            description = "Also print, for each sieve, the rows it decided, their precision and their speaker accuracy.")
    boolean byRule;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (whenWhere != null) return whenWhere();
        if (goldDir == null) return usage("GOLD_DIR is required (or --when-where GOLD)");
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
        RuleFigures rules = byRule ? RuleFigures.of(result.scores()) : null;
        if (json) {
            System.out.println(result.report().toJson(rules));
        } else {
            System.out.print(result.report().toText());
            if (rules != null) System.out.print(System.lineSeparator() + rules.toText());
        }
        return status;
    }

    /** `eval --when-where GOLD [DIR]`: the tool's date and place per gold statement. */
    private int whenWhere() {
        Path dir = goldDir == null ? Path.of(DEV_TEXT) : goldDir;
        if (Files.isDirectory(dir.resolve("text"))) dir = dir.resolve("text"); // the PolNeAR folder itself
        if (!Files.isDirectory(dir)) return usage(dir + ": not a folder");
        if (details != null && (details.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())
                || details.toAbsolutePath().normalize().equals(whenWhere.toAbsolutePath().normalize()))) {
            return usage(details + ": will not write over the gold or inside the articles' folder");
        }
        WhenWhereGold gold;
        try {
            gold = WhenWhereGold.read(whenWhere);
        } catch (IOException e) {
            return usage(whenWhere + ": " + e.getMessage());
        }
        NlpModels models = NlpModels.load(defaultNer());
        Map<LocalDate, Extractor> byDate = new HashMap<>(); // articles run one by one: one extractor per date
        WhenWhereEvaluation.Result result = new WhenWhereEvaluation(gold, dir, new WhenWhereScorer(new SpeakerJudge(EvalLexicon.load())))
                .run(date -> byDate.computeIfAbsent(date, d -> Extractor.create(models, Optional.of(d)))::extract);
        result.errors().forEach(e -> System.err.println("extract: " + e));
        int status = result.errors().isEmpty() ? 0 : 1;
        if (details != null) {
            try {
                WhenWhereDetails.write(details, result.verdicts());
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
