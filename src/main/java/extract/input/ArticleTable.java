package extract.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of articles in JSON Lines (one object a line, as exports and scrapers write them) or a JSON
 * array of such objects, read one article a row: {@link #rows} lists where each line lies (its id and byte range, no text is
 * held), {@link #read} reads one line when its turn comes, so a table of any size keeps memory
 * bounded. The id column names the row in the output's file column (the file and line number where
 * a row has none); the date column, {@code YYYY-MM-DD} or a timestamp starting so, is the article's
 * reference date, as a page's publication date is.
 */
public final class ArticleTable {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The columns to read: the article's id, its text (plain or an HTML page) and its date. */
    public record Columns(String id, String text, String date) {
        public static final Columns DEFAULT = new Columns("id", "text", "date");
    }

    private final Columns columns;
    private final long maxBytes; // a row longer than this fails as a file larger than --max-size does

    public ArticleTable(Columns columns) {
        this(columns, SourceReader.DEFAULT_MAX_BYTES);
    }

    public ArticleTable(Columns columns, long maxBytes) {
        this.columns = columns;
        this.maxBytes = maxBytes;
    }

    /**
     * Each non-blank line of the file (or each object of a JSON array) as an input named by its id.
     */
    public List<Input> rows(Path file) throws IOException {
        List<Input> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(1 << 12);
            int first;
            do first = in.read(); while (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xEF || first == 0xBB || first == 0xBF);
            in.reset();
            if (first == '[') return arrayRows(file, in);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long start = 0;
            int number = 1;
            for (int b; ; ) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    long length = offset - start;
                    byte[] bytes = line.toByteArray(); // (no more than maxBytes of a longer line: read() refuses it)
                    if (length > maxBytes || !new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                        TableRow row = new TableRow(file, start, length, number);
                        out.add(Input.row((length > maxBytes ? Optional.<String>empty() : label(bytes)).orElse(file + ":" + number), row));
                    }
                    if (b < 0) break;
                    line.reset();
                    number++;
                    start = offset + 1;
                } else if (line.size() <= maxBytes) {
                    line.write(b);
                }
                offset++;
            }
        }
        return out;
    }

    /**
     * A JSON array of articles ("[{…}, {…}]", as many exports write them): each object of the array is a
     * row, listed by its byte range as it streams past, so the array is never held whole.
     */
    private List<Input> arrayRows(Path file, InputStream in) throws IOException {
        List<Input> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            p.nextToken(); // [
            int number = 0;
            for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                number++;
                long start = p.currentTokenLocation().getByteOffset();
                int line = p.currentTokenLocation().getLineNr();
                String id = null;
                if (t == JsonToken.START_OBJECT) {
                    for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        if (name.equals(columns.id()) && (value == JsonToken.VALUE_STRING || value.isNumeric())) id = p.getValueAsString();
                        else p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
                long end = p.currentLocation().getByteOffset();
                String where = file + ":" + line;
                out.add(Input.row(id == null || id.isBlank() ? where : id, new TableRow(file, start, end - start, line)));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not a complete JSON array (" + e.getOriginalMessage() + ")", e);
        }
        return out;
    }

    /** The row's article: its text as the tool reads a file's, its date as its publication date. */
    public SourceReader.Loaded read(Input input) throws InputException {
        TableRow row = input.row();
        if (row.length() > maxBytes) {
            throw new InputException("too large (a row over " + SourceReader.megabytes(maxBytes) + " MB; see --max-size)" + where(input));
        }
        byte[] bytes = new byte[(int) row.length()];
        try (RandomAccessFile f = new RandomAccessFile(row.file().toFile(), "r")) {
            f.seek(row.offset());
            f.readFully(bytes);
        } catch (IOException e) {
            throw new InputException(Reasons.of(e) + where(input), e);
        }
        Map<String, String> fields;
        try {
            fields = fields(bytes);
        } catch (IOException e) {
            throw new InputException("not a JSON object" + where(input), e);
        }
        String text = fields.get(columns.text());
        if (text == null) throw new InputException("no \"" + columns.text() + "\" field" + where(input));
        SourceReader.Loaded loaded = SourceReader.fromText(input.label(), text, List.of());
        Optional<LocalDate> date = date(fields.get(columns.date()));
        if (date.isEmpty()) return loaded;
        SourceText s = loaded.source();
        PageMetadata m = s.metadata();
        return new SourceReader.Loaded(new SourceText(s.file(), s.text(), new PageMetadata(m.headline(), m.byline(), date, m.siteName())),
                loaded.warnings());
    }

    /** " (line 5 of FILE)" for a row named by its id; nothing for one named by its file and line already. */
    private static String where(Input input) {
        TableRow row = input.row();
        return input.label().equals(row.file() + ":" + row.line()) ? "" : " (line " + row.line() + " of " + row.file() + ")";
    }

    private Optional<String> label(byte[] line) {
        try {
            return Optional.ofNullable(fields(line).get(columns.id())).filter(s -> !s.isBlank());
        } catch (IOException e) {
            return Optional.empty(); // read() says what is wrong with it
        }
    }

    /** The object's fields whose values are strings or numbers. */
    private static Map<String, String> fields(byte[] line) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not an object");
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING || value.isNumeric()) out.put(name, p.getValueAsString());
                else p.skipChildren();
            }
        }
        return out;
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
