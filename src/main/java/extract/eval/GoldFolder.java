package extract.eval;

import extract.text.CodePoints;
import extract.text.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.formats.brat.AnnotationConfiguration;
import opennlp.tools.formats.brat.BratAnnotation;
import opennlp.tools.formats.brat.BratDocument;
import opennlp.tools.formats.brat.EventAnnotation;
import opennlp.tools.formats.brat.SpanAnnotation;

/**
 * A folder of annotated articles: {@code text/NAME.txt} and {@code attributions/NAME*.ann} in brat
 * standoff (Source, Cue, Content and Content2 entities tied by Attribution events), and optionally
 * {@code speakers.tsv}. Where an article has several .ann files (one per annotator) the
 * alphabetically first is used. Immutable: articles may be read from several threads.
 */
public final class GoldFolder {
    /** One article: its name, text file and chosen annotation file (null when it has none). */
    public record Entry(String name, Path text, Path annotations) {}

    private static final AnnotationConfiguration BRAT = new AnnotationConfiguration(Map.of(
            "Source", AnnotationConfiguration.ENTITY_TYPE,
            "Cue", AnnotationConfiguration.ENTITY_TYPE,
            "Content", AnnotationConfiguration.ENTITY_TYPE,
            "Content2", AnnotationConfiguration.ENTITY_TYPE,
            "Attribution", AnnotationConfiguration.EVENT_TYPE,
            "Attribution-no-source", AnnotationConfiguration.EVENT_TYPE));

    private final List<Entry> entries;
    private final SpeakersTable speakers;
    private final SourceResolver resolver;

    private GoldFolder(List<Entry> entries, SpeakersTable speakers, SourceResolver resolver) {
        this.entries = List.copyOf(entries);
        this.speakers = speakers;
        this.resolver = resolver;
    }

    /**
     * Lists the folder's articles and reads its speakers.tsv, if any.
     *
     * @throws IOException when the folder has no text/ folder or speakers.tsv cannot be read
     */
    public static GoldFolder open(Path dir, EvalLexicon lexicon) throws IOException {
        Path textDir = dir.resolve("text");
        if (!Files.isDirectory(textDir)) throw new IOException("no text/ folder (expected text/NAME.txt and attributions/NAME*.ann)");
        List<String> names = list(textDir, ".txt").stream().map(n -> n.substring(0, n.length() - 4)).toList();
        Path annDir = dir.resolve("attributions");
        List<String> anns = Files.isDirectory(annDir) ? list(annDir, ".ann") : List.of();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String ann : anns) {
            String owner = owner(ann, names);
            if (owner != null) chosen.putIfAbsent(owner, ann); // anns are sorted: the first wins
        }
        List<Entry> entries = new ArrayList<>();
        for (String n : names) {
            String ann = chosen.get(n);
            entries.add(new Entry(n, textDir.resolve(n + ".txt"), ann == null ? null : annDir.resolve(ann)));
        }
        Path tsv = dir.resolve("speakers.tsv");
        SpeakersTable speakers = Files.isRegularFile(tsv) ? readSpeakers(tsv) : SpeakersTable.empty();
        return new GoldFolder(entries, speakers, new SourceResolver(lexicon));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A gold file that cannot be used: which file, and why. */
    public static final class BadGoldException extends IOException {
        private final Path file;

