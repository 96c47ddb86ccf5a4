package extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A when/where gold file: a TSV with '#' comment lines, a header and one row per statement (columns
 * in {@link #HEADER}; '-' for an open value). Statements are kept per article in file order.
 * Immutable.
 */
public final class WhenWhereGold {
    static final List<String> HEADER = List.of("file", "article_date", "start", "end", "attribution",
            "when", "date", "date_basis", "where", "place_basis");
    private static final Set<String> DATE_BASES = Set.of("stated", "occasion");
    private static final Set<String> PLACE_BASES = Set.of("stated", "occasion", "dateline");
    private static final String OPEN = "-";

    private final Map<String, List<WhenWhereStatement>> byFile;

    private WhenWhereGold(Map<String, List<WhenWhereStatement>> byFile) {
        this.byFile = byFile;
    }

    /**
     * Reads and checks a gold file.
     *
     * @throws IOException when it cannot be read, or a line is malformed (the message names the line)
     */
    public static WhenWhereGold read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, List<WhenWhereStatement>> byFile = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!header) {
                if (!Arrays.asList(line.split("\t", -1)).equals(HEADER)) {
                    throw new IOException("line " + (i + 1) + ": expected the header " + String.join(" ", HEADER));
                }
                header = true;
                continue;
            }
            WhenWhereStatement s = statement(line, i + 1);
            byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
        }
        if (!header) throw new IOException("no header line (" + String.join(" ", HEADER) + ")");
        Map<String, List<WhenWhereStatement>> frozen = new LinkedHashMap<>();
        byFile.forEach((f, list) -> frozen.put(f, List.copyOf(list)));
        return new WhenWhereGold(frozen);
    }

    /** The articles, in the order the file first names them. */
    public List<String> files() {
        return List.copyOf(byFile.keySet());
    }

    public List<WhenWhereStatement> statements(String file) {
        return byFile.getOrDefault(file, List.of());
    }

    public int size() {
        return byFile.values().stream().mapToInt(List::size).sum();
    }

    private static WhenWhereStatement statement(String line, int number) throws IOException {
        String[] c = line.split("\t", -1);
        if (c.length != HEADER.size()) {
            throw new IOException("line " + number + ": " + c.length + " columns, expected " + HEADER.size());
        }
        try {
            LocalDate articleDate = LocalDate.parse(c[1]);
            int start = Integer.parseInt(c[2]);
            int end = Integer.parseInt(c[3]);
            if (start < 0 || end < start) throw new IOException("line " + number + ": bad span " + start + "-" + end);
            Optional<IsoPeriod> date = Optional.empty();
            if (!c[6].equals(OPEN)) {
                date = IsoPeriod.parse(c[6]);
                if (date.isEmpty()) throw new IOException("line " + number + ": date '" + c[6] + "' is no ISO year, month, week or day");
            }
            checkBasis(c[7], date.isPresent(), DATE_BASES, "date_basis", number);
            List<String> places = c[8].equals(OPEN) ? List.of()
                    : Arrays.stream(c[8].split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList();
            checkBasis(c[9], !places.isEmpty(), PLACE_BASES, "place_basis", number);
            return new WhenWhereStatement(c[0], articleDate, start, end, c[4], c[5], date, c[7], places, c[9]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IOException("line " + number + ": " + e.getMessage(), e);
        }
    }

    /** A value has a basis and an open value has none: a half-filled row is a mistake in the gold. */
    private static void checkBasis(String basis, boolean hasValue, Set<String> allowed, String column, int number)
            throws IOException {
        boolean ok = hasValue ? allowed.contains(basis) : basis.equals(OPEN);
        if (!ok) {
            throw new IOException("line " + number + ": " + column + " '" + basis + "' "
                    + (hasValue ? "must be one of " + String.join(", ", allowed.stream().sorted().toList()) : "must be '-' when the value is"));
        }
    }
}
