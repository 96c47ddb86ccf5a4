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
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of articles in JSON Lines (one object a line, as exports and scrapers write them), a JSON
 * array of such objects, or CSV (TSV for a ".tsv" file) with a header naming its columns, read one
 * article a row: {@link #rows} lists where each line lies (its id and byte range, no text is
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

    /** How the table is written: JSON Lines or a JSON array; CSV (tab-separated in a ".tsv" file). */
    public enum Format {
        JSON(List.of("*.jsonl", "*.ndjson", "*.json")), CSV(List.of("*.csv", "*.tsv"));

        /** The files a folder gives. */
        public final List<String> globs;

        Format(List<String> globs) {
            this.globs = globs;
        }
    }

    private final Format format;
    private final Columns columns;
    private final long maxBytes; // a row longer than this fails as a file larger than --max-size does

    public ArticleTable(Columns columns) {
        this(Format.JSON, columns, SourceReader.DEFAULT_MAX_BYTES);
    }

    public ArticleTable(Format format, Columns columns, long maxBytes) {
        this.format = format;
        this.columns = columns;
        this.maxBytes = maxBytes;
    }

    /**
     * Each non-blank line of the file (each object of a JSON array, each record after a CSV file's
     * header) as an input named by its id.
     */
    public List<Input> rows(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(1 << 12);
            int b0 = in.read();
            int b1 = in.read();
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                throw new IOException("a UTF-16 table (\"Unicode text\"); save it as UTF-8 (\"CSV UTF-8\") to read it row by row");
            }
            in.reset();
            int first;
            do first = in.read(); while (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xEF || first == 0xBB || first == 0xBF);
            in.reset();
            return format == Format.JSON && first == '[' ? arrayRows(file, in) : recordRows(file, in);
        }
    }

    /** The records of JSON Lines (a line each) or of CSV (a line each, but for line breaks inside quotation marks). */
    private List<Input> recordRows(Path file, InputStream in) throws IOException {
        List<Input> out = new ArrayList<>();
        Character delimiter = delimiter(file);
        List<String> header = null;
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        long offset = 0;
        long start = 0;
        int number = 1; // the line the record starts on
        int lines = 1;
        boolean quoted = false; // inside a CSV field's quotation marks, where a line break is the field's
        for (int b; ; ) {
            b = in.read();
            if (delimiter != null && b == '"') quoted = !quoted;
            if (b == '\n' && !quoted || b < 0) {
                long length = offset - start;
                byte[] bytes = record.toByteArray(); // (no more than maxBytes of a longer record: read() refuses it)
                boolean blank = length <= maxBytes && new String(bytes, StandardCharsets.UTF_8).isBlank();
                if (delimiter != null && header == null && !blank) {
                    header = csvRecord(bytes, delimiter); // (a UTF-8 sequence holds no '"' nor '\n' byte)
                } else if (!blank) {
                    TableRow row = new TableRow(file, start, length, number, header);
                    Optional<String> id = length > maxBytes ? Optional.empty() : label(bytes, row);
                    out.add(Input.row(id.orElse(file + ":" + number), row));
                }
                if (b < 0) break;
                record.reset();
                lines++;
                number = lines;
                start = offset + 1;
            } else {
                if (b == '\n') lines++;
                if (record.size() <= maxBytes) record.write(b);
            }
            offset++;
        }
        return out;
    }

    /** ',' for a CSV table, tab for a ".tsv" one, null for JSON. */
    private Character delimiter(Path file) {
        if (format == Format.JSON) return null;
        return FileNames.unpacked(file.getFileName().toString()).endsWith(".tsv") ? '\t' : ',';
    }

    /** One CSV record's fields, quotation marks undone (RFC 4180). */
    private static List<String> csvRecord(byte[] bytes, char delimiter) throws IOException {
        String text;
        try {
            text = TextDecoder.decode(bytes).text(); // UTF-8, or windows-1252 as spreadsheets save it
        } catch (InputException e) {
            throw new IOException(e.getMessage(), e);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).build();
        try (CSVParser p = CSVParser.parse(text, format)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) throw new IOException("not one CSV record");
            return records.get(0).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
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
                if (t == JsonToken.START_OBJECT) id = scalarFields(p, columns.id()::equals).get(columns.id());
                else p.skipChildren();
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
            fields = fields(bytes, row);
        } catch (IOException e) {
            throw new InputException((row.header() == null ? "not a JSON object" : "not a CSV record") + where(input), e);
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

    private Optional<String> label(byte[] record, TableRow row) {
        try {
            return Optional.ofNullable(fields(record, row).get(columns.id())).filter(s -> !s.isBlank());
        } catch (IOException e) {
            return Optional.empty(); // read() says what is wrong with it
        }
    }

    /** The record's fields by name: a CSV record's by its header, a JSON object's whose values are strings or numbers. */
    private Map<String, String> fields(byte[] record, TableRow row) throws IOException {
        if (row.header() != null) {
            List<String> values = csvRecord(record, delimiter(row.file()));
            Map<String, String> out = new HashMap<>();
            for (int i = 0; i < Math.min(values.size(), row.header().size()); i++) out.put(row.header().get(i), values.get(i));
            return out;
        }
        return jsonFields(record);
    }

    private static Map<String, String> jsonFields(byte[] line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not an object");
            return scalarFields(p, name -> true);
        }
    }

    /** The fields of the object the parser has just opened whose names are wanted and values strings or numbers; to its end. */
    private static Map<String, String> scalarFields(JsonParser p, Predicate<String> wanted) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (wanted.test(name) && (value == JsonToken.VALUE_STRING || value.isNumeric())) out.put(name, p.getValueAsString());
            else p.skipChildren();
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
