package extract.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * speakers.tsv of a gold folder, when present: per article, annotator and attribution id, the
 * source kind and the names the source refers to (resolved through the article's coreference).
 */
final class SpeakersTable {
    record Entry(SourceKind kind, List<String> names) {}

    private final Map<String, Entry> entries;

    private SpeakersTable(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static SpeakersTable empty() {
        return new SpeakersTable(Map.of());
    }

    static SpeakersTable read(Path file) throws IOException {
        Map<String, Entry> out = new HashMap<>();
        CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : tsv.parse(r)) {
                SourceKind kind = SourceKind.ofLabel(rec.get("source_kind"));
                if (kind == null) throw new IOException("line " + rec.getRecordNumber() + ": unknown source_kind " + rec.get("source_kind"));
                List<String> names = Arrays.stream(rec.get("speaker_names").split("\\|"))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
                out.put(key(rec.get("file"), rec.get("annotator"), rec.get("attr_id")), new Entry(kind, names));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new SpeakersTable(out);
    }

    /** The entry for an attribution, or null when the table has none. */
    Entry find(String article, String annotator, String attributionId) {
        return entries.get(key(article, annotator, attributionId));
    }

    private static String key(String article, String annotator, String id) {
        return article + '\t' + annotator + '\t' + id;
    }
}
