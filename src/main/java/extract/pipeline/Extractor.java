package extract.pipeline;

import extract.input.SourceText;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import extract.quotes.Attribution;
import extract.doc.Lemmas;
import extract.doc.NewsDocument;
import extract.quotes.CueLexicon;
import extract.quotes.QuoteStage;
import extract.speaker.SpeakerLexicon;
import extract.speaker.SpeakerStage;
import extract.text.CodePoints;
import extract.time.ReferenceDates;
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
    private final Stages stages;

    /** The shared, immutable stages after the taggers. */
    private record Stages(Lemmas lemmas, QuoteStage quotes, SpeakerStage speakers, TimePlaceResolver timePlace) {}

    private Extractor(Annotator annotator, Stages stages) {
        this.annotator = annotator;
        this.stages = stages;
    }

    /**
     * Loads the lexicons once and makes an Extractor per call: the attribution and time stages are
     * immutable and shared, each Extractor has its own taggers.
     */
    public static Supplier<Extractor> factory(NlpModels models, Optional<LocalDate> referenceDate) {
        return factory(models, ReferenceDates.of(referenceDate));
    }

    /** As above, each article's reference date chosen by {@code referenceDates}. */
    public static Supplier<Extractor> factory(NlpModels models, ReferenceDates referenceDates) {
        Stages stages = new Stages(Lemmas.load(), new QuoteStage(CueLexicon.load()), new SpeakerStage(SpeakerLexicon.load()),
                new TimePlaceResolver(referenceDates));
        return () -> new Extractor(new Annotator(models), stages);
    }

    /** One Extractor, for a single worker. */
    public static Extractor create(NlpModels models, Optional<LocalDate> referenceDate) {
        return factory(models, referenceDate).get();
    }

    public List<QuoteRow> extract(SourceText source) {
        AnnotatedDocument doc = annotator.annotate(source);
        List<Attribution> attributions = attributions(doc);
        List<TimePlace> places = stages.timePlace().resolve(doc, attributions, source.metadata().published());
        CodePoints cp = new CodePoints(doc.text());
        List<QuoteRow> rows = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            TimePlace tp = places.get(i);
            String mention = a.speaker().mention() == null ? "" : a.speaker().mention().of(doc.text());
            String cue = a.cue() == null ? "" : a.cue().of(doc.text());
            rows.add(new QuoteRow(source.file(), cp.toCodePoint(a.content().start()), cp.toCodePoint(a.content().end()),
                    a.kind().label(), a.speaker().name(), mention, cue, a.content().of(doc.text()),
                    tp.when(), tp.date(), tp.where(), tp.dateBasis().label(), tp.placeBasis().label(), tp.articleDate(),
                    a.provenance().describe()));
        }
        return rows;
    }

    /** The quote stage, then the speaker stage, on the typed document. */
    public List<Attribution> attributions(AnnotatedDocument doc) {
        NewsDocument typed = NewsDocument.of(doc, stages.lemmas());
        return stages.speakers().resolve(typed, stages.quotes().find(typed));
    }
}
