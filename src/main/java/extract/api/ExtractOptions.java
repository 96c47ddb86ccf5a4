package extract.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link QuoteExtractor#load} sets up: the name-finder model (empty: the shipped one) and the
 * reference date for articles that bring none (empty: each article's own dateline), the same
 * choices as {@code extract quotes --ner-model FILE --date YYYY-MM-DD}.
 */
public record ExtractOptions(Optional<Path> nerModel, Optional<LocalDate> referenceDate) {
    public ExtractOptions {
        Objects.requireNonNull(nerModel, "nerModel");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /** The shipped model, each article's own dateline: what {@code extract quotes} does by default. */
    public static ExtractOptions defaults() {
        return new ExtractOptions(Optional.empty(), Optional.empty());
    }

    public ExtractOptions withNerModel(Path file) {
        return new ExtractOptions(Optional.of(file), referenceDate);
    }

    public ExtractOptions withReferenceDate(LocalDate date) {
        return new ExtractOptions(nerModel, Optional.of(date));
    }
}
