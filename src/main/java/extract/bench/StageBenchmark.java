package extract.bench;

import extract.input.SourceText;
import extract.ner.NerModel;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.nlp.StageClock;
import extract.quotes.Attribution;
import extract.doc.Lemmas;
import extract.doc.NewsDocument;
import extract.quotes.CueLexicon;
import extract.quotes.QuoteStage;
import extract.speaker.SpeakerLexicon;
import extract.speaker.SpeakerStage;
import extract.time.TimePlaceResolver;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU seconds per stage and per article over a folder of .txt articles, on one thread, after a
 * warm-up pass: what bench/run.sh --profile prints. Not part of the tool's commands; run it as
 * {@code java -cp target/extract.jar extract.bench.StageBenchmark DIR [PASSES]}. The
 * {@code extract.taggers=opennlp} system property measures OpenNLP's own taggers instead.
 */
public final class StageBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StageBenchmark DIR [PASSES]");
            System.exit(2);
        }
        List<SourceText> articles = read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;

        long t = cpu();
        NerModel ner = NerModel.loadDefault();
        long nerLoad = cpu() - t;
        t = cpu();
        NlpModels models = NlpModels.load(ner);
        long otherLoad = cpu() - t;

        Lemmas lemmas = Lemmas.load();
        QuoteStage quoteStage = new QuoteStage(CueLexicon.load());
        SpeakerStage speakerStage = new SpeakerStage(SpeakerLexicon.load());
        TimePlaceResolver timePlace = new TimePlaceResolver(Optional.empty());
        long quotes = 0, places = 0;
        StageClock clock = null;
        for (int pass = 0; pass < passes; pass++) { // only the last pass counts: the others warm up the JIT
            clock = StageClock.threadCpu();
            Annotator annotator = new Annotator(models, clock);
            quotes = 0;
            places = 0;
            for (SourceText a : articles) {
                AnnotatedDocument doc = annotator.annotate(a);
                t = cpu();
                NewsDocument typed = NewsDocument.of(doc, lemmas);
                List<Attribution> found = speakerStage.resolve(typed, quoteStage.find(typed));
                long u = cpu();
                timePlace.resolve(doc, found);
                places += cpu() - u;
                quotes += u - t;
            }
        }
        int n = articles.size();
        System.out.printf(Locale.ROOT, "Model loading (one thread, cold): name finder %.2f s CPU, sentence+token+POS %.2f s CPU.%n%n",
                nerLoad / 1e9, otherLoad / 1e9);
        System.out.printf(Locale.ROOT, "Per stage, %d articles, one thread, pass %d of %d (the others warm up the JIT):%n%n", n, passes, passes);
        System.out.println("| stage | CPU s | ms per article | share |");
        System.out.println("| --- | ---: | ---: | ---: |");
        Map<StageClock.Stage, Long> stages = clock.nanos();
        long total = quotes + places;
        for (long v : stages.values()) total += v;
        for (var e : stages.entrySet()) row(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.getValue(), n, total);
        row("quotes and speakers", quotes, n, total);
        row("time and place", places, n, total);
        row("all", total, n, total);
        System.out.printf(Locale.ROOT, "%n%.1f articles per CPU second (stages only: no reading, no output, no start-up).%n", n / (total / 1e9));
    }

    private static void row(String name, long nanos, int articles, long total) {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.0f %% |%n", name, nanos / 1e9, nanos / 1e6 / articles, 100.0 * nanos / total);
    }

    private static List<SourceText> read(Path dir) throws IOException {
        List<SourceText> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new SourceText(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
