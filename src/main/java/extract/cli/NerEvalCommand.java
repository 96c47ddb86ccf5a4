package extract.cli;

import extract.ner.DocumentTagger;
import extract.ner.NameSampleFiles;
import extract.ner.NerEvaluator;
import extract.ner.NerModel;
import extract.ner.NerScores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `extract ner-eval`: precision, recall and F1 of a name-finder model on name-sample test files. */
@Command(name = "ner-eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a name-finder model on test files in OpenNLP's name-sample format: "
                + "precision, recall and F1 per type and overall, per file and for all files.",
                "A name counts as correct only with the exact span and type. By default the model runs "
                + "with the document-level rules `extract` uses (titles, one type per name)."})
final class NerEvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Test files (name-sample format, UTF-8).")
    List<Path> files;

    @Option(names = "--model", paramLabel = "M", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--model-only", description = "Score the model's own output, without the document-level rules.")
    boolean modelOnly;

    @Override
    public Integer call() {
        NerModel ner;
        try {
            ner = model == null ? NerModel.loadDefault() : NerModel.load(model);
        } catch (IOException e) {
            System.err.println("extract: " + e.getMessage());
            return 1;
        }
        DocumentTagger tagger = modelOnly ? DocumentTagger.modelOnly(ner.model()) : ner.newTagger();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%-40s %-13s %6s %6s %7s %9s %6s %6s%n",
                "file", "type", "gold", "found", "correct", "precision", "recall", "F1");
        NerScores total = null;
        int status = 0;
        for (Path f : files) {
            NerScores s;
            try {
                s = NerEvaluator.evaluate(tagger, NameSampleFiles.documents(List.of(f)));
            } catch (IOException e) {
                System.err.println("extract: " + e.getMessage());
                status = 1;
                continue;
            }
            print(out, f.toString(), s);
            total = total == null ? s : total.plus(s);
        }
        if (total != null && files.size() > 1) print(out, "(all files)", total);
        return status;
    }

    private static void print(PrintStream out, String label, NerScores s) {
        for (Map.Entry<String, NerScores.Counts> e : new TreeMap<>(s.byType()).entrySet()) row(out, label, e.getKey(), e.getValue());
        row(out, label, "overall", s.overall());
    }

    private static void row(PrintStream out, String file, String type, NerScores.Counts c) {
        out.printf(Locale.ROOT, "%-40s %-13s %6d %6d %7d %9.4f %6.4f %6.4f%n",
                file, type, c.gold(), c.found(), c.correct(), c.precision(), c.recall(), c.f1());
    }
}
