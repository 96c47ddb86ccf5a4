package extract.output;

import java.util.List;

/**
 * One named-entity mention as an output row. Offsets are Unicode code points into the file's
 * text, end exclusive; {@code canonical} is the fullest name the article gives the entity.
 */
public record EntityRow(String file, int start, int end, String type, String text, String canonical) {
    public static final List<String> HEADER = List.of("file", "start", "end", "type", "text", "canonical");

    /** The row's cells in header order, offsets as integers. */
    public List<Object> cells() {
        return java.util.Arrays.asList(file, start, end, type, text, canonical);
    }
}
