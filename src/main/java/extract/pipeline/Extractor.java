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
import extract.text.EnglishText;
import extract.text.Span;
import extract.time.ReferenceDates;
import extract.time.TimePlace;
import extract.time.TimePlaceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The whole pipeline for one worker: text, NLP annotations, attributions with speakers, time and
 * place, output rows. Not thread-safe (it owns taggers): make one per worker with {@link #factory}.
 */
public final class Extractor {
    /** Threads that read the pieces of one long article at once (each with its own taggers). */
    static final int PIECE_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Annotator annotator;
    private final Stages stages;
    private final int pieceChars;
    private final NlpModels models;
    private final int pieceThreads;

    /** The shared, immutable stages after the taggers. */
    private record Stages(Lemmas lemmas, QuoteStage quotes, SpeakerStage speakers, TimePlaceResolver timePlace) {}

    private Extractor(NlpModels models, Stages stages, int pieceChars, int pieceThreads) {
        this.models = models;
        this.annotator = new Annotator(models);
        this.stages = stages;
        this.pieceChars = pieceChars;
        this.pieceThreads = pieceThreads;
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
        return factory(models, referenceDates, LongTexts.PIECE_CHARS, PIECE_THREADS);
    }

    /** {@code pieceChars}: the length of the pieces a long article is read in (tests use small ones). */
    static Supplier<Extractor> factory(NlpModels models, Optional<LocalDate> referenceDate, int pieceChars) {
        return factory(models, ReferenceDates.of(referenceDate), pieceChars, PIECE_THREADS);
    }

    /** {@code pieceThreads}: how many pieces of one long article are read at once (1: one after another). */
    static Supplier<Extractor> factory(NlpModels models, Optional<LocalDate> referenceDate, int pieceChars, int pieceThreads) {
        return factory(models, ReferenceDates.of(referenceDate), pieceChars, pieceThreads);
    }

    private static Supplier<Extractor> factory(NlpModels models, ReferenceDates referenceDates, int pieceChars, int pieceThreads) {
        Stages stages = new Stages(Lemmas.load(), new QuoteStage(CueLexicon.load()), new SpeakerStage(SpeakerLexicon.load()),
                new TimePlaceResolver(referenceDates));
        return () -> new Extractor(models, stages, pieceChars, pieceThreads);
    }

    /** One Extractor, for a single worker. */
    public static Extractor create(NlpModels models, Optional<LocalDate> referenceDate) {
        return factory(models, referenceDate).get();
    }

    public List<QuoteRow> extract(SourceText source) {
        List<QuoteRow> rows = new ArrayList<>();
        extract(source, (doc, found) -> rows.addAll(found));
        return rows;
    }

    /**
     * The rows of an article with the annotations they came from, piece by piece: an article longer
     * than {@link LongTexts#PIECE_CHARS} is read in pieces cut at paragraph breaks (see
     * {@link LongTexts}), so no stage sees more than a piece and the time stays linear in the
     * article's length. Offsets count in the whole text.
     */
    public void extract(SourceText source, BiConsumer<AnnotatedDocument, List<QuoteRow>> out) {
        if (!EnglishText.shared().judge(source.text()).english()) return; // its rows would mean nothing (the reader warns)
        List<LongTexts.Piece> pieces = LongTexts.pieces(source.text(), pieceChars);
        if (pieces.size() > 1 && pieceThreads > 1) {
            new PieceReader(pieceThreads, () -> new Annotator(models)).read(pieces,
                    (p, reader) -> piece(source, p, reader), out);
            return;
        }
        for (LongTexts.Piece p : pieces) {
            PieceResult r = piece(source, p, annotator);
            out.accept(r.doc(), r.rows());
        }
    }

    /** One piece's annotations and rows, read with the given taggers; the stages after them are shared. */
    private PieceResult piece(SourceText source, LongTexts.Piece p, Annotator reader) {
        SourceText piece = p.isWhole() ? source : new SourceText(source.file(), p.text(), source.metadata());
        AnnotatedDocument doc = reader.annotate(piece);
        return new PieceResult(doc, rows(piece, doc, p.codePointStart()));
    }

    /** What one piece gave: its annotations and its rows. */
    record PieceResult(AnnotatedDocument doc, List<QuoteRow> rows) {}

    /** The NLP annotations alone, for a caller that needs them beside the rows ({@code extract speakers}). */
    public AnnotatedDocument annotate(SourceText source) {
        return annotator.annotate(source);
    }

    /** The rows of an article already annotated by {@link #annotate}. */
    public List<QuoteRow> extract(SourceText source, AnnotatedDocument doc) {
        return rows(source, doc, 0);
    }

    /** {@code base}: the code point offset of the annotated text in its file. */
    private List<QuoteRow> rows(SourceText source, AnnotatedDocument doc, int base) {
        List<Attribution> attributions = attributions(doc, source.metadata().byline());
        List<TimePlace> places = stages.timePlace().resolve(doc, attributions, source.metadata().published());
        CodePoints cp = new CodePoints(doc.text());
        List<QuoteRow> rows = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            TimePlace tp = places.get(i);
            String mention = a.speaker().mention() == null ? "" : whole(a.speaker().mention(), doc.text()).of(doc.text());
            String cue = a.cue() == null ? "" : whole(a.cue(), doc.text()).of(doc.text());
            Span content = whole(a.content(), doc.text());
            rows.add(new QuoteRow(source.file(), base + cp.toCodePoint(content.start()), base + cp.toCodePoint(content.end()),
                    a.kind().label(), a.speaker().name(), mention, cue, content.of(doc.text()),
                    tp.when(), tp.date(), tp.where(), tp.dateBasis().label(), tp.placeBasis().label(), tp.articleDate(),
                    a.provenance().describe()));
        }
        return rows;
    }

    /**
     * The quote stage, then the speaker stage, on the typed document; {@code byline}: the byline of the
     * web page the article came from, if any (it may name the writer "I" is).
     */
    public List<Attribution> attributions(AnnotatedDocument doc, Optional<String> byline) {
        NewsDocument typed = NewsDocument.of(doc, stages.lemmas());
        return stages.speakers().resolve(typed, stages.quotes().find(typed), byline);
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
