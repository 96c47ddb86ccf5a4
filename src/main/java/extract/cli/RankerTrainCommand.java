package extract.cli;

import extract.eval.EvalLexicon;
import extract.eval.GoldFolder;
import extract.eval.SpeakerJudge;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.speaker.SpeakerRanker;
import extract.speaker.rank.RankerTrainer;
import extract.speaker.rank.RankerTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `extract ranker-train`: trains the maximum-entropy speaker ranker for pronouns from annotated articles. */
@Command(name = "ranker-train", mixinStandardHelpOptions = true,
        description = {"Train the speaker ranker (which earlier name a pronoun or a quotation without a frame belongs to; OpenNLP maxent, GIS) on annotated "
                + "articles (brat standoff with speakers.tsv, as for eval), and check it against the rules "
                + "by cross-validation over the articles.",
                "Retrain the shipped model: ./extract ranker-train ../shared/polnear/train -o models/speaker-ranker.bin",
                "Use a model: EXTRACT_JAVA_OPTS=-Dextract.ranker=on|off|FILE ./extract ...; see models/README.md."})
final class RankerTrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "Folder of annotated training articles (never the dev set).")
    Path goldDir;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", description = "Model file to write (none: check only).")
    Path output;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "50", description = "GIS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "2",
            description = "Drop features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Cross-validation folds for the check against the rules; 0 skips it (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--check-thresholds", paramLabel = "P", split = ",", hidden = true,
            description = "Thresholds to report in the check (default: the ranker's).")
    double[] thresholds = {SpeakerRanker.THRESHOLD};

    @Option(names = "--dump", paramLabel = "FILE", hidden = true,
            description = "Write the labelled candidates as TSV (article, mention, rules right, name, right, features).")
    Path dump;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(goldDir)) return fail(goldDir + ": not a folder", 2);
        if (threads < 1 || folds < 0 || folds == 1 || iterations < 1) return fail("--threads, --iterations must be at least 1, --folds 0 or at least 2", 2);
        try {
            EvalLexicon lexicon = EvalLexicon.load();
            GoldFolder folder = GoldFolder.open(goldDir, lexicon);
            RankerTraining.Result data = new RankerTraining(folder, new SpeakerJudge(lexicon), NlpModels.load(NerModel.loadDefault()))
                    .collect(threads);
            data.errors().forEach(e -> System.err.println("extract: " + e));
            long candidates = data.examples().stream().mapToLong(e -> e.right().size()).sum();
            long positives = data.examples().stream().mapToLong(e -> e.right().stream().filter(b -> b).count()).sum();
            System.out.printf(Locale.ROOT, "%d articles, %d labelled pronouns and quotations, %d candidates (%d right)%n",
                    data.articles(), data.examples().size(), candidates, positives);
            if (dump != null) writeDump(data);
            RankerTrainer trainer = new RankerTrainer(iterations, cutoff, SpeakerRanker.THRESHOLD);
            if (folds > 0) {
                for (RankerTrainer.Check c : trainer.crossCheck(data.examples(), folds, thresholds)) {
                    System.out.printf(Locale.ROOT, "%d-fold check, %s, threshold %.2f: rules %.3f, ranker then rules %.3f "
                                    + "(%d items, %d with a right candidate; ranker decided %d: right %d, the rules %d)%n",
                            folds, c.kind().name().toLowerCase(Locale.ROOT), c.threshold(), ratio(c.rulesRight(), c.items()), ratio(c.rankedRight(), c.items()), c.items(),
                            c.reachable(), c.rankerDecided(), c.rankerDecidedRight(), c.rulesRightWhereDecided());
                }
            }
            if (output != null) {
                trainer.train(data.examples()).save(output);
                System.err.printf(Locale.ROOT, "extract: wrote %s in %.0f s%n", output, (System.nanoTime() - t0) / 1e9);
            }
            return data.errors().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            return fail(e.getMessage(), 1);
        } catch (IllegalArgumentException e) { // OpenNLP: no events, or none labelled right
            return fail(goldDir + ": nothing to learn from (" + e.getMessage() + ")", 1);
        }
    }

    private void writeDump(RankerTraining.Result data) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (RankerTraining.Example e : data.examples()) {
            for (int i = 0; i < e.right().size(); i++) {
                var c = e.candidates().candidates().get(i);
                sb.append(e.article()).append('\t').append(e.candidates().kind()).append(' ').append(e.candidates().at()).append('\t').append(e.rulesRight())
                        .append('\t').append(c.name()).append('\t').append(e.right().get(i)).append('\t')
                        .append(String.join(" ", c.features())).append('\n');
            }
        }
        Files.writeString(dump, sb.toString());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static int fail(String message, int status) {
        System.err.println("extract: " + message);
        return status;
    }
}
