package extract.spark;

import extract.api.ExtractOptions;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What each executor needs to set up the extractor, shipped with the tasks: plain strings, since
 * the API's options hold a Path. {@code nerModel} null: the model inside the job jar.
 */
record ExtractorSettings(String nerModel, String referenceDate) implements Serializable {
    ExtractOptions options() {
        return new ExtractOptions(Optional.ofNullable(nerModel).map(Path::of),
                Optional.ofNullable(referenceDate).map(LocalDate::parse));
    }
}
