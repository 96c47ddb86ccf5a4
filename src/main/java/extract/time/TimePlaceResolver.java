package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.nlp.Sentence;
import extract.quotes.Attribution;
import extract.time.place.PlaceFinder;
import extract.time.place.PlaceLexicon;
import extract.time.place.PlaceMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates and places each statement of a document: the time expression and the place in its
 * reporting clause (see {@link ReportingClause}), the date resolved against the reference date
 * (the command line's, else the article's date line), and the dateline's place when the sentence
 * names none. Holds only immutable lexicons: one per run is enough, shared by workers.
 */
public final class TimePlaceResolver {
    private final Optional<LocalDate> referenceDate;
    private final TemporalTagger tagger;
    private final TemporalNormaliser normaliser = new TemporalNormaliser();
    private final PlaceLexicon places;
    private final PlaceFinder placeFinder;

    /** @param referenceDate the --date given on the command line, overriding the article's own */
    public TimePlaceResolver(Optional<LocalDate> referenceDate) {
        this.referenceDate = referenceDate;
        this.tagger = new TemporalTagger(new TemporalLexicon());
        this.places = new PlaceLexicon();
        this.placeFinder = new PlaceFinder(places);
    }

    /** One TimePlace per attribution, in the same order. */
    public List<TimePlace> resolve(AnnotatedDocument doc, List<Attribution> attributions) {
        List<TimePlace> out = new ArrayList<>(attributions.size());
        if (attributions.isEmpty()) return out;
        Dateline head = Dateline.read(doc.modelText(), tagger, places);
        Optional<LocalDate> reference = referenceDate.isPresent() ? referenceDate : head.date();
        ReportingClause clause = new ReportingClause(doc, attributions);
        // only the sentences that report a statement are read
        List<Sentence> reporting = doc.sentences().stream()
                .filter(s -> clause.regions().stream().anyMatch(r -> r.overlaps(s.span()))).toList();
        List<TimeExpression> times = new ArrayList<>();
        for (Sentence s : reporting) times.addAll(tagger.tag(doc.modelText(), s.start(), s.end()));
        List<PlaceMention> mentions = placeFinder.find(doc, reporting,
                span -> times.stream().anyMatch(t -> t.span().overlaps(span)));
        for (int i = 0; i < attributions.size(); i++) {
            Optional<TimeExpression> time = clause.pick(i, times, TimeExpression::span);
            String when = time.map(t -> t.span().of(doc.text())).orElse("");
            Tense tense = clause.tense(i);
            String date = time.map(t -> normaliser.normalise(t, reference, tense)).orElse("");
            String where = clause.pick(i, mentions, PlaceMention::span).map(PlaceMention::name)
                    .orElse(head.place().orElse(""));
            out.add(new TimePlace(when, date, where));
        }
        return out;
    }
}
