package extract.pipeline;

import extract.input.SourceText;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import extract.quotes.Attribution;
import extract.quotes.AttributionFinder;
import extract.quotes.CueLexicon;
import extract.speaker.SpeakerLexicon;
import extract.text.CodePoints;
import extract.text.Span;
import extract.time.TimePlace;
import extract.time.TimePlaceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The whole pipeline for one worker: text, NLP annotations, attributions with speakers, time and
 * place, output rows. Not thread-safe (it owns taggers): make one per worker with {@link #factory}.
 */
public final class Extractor {
    private final Annotator annotator;
    private final AttributionFinder finder;
    private final TimePlaceResolver timePlace;

    private Extractor(Annotator annotator, AttributionFinder finder, TimePlaceResolver timePlace) {
        this.annotator = annotator;
        this.finder = finder;
        this.timePlace = timePlace;
    }

    /**
     * Loads the lexicons once and makes an Extractor per call: the attribution and time stages are
     * immutable and shared, each Extractor has its own taggers.
     */
    public static Supplier<Extractor> factory(NlpModels models, Optional<LocalDate> referenceDate) {
        AttributionFinder finder = new AttributionFinder(CueLexicon.load(), SpeakerLexicon.load());
        TimePlaceResolver timePlace = new TimePlaceResolver(referenceDate);
        return () -> new Extractor(new Annotator(models), finder, timePlace);
    }

    /** One Extractor, for a single worker. */
    public static Extractor create(NlpModels models, Optional<LocalDate> referenceDate) {
        return factory(models, referenceDate).get();
    }

    public List<QuoteRow> extract(SourceText source) {
        return extract(source, annotate(source));
    }

    /** The NLP annotations alone, for a caller that needs them beside the rows ({@code extract speakers}). */
    public AnnotatedDocument annotate(SourceText source) {
        return annotator.annotate(source);
    }

    /** The rows of an article already annotated by {@link #annotate}. */
    public List<QuoteRow> extract(SourceText source, AnnotatedDocument doc) {
        List<Attribution> attributions = finder.find(doc);
        List<TimePlace> places = timePlace.resolve(doc, attributions);
        CodePoints cp = new CodePoints(doc.text());
        List<QuoteRow> rows = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            TimePlace tp = places.get(i);
            String mention = a.speaker().mention() == null ? "" : whole(a.speaker().mention(), doc.text()).of(doc.text());
            String cue = a.cue() == null ? "" : whole(a.cue(), doc.text()).of(doc.text());
            Span content = whole(a.content(), doc.text());
            rows.add(new QuoteRow(source.file(), cp.toCodePoint(content.start()), cp.toCodePoint(content.end()),
                    a.kind().label(), a.speaker().name(), mention, cue, content.of(doc.text()),
                    tp.when(), tp.date(), tp.where()));
        }
        return rows;
    }

    /**
     * The span without half a surrogate pair at either end: OpenNLP's tokenizer works on UTF-16
     * units and may end a token between the two halves of an emoji ("’" + high surrogate), and a
     * row must never split a code point (its text and offsets would disagree).
     */
    static Span whole(Span s, String text) {
        int start = s.start(), end = s.end();
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) start++;
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return start <= end ? new Span(start, end) : new Span(start, start);
    }
}
