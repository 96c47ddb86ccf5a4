package extract.cli;

import extract.input.ArticleTable;
import extract.input.InputCollector;
import extract.input.Reasons;
import extract.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to read: shared by the commands that read articles. */
final class InputOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files, folders (searched recursively) or - for standard input. "
                    + "@FILE expands to the arguments in FILE (picocli's rules: split on spaces unless quoted); "
                    + "for a list of paths, one per line, use --files-from.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Read the paths to process from FILE, one per line exactly as written (- for standard input).")
    String filesFrom;

    @Option(names = {"-0", "--null"},
            description = "With --files-from: paths are separated by NUL characters (find -print0), not lines.")
    boolean nul;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "Which files to take from folders (repeatable; default: "
                    + "*.txt, *.text, *.md, *.html, *.htm and, gzip-compressed, *.txt.gz, *.html.gz, *.htm.gz). Files named on the command line are always read.")
    List<String> globs;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "16",
            description = "Skip (with an error) files larger than this (default: ${DEFAULT-VALUE} MB).")
    int maxSizeMb;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Read every input in this encoding (UTF-8, windows-1252, ISO-8859-1, UTF-16...) "
                    + "instead of detecting it, exactly as given: text garbled upstream (\"â€œ\") is not mended.")
    String encoding;

    @Option(names = "--table", paramLabel = "json|csv",
            description = "The inputs are tables of articles: json (JSON Lines, one object a line, or a JSON array of objects; "
                    + "folders give *.jsonl, *.ndjson, *.json) or csv (a header naming the columns; tab-separated in a .tsv file; "
                    + "folders give *.csv, *.tsv). Each row is an article, named in the file column by its id.")
    String table;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
            description = "With --table: the field naming the article (default: ${DEFAULT-VALUE}; the file and line without it).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "With --table: the field holding the article's text, plain or an HTML page (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date",
            description = "With --table: the field holding the article's date, YYYY-MM-DD or a timestamp, its reference "
                    + "date as a page's publication date is (default: ${DEFAULT-VALUE}).")
    String dateColumn;

    /** @throws IllegalArgumentException for an unknown --table */
    List<String> globs() {
        if (globs != null && !globs.isEmpty()) return globs;
        return table != null ? tableFormat().globs : InputCollector.DEFAULT_GLOBS;
    }

    /** --max-size in bytes: a file, or a table's row, larger than this fails. */
    long maxBytes() {
        return (long) maxSizeMb << 20;
    }

    /** How to read tables of articles, or null when the inputs are articles. @throws IllegalArgumentException for an unknown --table */
    ArticleTable table() {
        if (table == null) return null;
        return new ArticleTable(tableFormat(), new ArticleTable.Columns(idColumn, textColumn, dateColumn), maxBytes());
    }

    private ArticleTable.Format tableFormat() {
        for (ArticleTable.Format f : ArticleTable.Format.values()) if (f.name().equalsIgnoreCase(table)) return f;
        throw new IllegalArgumentException("--table: '" + table + "' is not a table format extract reads (json or csv)");
    }

    /** --encoding as a charset. @throws IllegalArgumentException with a message for the user */
    Optional<Charset> charset() {
        return encoding == null ? Optional.empty() : Optional.of(TextDecoder.charset(encoding));
    }

    /**
     * The arguments, then the paths listed by --files-from.
     *
     * @throws IllegalArgumentException with a message for the user (no inputs, list unreadable)
     */
    List<String> allPaths(InputStream stdin) {
        if (nul && filesFrom == null) throw new IllegalArgumentException("-0/--null needs --files-from FILE");
        List<String> all = new ArrayList<>(paths);
        if (filesFrom != null) {
            if (filesFrom.equals("-") && paths.contains("-")) {
                throw new IllegalArgumentException("--files-from - and the input - both want standard input");
            }
            all.addAll(listed(stdin));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException(filesFrom == null ? "no input given (a file, a folder, - or --files-from FILE)"
                    : "--files-from " + filesFrom + ": lists no paths");
        }
        return all;
    }

    private List<String> listed(InputStream stdin) {
        byte[] bytes;
        try {
            bytes = filesFrom.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(filesFrom));
        } catch (IOException e) {
            throw new IllegalArgumentException("--files-from " + filesFrom + ": " + Reasons.of(e));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String p : text.split(nul ? "\0" : "\n", -1)) {
            if (!nul && p.endsWith("\r")) p = p.substring(0, p.length() - 1); // a list written on Windows
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }
}
