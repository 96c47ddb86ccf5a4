package extract.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one {@link Input} into a {@link SourceText}: bytes (at most {@code maxBytes}, so one huge
 * file cannot exhaust memory), decoded by {@link TextDecoder}, HTML reduced to its article text.
 * Thread-safe.
 */
public final class SourceReader {
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private final long maxBytes;
    private final InputStreamSupplier stdin;
    private final Optional<Charset> encoding;

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
        this.maxBytes = maxBytes;
        this.stdin = stdin;
        this.encoding = encoding;
    }

    /** The text, and warnings worth telling the user (a fallback encoding). */
    public record Loaded(SourceText source, List<String> warnings) {}

    public Loaded read(Input in) throws InputException {
        return decode(in.label(), bytes(in), encoding);
    }

    /**
     * A file's bytes as the tool reads them, named {@code label}: unpacked when gzip-compressed
     * ("page.html.gz"), decoded by {@link TextDecoder}
     * ({@code encoding} forces one), then {@link #fromText}. Also the library API's way in.
     *
     * @throws InputException for bytes that are no text (binary files)
     */
    public static Loaded decode(String label, byte[] bytes, Optional<Charset> encoding) throws InputException {
        if (label.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") && bytes.length > 1 && bytes[0] == GZIP_MAGIC_0
                && bytes[1] == GZIP_MAGIC_1) {
            bytes = gunzip(bytes); // the library's way in gets the file as stored
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes, encoding);
        return fromText(label, d.text(), d.warning() == null ? List.of() : List.of(d.warning()));
    }

    /** Text as the tool reads it: an HTML page (by the label's extension or its start) reduced to its article text. */
    public static Loaded fromText(String label, String text, List<String> decodeWarnings) {
        PageMetadata metadata = PageMetadata.NONE;
        List<String> warnings = new ArrayList<>(decodeWarnings);
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
        }
        return new Loaded(new SourceText(label, text, metadata), List.copyOf(warnings));
    }

    private byte[] bytes(Input in) throws InputException {
        try {
            if (in.isStdin()) return readBounded(stdin.get());
            if (Files.isDirectory(in.path())) throw new InputException("is a folder");
            if (Files.isRegularFile(in.path()) && Files.size(in.path()) > maxBytes) throw tooLarge();
            try (InputStream s = Files.newInputStream(in.path())) {
                // a crawl's "page.html.gz": read unpacked, its unpacked size bounded as any file's
                return readBounded(gzipped(in.path()) ? new GZIPInputStream(s) : s);
            }
        } catch (IOException e) {
            throw new InputException(Reasons.of(e), e);
        }
    }

    private static final byte GZIP_MAGIC_0 = 0x1f, GZIP_MAGIC_1 = (byte) 0x8b;

    private static byte[] gunzip(byte[] packed) throws InputException {
        try (InputStream s = new GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
            byte[] b = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, DEFAULT_MAX_BYTES + 1));
            if (b.length > DEFAULT_MAX_BYTES) throw new InputException("too large unpacked (over " + megabytes(DEFAULT_MAX_BYTES) + " MB)");
            return b;
        } catch (IOException e) {
            throw new InputException(Reasons.of(e), e);
        }
    }

    /** Whether the file is gzip-compressed, by its name ("page.html.gz"). */
    static boolean gzipped(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    private byte[] readBounded(InputStream s) throws IOException, InputException {
        byte[] b = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) throw tooLarge();
        return b;
    }

    private static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? Long.toString(bytes >> 20) : String.format(java.util.Locale.ROOT, "%.2f", bytes / 1048576.0);
    }

    private InputException tooLarge() {
        return new InputException("too large (over " + megabytes(maxBytes) + " MB; see --max-size)");
    }
}
