package extract.eval;

import extract.text.CodePoints;
import extract.text.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one TSV row per gold item and per system row with its verdict, so a person can see what
 * went wrong. Offsets are code points, like brat's and the tool's. The file is written aside and
 * moved into place: it is complete or absent.
 */
public final class DetailsWriter {
    static final List<String> HEADER = List.of("article", "side", "id", "spans", "direct", "verdict", "matched_with",
            "jaccard", "gold_source", "source_kind", "speaker", "speaker_verdict", "text", "rule");

    private DetailsWriter() {}

    public static void write(Path file, List<ArticleScore> scores) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader(HEADER.toArray(String[]::new))
                    .setQuote(null).setEscape(null).setRecordSeparator('\n').get(); // values are flattened: no tabs or breaks
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, tsv)) {
                for (ArticleScore s : scores) rows(out, s);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void rows(CSVPrinter out, ArticleScore s) throws IOException {
        String text = s.text();
        CodePoints cp = new CodePoints(text);
        Map<String, GoldQuote> goldById = new HashMap<>();
        for (GoldVerdict v : s.all().gold()) {
            GoldQuote g = v.gold();
            goldById.put(g.id(), g);
            record(out, s.article(), "gold", g.id(), spans(g.content(), cp), yes(v.direct()),
                    v.matched() ? "matched" : "missed",
                    v.rows().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    v.matched() ? jaccard(v.jaccard()) : "", g.source(), g.kind().label(), v.speaker(),
                    v.matched() ? (v.speakerRight() ? "right" : "wrong") : "",
                    String.join(" … ", g.content().stream().map(sp -> sp.of(text)).toList()), "");
        }
        for (SystemVerdict v : s.all().system()) {
            SystemQuote r = v.row();
            GoldQuote g = v.matched() ? goldById.get(v.goldId()) : null;
            record(out, s.article(), "system", r.id(), spans(List.of(r.span()), cp), yes(v.direct()),
                    v.matched() ? "matched" : "spurious", v.matched() ? v.goldId() : "",
                    v.matched() ? jaccard(v.jaccard()) : "", g == null ? "" : g.source(), g == null ? "" : g.kind().label(),
                    r.speaker(), v.matched() ? (v.speakerRight() ? "right" : "wrong") : "", r.span().of(text), r.rule());
        }
    }

    private static void record(CSVPrinter out, Object... values) throws IOException {
        for (Object v : values) out.print(flat(String.valueOf(v)));
        out.println();
    }

    private static String spans(List<Span> spans, CodePoints cp) {
        return spans.stream().map(s -> cp.toCodePoint(s.start()) + "-" + cp.toCodePoint(s.end()))
                .collect(Collectors.joining(";"));
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String jaccard(double j) {
        return String.format(Locale.ROOT, "%.3f", j);
    }

    /** One line per row: tabs and line breaks inside values become spaces. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
