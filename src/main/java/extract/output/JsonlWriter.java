package extract.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** JSON Lines: one object per row, keys from the header, offsets as numbers. */
final class JsonlWriter implements RowWriter {
    private final List<String> header;
    private final JsonGenerator json;

    JsonlWriter(Writer out, List<String> header) throws IOException {
        this.header = List.copyOf(header);
        this.json = JsonFactory.builder().build().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .setRootValueSeparator(null); // we end each object with a line break ourselves
    }

    @Override
    public void write(List<?> cells) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < header.size(); i++) {
            Object v = cells.get(i);
            json.writeFieldName(header.get(i));
            if (v instanceof Integer n) json.writeNumber(n);
            else if (v instanceof Long n) json.writeNumber(n);
            else json.writeString(v == null ? "" : v.toString());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}
