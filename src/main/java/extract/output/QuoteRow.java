package extract.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One output row, the columns in output order. Offsets are Unicode code points into the file's
 * text, end exclusive. {@code rule} says which sieves decided the row; it is a column of JSON Lines
 * and of the other formats with --explain ({@link #EXPLAINED_HEADER}).
 */
public record QuoteRow(
        String file, int start, int end, String kind, String speaker, String speakerMention,
        String cue, String quote, String when, String date, String where,
        String dateBasis, String placeBasis, String articleDate, String rule) {

    /** A row without the basis, article-date and rule columns (left empty). */
    public QuoteRow(String file, int start, int end, String kind, String speaker, String speakerMention,
            String cue, String quote, String when, String date, String where) {
        this(file, start, end, kind, speaker, speakerMention, cue, quote, when, date, where, "", "", "", "");
    }

    /** A row with its rule but without the basis and article-date columns (left empty). */
    public QuoteRow(String file, int start, int end, String kind, String speaker, String speakerMention,
            String cue, String quote, String when, String date, String where, String rule) {
        this(file, start, end, kind, speaker, speakerMention, cue, quote, when, date, where, "", "", "", rule);
    }

    /** The columns every format shows. */
    public static final List<String> HEADER = List.of(
            "file", "start", "end", "kind", "speaker", "speaker_mention", "cue", "quote", "when", "date", "where",
            "date_basis", "place_basis", "article_date");

    /** The columns with the rule column after them. */
    public static final List<String> EXPLAINED_HEADER = withRule(HEADER, "rule");

    /** The row's cells in {@link #HEADER} order, offsets as integers (for writers that keep numbers). */
    public List<Object> cells() {
        return Arrays.asList(file, start, end, kind, speaker, speakerMention, cue, quote, when, date, where,
                dateBasis, placeBasis, articleDate);
    }

    /** The cells in {@link #EXPLAINED_HEADER} order. */
    public List<Object> explainedCells() {
        return withRule(cells(), rule);
    }

    /** The row's values as strings, in {@link #HEADER} order. */
    public List<String> values() {
        return cells().stream().map(String::valueOf).toList();
    }

    private static <T> List<T> withRule(List<? extends T> cells, T rule) {
        List<T> out = new ArrayList<>(cells);
        out.add(rule);
        return List.copyOf(out);
    }
}