        BadGoldException(Path file, String reason, Throwable cause) {
            super(reason, cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** Reads one article and its attributions. */
    public GoldArticle read(Entry entry) throws BadGoldException {
        String text;
        try {
            text = Files.readString(entry.text(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new BadGoldException(entry.text(), "not UTF-8 text", e);
        } catch (IOException e) {
            throw new BadGoldException(entry.text(), "cannot read (" + e.getMessage() + ")", e);
        }
        if (entry.annotations() == null) {
            throw new BadGoldException(entry.text(), "no annotation file attributions/" + entry.name() + "*.ann", null);
        }
        try {
            return read(entry, text);
        } catch (IOException | RuntimeException e) {
            throw new BadGoldException(entry.annotations(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static boolean isEventWithoutArguments(String line) {
        String[] cols = line.split("\t");
        return line.startsWith("E") && cols.length >= 2 && !cols[1].strip().contains(" ");
    }

    private GoldArticle read(Entry entry, String text) throws IOException {
        BratDocument doc;
        // OpenNLP's brat reader stops at an event with no arguments ("E21\tAttribution-no-source:T83 ", a
        // stray duplicate with no content) and silently drops every event after it: leave such lines out
        String annText = String.join("\n", Files.readAllLines(entry.annotations(), StandardCharsets.UTF_8).stream()
                .filter(line -> !isEventWithoutArguments(line)).toList()) + "\n";
        try (InputStream txt = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
             InputStream ann = new ByteArrayInputStream(annText.getBytes(StandardCharsets.UTF_8))) {
            doc = BratDocument.parseDocument(BRAT, entry.name(), txt, ann);
        }
        String annotator = annotator(entry);
        Offsets offsets = new Offsets(text);
        List<EventAnnotation> events = doc.getAnnotations().stream()
                .filter(a -> a instanceof EventAnnotation).map(a -> (EventAnnotation) a)
                .sorted(Comparator.comparingInt(e -> number(e.getId()))).toList();
        List<GoldQuote> raw = new ArrayList<>();
        List<Integer> sourceStarts = new ArrayList<>();
        for (EventAnnotation e : events) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            for (Map.Entry<String, String> arg : e.getArguments().entrySet()) {
                BratAnnotation target = doc.getAnnotation(arg.getValue());
                if (!(target instanceof SpanAnnotation span)) continue;
                if (arg.getKey().startsWith("Content")) content.addAll(offsets.of(span));
                else if (arg.getKey().equals("Source")) source.addAll(offsets.of(span));
            }
            if (content.isEmpty()) continue; // nothing said, nothing to find
            // (brat's arguments come in hash order: "Content" and "Content2" may swap from run to run)
            content.sort(Comparator.naturalOrder());
            source.sort(Comparator.naturalOrder());
            String sourceText = String.join(" ", source.stream().map(s -> s.of(text).trim()).toList());
            SpeakersTable.Entry known = speakers.find(entry.name(), annotator, e.getId());
            SourceKind kind = known != null ? known.kind()
                    : resolver.kind(sourceText, text, source.isEmpty() ? 0 : source.get(0).start());
            List<String> names = known != null ? known.names()
                    : kind == SourceKind.NAME ? resolver.fullerNames(sourceText, text, source.get(0).start()) : List.of();
            raw.add(new GoldQuote(e.getId(), content, sourceText, kind, names));
            sourceStarts.add(source.isEmpty() ? -1 : source.get(0).start());
        }
        return new GoldArticle(entry.name(), text, withPronounNames(raw, sourceStarts));
    }

    /**
     * Without speakers.tsv a pronoun source has no name of its own: take the nearest earlier named
     * gold source, the person an annotated "he said" most often continues.
     */
    private static List<GoldQuote> withPronounNames(List<GoldQuote> quotes, List<Integer> sourceStarts) {
        List<GoldQuote> out = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            GoldQuote q = quotes.get(i);
            if (q.kind() == SourceKind.PRONOUN && q.names().isEmpty()) {
                int best = -1;
                for (int j = 0; j < quotes.size(); j++) {
                    int s = sourceStarts.get(j);
                    if (quotes.get(j).kind() == SourceKind.NAME && s >= 0 && s < sourceStarts.get(i)
                            && (best < 0 || s > sourceStarts.get(best))) best = j;
                }
                if (best >= 0) {
                    List<String> names = new ArrayList<>();
                    names.add(quotes.get(best).source());
                    names.addAll(quotes.get(best).names());
                    q = new GoldQuote(q.id(), q.content(), q.source(), q.kind(), names);
                }
            }
            out.add(q);
        }
        return out;
    }

    /** Brat spans count code points; the scorer works in UTF-16 chars like the rest of the tool. */
    private static final class Offsets {
        private final CodePoints codePoints;
        private final int length;

        Offsets(String text) {
            this.codePoints = new CodePoints(text);
            this.length = text.codePointCount(0, text.length());
        }

        List<Span> of(SpanAnnotation a) throws IOException {
            List<Span> out = new ArrayList<>();
            for (opennlp.tools.util.Span s : a.getSpans()) {
                if (s.getStart() < 0 || s.getEnd() < s.getStart() || s.getEnd() > length) {
                    throw new IOException(a.getId() + ": span " + s.getStart() + "-" + s.getEnd()
                            + " lies outside the text (" + length + " characters)");
                }
                out.add(new Span(codePoints.toChar(s.getStart()), codePoints.toChar(s.getEnd())));
            }
            return out;
        }
    }

    private static SpeakersTable readSpeakers(Path tsv) throws IOException {
        try {
            return SpeakersTable.read(tsv);
        } catch (IOException e) {
            throw new IOException("speakers.tsv: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    /** The article an .ann file belongs to: the longest article name it starts with ("a_b" before "a"). */
    private static String owner(String ann, List<String> names) {
        String best = null;
        for (String n : names) {
            if (ann.startsWith(n) && (best == null || n.length() > best.length())) best = n;
        }
        return best;
    }

    private static String annotator(Entry e) {
        String f = e.annotations().getFileName().toString();
        String rest = f.substring(e.name().length(), f.length() - ".ann".length());
        return rest.startsWith("_") ? rest.substring(1) : rest;
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
