package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.quotes.Attribution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dates and places each statement of a document. Placeholder: finds nothing yet. */
public final class TimePlaceResolver {
    private final Optional<LocalDate> referenceDate;

    /** @param referenceDate the --date given on the command line, overriding the article's own */
    public TimePlaceResolver(Optional<LocalDate> referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** One TimePlace per attribution, in the same order. */
    public List<TimePlace> resolve(AnnotatedDocument doc, List<Attribution> attributions) {
        List<TimePlace> out = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) out.add(TimePlace.NONE);
        return out;
    }
}
