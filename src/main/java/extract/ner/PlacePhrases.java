package extract.ner;

import static extract.ner.DocumentNames.capitalized;

/**
 * A document rule of {@link DocumentNames} for places inside longer names: a place's formal name
 * includes its head ("Kingdom of France", "Federal Republic of Cameroon"), and a place that is
 * part of the name of an agreement or event ("the Paris Agreement", "the Treaty of Nanking") is no
 * place of its own, which also keeps it out of a statement's place.
 */
final class PlacePhrases {
    private static final String LOCATION = "location";
    private final Lexicon heads;
    private final Lexicon events;

    PlacePhrases(Lexicon heads, Lexicon events) {
        this.heads = heads;
        this.events = events;
    }

    /** Applies both rules to one sentence's labels (null: no name) and name starts, in place. */
    void apply(String[] toks, String[] labels, boolean[] begins) {
        for (int t = 0; t < toks.length; t++) {
            if (!begins[t] || !LOCATION.equals(labels[t])) continue;
            int end = t + 1;
            while (end < toks.length && labels[end] != null && !begins[end]) end++;
            if (inEventName(toks, t, end)) {
                for (int k = t; k < end; k++) {
                    labels[k] = null;
                    begins[k] = false;
                }
            } else {
                extendOverHead(toks, labels, begins, t);
            }
            t = end - 1;
        }
    }

    /** "Paris Agreement", "Treaty of London": an event word right after the place or before "of" it. */
    private boolean inEventName(String[] toks, int start, int end) {
        if (end < toks.length && capitalized(toks[end]) && events.contains(toks[end])) return true;
        return start >= 2 && toks[start - 1].equals("of") && capitalized(toks[start - 2]) && events.contains(toks[start - 2]);
    }

    /** "Kingdom of France": takes "Kingdom of" and the capitalized words before it ("Federal") into the place. */
    private void extendOverHead(String[] toks, String[] labels, boolean[] begins, int start) {
        if (start < 2 || !toks[start - 1].equals("of") || labels[start - 2] != null || labels[start - 1] != null
                || !capitalized(toks[start - 2]) || !heads.contains(toks[start - 2])) return;
        int from = start - 2;
        while (from > 0 && labels[from - 1] == null && capitalized(toks[from - 1]) && !toks[from - 1].equals("The")) from--;
        begins[start] = false;
        for (int k = from; k < start; k++) {
            labels[k] = LOCATION;
            begins[k] = k == from;
        }
    }
}
