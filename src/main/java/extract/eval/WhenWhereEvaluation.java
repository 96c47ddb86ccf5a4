package extract.eval;

import extract.input.SourceText;
import extract.output.QuoteRow;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the tool on the articles a when/where gold file names and judges the time and place of its
 * rows. Each article is extracted with its own publication date as the reference date, as a user
 * would give {@code --date} for it. Articles run one after another: a gold set is a few dozen.
 */
public final class WhenWhereEvaluation {
    /** The report, every verdict (for --details) and one "FILE: reason" per article that failed. */
    public record Result(WhenWhereReport report, List<WhenWhereVerdict> verdicts, List<String> errors) {}

    private final WhenWhereGold gold;
    private final Path textDir;
    private final WhenWhereScorer scorer;

    public WhenWhereEvaluation(WhenWhereGold gold, Path textDir, WhenWhereScorer scorer) {
        this.gold = gold;
        this.textDir = textDir;
        this.scorer = scorer;
    }

    /** @param extractorFor the extraction for a reference date */
    public Result run(Function<LocalDate, Function<SourceText, List<QuoteRow>>> extractorFor) {
        long started = System.nanoTime();
        List<WhenWhereVerdict> verdicts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int scored = 0;
        for (String file : gold.files()) {
            Path path = textDir.resolve(file);
            List<WhenWhereStatement> statements = gold.statements(file);
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                errors.add(path + ": not UTF-8 text");
                continue;
            } catch (IOException e) {
                errors.add(path + ": cannot read (" + e.getMessage() + ")");
                continue;
            }
            try {
                LocalDate date = statements.get(0).articleDate();
                List<QuoteRow> rows = extractorFor.apply(date).apply(new SourceText(path.toString(), text));
                verdicts.addAll(scorer.score(text, statements, rows));
                scored++;
            } catch (RuntimeException e) {
                errors.add(path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(WhenWhereReport.of(verdicts, scored, errors.size(), seconds), verdicts, errors);
    }
}
