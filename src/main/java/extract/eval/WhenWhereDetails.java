package extract.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one TSV row per gold statement with the gold's and the tool's time and place and the
 * judgement on each, so a person can see what went wrong. Written aside and moved into place: the
 * file is complete or absent.
 */
public final class WhenWhereDetails {
    static final List<String> HEADER = List.of("file", "start", "end", "attribution", "matched",
            "gold_when", "gold_date", "date_basis", "when", "date", "date_verdict",
            "gold_where", "place_basis", "where", "place_verdict");

    private WhenWhereDetails() {}

    public static void write(Path file, List<WhenWhereVerdict> verdicts) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader(HEADER.toArray(String[]::new))
                    .setQuote(null).setEscape(null).setRecordSeparator('\n').get();
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, tsv)) {
                for (WhenWhereVerdict v : verdicts) {
                    WhenWhereStatement g = v.gold();
                    out.printRecord(g.file(), g.start(), g.end(), g.attribution(), v.matched() ? "yes" : "no",
                            g.when(), g.date().map(IsoPeriod::iso).orElse("-"), g.dateBasis(),
                            flat(v.when()), flat(v.date()), v.dateJudgement().label(),
                            g.hasPlace() ? String.join("|", g.places()) : "-", g.placeBasis(),
                            flat(v.where()), v.placeJudgement().label());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Values go in one cell: no tabs or line breaks. */
    private static String flat(String s) {
        return s.isEmpty() ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
