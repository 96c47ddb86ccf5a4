package extract.quotes;

/**
 * Which sieves decided an attribution: its cue, the phrase of its source, its content span and its
 * speaker (each {@link Decision#NONE} where no sieve had to).
 */
public record Provenance(Decision cue, Decision source, Decision span, Decision speaker) {
    public static final Provenance NONE = new Provenance(Decision.NONE, Decision.NONE, Decision.NONE, Decision.NONE);

    public Provenance withSpeaker(Decision d) {
        return new Provenance(cue, source, span, d);
    }

    /** One line for people: "cue: …; source: …; span: …; speaker: …", leaving out parts no sieve decided. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        part(b, "cue", cue);
        part(b, "source", source);
        part(b, "span", span);
        part(b, "speaker", speaker);
        return b.toString();
    }

    private static void part(StringBuilder b, String label, Decision d) {
        if (d.isNone()) return;
        if (b.length() > 0) b.append("; ");
        b.append(label).append(": ").append(d.describe());
    }

    private static final java.util.regex.Pattern PART =
            java.util.regex.Pattern.compile("(?:^|; )(cue|source|span|speaker): ([a-z][a-z-]*)");

    /**
     * The sieve names in a {@link #describe()} line, by part ("cue", "source", "span", "speaker"), for
     * tools that read the rule column back (sieve names are lower-case words and hyphens).
     */
    public static java.util.Map<String, String> sieves(String described) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = PART.matcher(described == null ? "" : described);
        while (m.find()) out.putIfAbsent(m.group(1), m.group(2));
        return out;
    }
}
