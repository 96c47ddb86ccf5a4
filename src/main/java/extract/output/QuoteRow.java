package extract.output;

/**
 * One output row, the columns in output order. Offsets are Unicode code points into the file's
 * text, end exclusive.
 */
public record QuoteRow(
        String file, int start, int end, String kind, String speaker, String speakerMention,
        String cue, String quote, String when, String date, String where, String rule) {

    public static final java.util.List<String> HEADER = java.util.List.of(
            "file", "start", "end", "kind", "speaker", "speaker_mention", "cue", "quote", "when", "date", "where", "rule");

    /** The row's cells in header order, offsets as integers (for writers that keep numbers). */
    public java.util.List<Object> cells() {
        return java.util.Arrays.asList(file, start, end, kind, speaker, speakerMention, cue, quote, when, date, where, rule);
    }

    /** The row's values as strings, in header order. */
    public java.util.List<String> values() {
        return java.util.List.of(file, Integer.toString(start), Integer.toString(end), kind, speaker,
                speakerMention, cue, quote, when, date, where, rule);
    }
}
