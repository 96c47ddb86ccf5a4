package extract.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference date of each article of a batch, the first of:
 * <ol>
 * <li>{@code --date} (one date for the whole run);
 * <li>the page's metadata (published date of an HTML page);
 * <li>a date line or dated dateline in the article's text;
 * <li>a date in the file's path ({@code 2019-01-10}, {@code 2019/01/10}, {@code 20190110}), with
 *     {@code --date-from-path};
 * <li>the date listed for the file in a {@code --dates} TSV (path, date).
 * </ol>
 * Immutable and shareable.
 */
public final class ReferenceDates {
    /** Where a reference date came from, in order of precedence. */
    public enum Source { OPTION, PAGE, TEXT, PATH, LIST }

    /** A reference date and where it came from. */
    public record Reference(LocalDate date, Source source) {}

    // the last date in the path wins (nearest the file); no digits around it
    private static final Pattern PATH_DATE = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20)\\d\\d)(?:(?<sep>[-/_.])(?<m>[01]\\d)\\k<sep>(?<d>[0-3]\\d)|(?<m2>[01]\\d)(?<d2>[0-3]\\d))(?!\\d)");

    private final Optional<LocalDate> option;
    private final boolean fromPath;
    private final Map<String, LocalDate> listed;

    /**
     * @param option   the {@code --date} of the run
     * @param fromPath whether dates in file paths count ({@code --date-from-path})
     * @param listed   the {@code --dates} file's entries, path to date (empty map for none)
     */
    public ReferenceDates(Optional<LocalDate> option, boolean fromPath, Map<String, LocalDate> listed) {
        this.option = option;
        this.fromPath = fromPath;
        this.listed = Map.copyOf(listed);
    }

    /** One date for every article, else the article's own (as before batches had their own dates). */
    public static ReferenceDates of(Optional<LocalDate> option) {
        return new ReferenceDates(option, false, Map.of());
    }

    /**
     * The reference date of one article.
     * @param file     the file as the output names it
     * @param page     the page metadata's published date (from the input stage), if any
     * @param inText   the date the article's head gives (a date line or dated dateline), if any
     */
    public Optional<Reference> of(String file, Optional<LocalDate> page, Optional<LocalDate> inText) {
        if (option.isPresent()) return Optional.of(new Reference(option.get(), Source.OPTION));
        if (page.isPresent()) return Optional.of(new Reference(page.get(), Source.PAGE));
        if (inText.isPresent()) return Optional.of(new Reference(inText.get(), Source.TEXT));
        if (fromPath) {
            Optional<LocalDate> d = inPath(file);
            if (d.isPresent()) return Optional.of(new Reference(d.get(), Source.PATH));
        }
        return listedFor(file).map(d -> new Reference(d, Source.LIST));
    }

    /** The last valid date written in a path ("news/2019/01/10/story.html", "20190110-seoul.txt"). */
    public static Optional<LocalDate> inPath(String path) {
        Matcher m = PATH_DATE.matcher(path.replace('\\', '/'));
        LocalDate found = null;
        while (m.find()) {
            String month = m.group("m") != null ? m.group("m") : m.group("m2");
            String day = m.group("d") != null ? m.group("d") : m.group("d2");
            try {
                found = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(month), Integer.parseInt(day));
            } catch (DateTimeException e) {
                // "20191399" is no date: keep the last valid one
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The listed date of a file: the entry with the same path, else the longest entry that ends the
     * file's path at a folder boundary (a list of bare file names works for files found in folders).
     */
    private Optional<LocalDate> listedFor(String file) {
        if (listed.isEmpty()) return Optional.empty();
        String f = normal(file);
        LocalDate exact = listed.get(f);
        if (exact != null) return Optional.of(exact);
        String best = null;
        for (String p : listed.keySet()) {
            boolean tail = f.endsWith("/" + p) || p.endsWith("/" + f);
            if (tail && (best == null || p.length() > best.length())) best = p;
        }
        return best == null ? Optional.empty() : Optional.of(listed.get(best));
    }

    private static String normal(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        return p;
    }

    /** A line of a --dates file that cannot be read: the message names the file and the line. */
    public static final class ListException extends Exception {
        public ListException(String message) {
            super(message);
        }
    }

    /**
     * Reads a --dates file: one "path TAB date" per line (ISO date), blank lines and "#" comments
     * skipped, an optional header line "path TAB date".
     */
    public static Map<String, LocalDate> readList(Path tsv) throws ListException {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ListException(tsv + ": cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        Map<String, LocalDate> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (n == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (n == 0 && cells.length == 2 && cells[1].strip().equalsIgnoreCase("date")) continue;
            if (cells.length != 2) {
                problems.add(tsv + ":" + (n + 1) + ": expected 'path<TAB>date'");
                continue;
            }
            try {
                out.put(normal(cells[0].strip()), LocalDate.parse(cells[1].strip()));
            } catch (DateTimeException e) {
                problems.add(tsv + ":" + (n + 1) + ": not a date (YYYY-MM-DD): " + cells[1].strip());
            }
        }
        if (!problems.isEmpty()) throw new ListException(problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more bad lines)" : ""));
        return out;
    }
}
