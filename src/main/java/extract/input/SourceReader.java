package extract.input;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one {@link Input} into a {@link SourceText}: bytes (at most {@code maxBytes}, so one huge
 * file cannot exhaust memory), decoded by {@link TextDecoder}, HTML reduced to its article text; a
 * text that is not English is read with a warning.
 * Thread-safe.
 */
public final class SourceReader {
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private final long maxBytes;
    private final InputStreamSupplier stdin;
    private final Optional<Charset> encoding;
    private final ArticleTable table;

    /** Where "-" reads from: System.in in the tool, anything in tests. */
    @FunctionalInterface
    public interface InputStreamSupplier {
        InputStream get();
    }

    public SourceReader(long maxBytes, InputStreamSupplier stdin) {
        this(maxBytes, stdin, Optional.empty());
    }

    /** {@code encoding}: read every input in this encoding instead of detecting it (--encoding). */
    public SourceReader(long maxBytes, InputStreamSupplier stdin, Optional<Charset> encoding) {
        this(maxBytes, stdin, encoding, null);
    }

    /** {@code table}: how to read the inputs that are rows of a table of articles (--table); null when there are none. */
    public SourceReader(long maxBytes, InputStreamSupplier stdin, Optional<Charset> encoding, ArticleTable table) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
        this.encoding = encoding;
        this.table = table;
    }

    /** The text, and warnings worth telling the user (a fallback encoding). */
    public record Loaded(SourceText source, List<String> warnings) {}

    public Loaded read(Input in) throws InputException {
        if (in.row() != null) {
            if (table == null) throw new IllegalStateException("a table's row, but no table to read it: " + in.label());
            return table.read(in);
        }
        return decode(in.label(), bytes(in), encoding, maxBytes);
    }

    /**
     * A file's bytes as the tool reads them, named {@code label}: unpacked when gzip-compressed
     * ("page.html.gz"), decoded by {@link TextDecoder}
     * ({@code encoding} forces one), then {@link #fromText}. Also the library API's way in.
     *
     * @throws InputException for bytes that are no text (binary files), or no complete gzip file
     */
    public static Loaded decode(String label, byte[] bytes, Optional<Charset> encoding) throws InputException {
        return decode(label, bytes, encoding, DEFAULT_MAX_BYTES);
    }

    private static Loaded decode(String label, byte[] bytes, Optional<Charset> encoding, long maxBytes) throws InputException {
        // a crawl's "page.html.gz", or a page saved compressed under its plain name
        if (label.toLowerCase(Locale.ROOT).endsWith(".gz") || startsWithGzipMagic(bytes)) bytes = gunzip(bytes, maxBytes);
        Optional<String> notText = FileSignatures.shared().notText(bytes);
        if (notText.isPresent()) throw new InputException(notText.get());
        TextDecoder.Decoded d = TextDecoder.decode(bytes, encoding);
        Optional<String> table = tableOfArticles(label, d.text());
        if (table.isPresent()) throw new InputException(table.get());
        // an encoding the user forced reads the text exactly as given, garbled or not
        return fromText(label, d.text(), d.warning() == null ? List.of() : List.of(d.warning()), encoding.isEmpty());
    }

    /**
     * Text as the tool reads it: characters garbled upstream mended ({@link Mojibake}), an HTML page (by
     * the label's extension or its start) reduced to its article text, Markdown to its words
     * ({@link MarkdownText}), other text's HTML character
     * references ("&ldquo;") decoded ({@link CharacterReferences}) and its lines, when hard-wrapped,
     * joined into paragraphs ({@link HardWraps}).
     */
    public static Loaded fromText(String label, String text, List<String> decodeWarnings) {
        return fromText(label, text, decodeWarnings, true);
    }

    private static Loaded fromText(String label, String text, List<String> decodeWarnings, boolean mend) {
        PageMetadata metadata = PageMetadata.NONE;
        List<String> warnings = new ArrayList<>(decodeWarnings);
        if (mend) {
            Mojibake.Repaired repaired = Mojibake.repair(text);
            text = repaired.text();
            repaired.warning().ifPresent(warnings::add);
        }
        if (HtmlArticle.looksLikeHtml(label, text)) {
            HtmlArticle.Page page;
            try {
                page = HtmlArticle.read(text);
            } catch (RuntimeException | StackOverflowError e) {
                // Bad HTML must not stop the batch: the page's whole text is better than nothing.
                page = HtmlArticle.wholeText(text);
                warnings.add("article not found (" + e + "); read the whole page");
            }
            text = page.text();
            metadata = page.metadata();
        } else if (MarkdownText.isMarkdown(label)) {
            try {
                text = HardWraps.unwrap(MarkdownText.of(text));
            } catch (RuntimeException | StackOverflowError e) {
                warnings.add("Markdown not read (" + e + "); read the text as it is");
            }
        } else {
            CharacterReferences.Decoded references = CharacterReferences.decode(text);
            references.warning().ifPresent(warnings::add);
            text = HardWraps.unwrap(references.text());
        }
        extract.text.EnglishText.Verdict language = extract.text.EnglishText.shared().judge(text);
        if (!language.english()) warnings.add(language.reason());
        return new Loaded(new SourceText(label, text, metadata), List.copyOf(warnings));
    }

    private byte[] bytes(Input in) throws InputException {
        try {
            if (in.isStdin()) return readBounded(stdin.get(), maxBytes);
            if (Files.isDirectory(in.path())) throw new InputException("is a folder");
            if (Files.isRegularFile(in.path()) && Files.size(in.path()) > maxBytes) throw tooLarge(maxBytes);
            try (InputStream s = Files.newInputStream(in.path())) {
                return readBounded(s, maxBytes);
            }
        } catch (IOException e) {
            throw new InputException(Reasons.of(e), e);
        }
    }

    /**
     * A table of articles (JSON, JSON Lines, CSV) read as one article gives rows of its markup
     * ("\"id\": \"a1\", \"text\": \"“We won,”"): say what it is instead. Known by its name, or JSON by
     * its first line.
     */
    private static Optional<String> tableOfArticles(String label, String text) {
        String name = FileNames.unpacked(label);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int eol = text.indexOf('\n', start);
        String firstLine = text.substring(start, eol < 0 ? text.length() : eol).strip();
        boolean json = name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || firstLine.startsWith("{\"") && firstLine.endsWith("}");
        boolean csv = name.endsWith(".csv") || name.endsWith(".tsv");
        if (!json && !csv) return Optional.empty();
        return Optional.of(json ? "a JSON table, not an article (read it with --table json: one article a JSON Lines row)"
                : "a CSV table, not an article (read it with --table csv: one article a row)");
    }

    private static boolean startsWithGzipMagic(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** Unpacked, its unpacked size bounded as any file's. */
    private static byte[] gunzip(byte[] packed, long maxBytes) throws InputException {
        try (InputStream s = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return readBounded(s, maxBytes);
        } catch (ZipException | EOFException e) { // "Not in GZIP format", "Unexpected end of ZLIB input stream"
            throw new InputException("not a complete gzip file", e);
        } catch (IOException e) {
            throw new InputException(Reasons.of(e), e);
        }
    }

    private static byte[] readBounded(InputStream s, long maxBytes) throws IOException, InputException {
        byte[] b = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) throw tooLarge(maxBytes);
        return b;
    }

    static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? Long.toString(bytes >> 20) : String.format(java.util.Locale.ROOT, "%.2f", bytes / 1048576.0);
    }

    private static InputException tooLarge(long maxBytes) {
        return new InputException("too large (over " + megabytes(maxBytes) + " MB; see --max-size)");
    }
}
