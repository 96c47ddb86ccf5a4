package extract.cli;

import extract.input.SourceText;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import extract.pipeline.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `extract quotes PATH...`: every quotation with its speaker. Minimal first version. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Print every direct, mixed and indirect quotation with its speaker.")
final class QuotesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @picocli.CommandLine.Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Reference date for relative times (default: the article's own dateline).")
    java.time.LocalDate date;

    @Override
    public Integer call() throws IOException {
        NerModel ner = null;
        try {
            ner = NerModel.loadDefault();
        } catch (IOException e) {
            // no shipped model in this build yet: run without names
        }
        Extractor extractor = Extractor.create(NlpModels.load(ner), Optional.ofNullable(date));
        System.out.println(String.join("\t", QuoteRow.HEADER));
        for (Path p : paths) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (QuoteRow row : extractor.extract(new SourceText(f.toString(), text))) {
                    System.out.println(String.join("\t", row.values().stream()
                            .map(v -> v.replaceAll("[\\t\\r\\n]", " ")).toList()));
                }
            }
        }
        return 0;
    }
}
