package extract.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `--date YYYY-MM-DD`: the reference date for relative times; a bad date is one line, not Java's exception text. */
final class DateOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private LocalDate date;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Reference date for relative times (default: the article's own date line or dateline).")
    void date(String value) {
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date: " + value + " is not a date (YYYY-MM-DD)");
        }
    }

    Optional<LocalDate> get() {
        return Optional.ofNullable(date);
    }
}
