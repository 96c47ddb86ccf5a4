package extract.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One gold statement of a when/where gold file: its article, the article's publication date, the
 * content span (code points, end exclusive), the annotation id, the time phrase, the date (empty
 * when the text leaves it open) with how it is known, and the place's names (empty when open) with
 * how it is known.
 */
public record WhenWhereStatement(String file, LocalDate articleDate, int start, int end, String attribution,
                                 String when, Optional<IsoPeriod> date, String dateBasis,
                                 List<String> places, String placeBasis) {
    public WhenWhereStatement {
        places = List.copyOf(places);
    }

    boolean hasDate() {
        return date.isPresent();
    }

    boolean hasPlace() {
        return !places.isEmpty();
    }
}
