package extract.input;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a web page says about its article besides the text: the headline, the byline, the date it
 * was published and the site's name. Each is empty when the page does not say (and always for
 * plain-text inputs).
 */
public record PageMetadata(Optional<String> headline, Optional<String> byline, Optional<LocalDate> published,
        Optional<String> siteName) {
    public static final PageMetadata NONE = new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public PageMetadata {
        headline = nonBlank(headline);
        byline = nonBlank(byline);
        siteName = nonBlank(siteName);
    }

    private static Optional<String> nonBlank(Optional<String> s) {
        return s.map(String::strip).filter(v -> !v.isEmpty());
    }
}
