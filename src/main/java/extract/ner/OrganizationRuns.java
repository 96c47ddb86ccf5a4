package extract.ner;

import static extract.ner.DocumentNames.PERSON;
import static extract.ner.DocumentNames.capitalized;
import static extract.ner.DocumentNames.key;

import java.util.Set;

/** A document rule of {@link DocumentNames}: runs of capitals headed by an organisation word are organizations. */
final class OrganizationRuns {
    private static final String ORGANIZATION = "organization";
    /** Small words inside an organisation's name: "Ministry of Defence", "Fund for Peace", "Marks & Spencer". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "&");
    private final Lexicon orgWords;
    /** Words that head a name only before "of"/"for" ("Club for Growth"; "Rockefeller Center" is a place). */
    private final Lexicon orgHeads;
    private final Lexicon places;

    OrganizationRuns(Lexicon orgWords, Lexicon orgHeads, Lexicon places) {
        this.orgWords = orgWords;
        this.orgHeads = orgHeads;
        this.places = places;
    }

    /**
     * Tags the runs in one sentence's labels (null: no name) and name starts, in place. A run of
     * capitalized words headed by an organisation word ("U.S. Environmental Protection
     * Agency", "British Ministry of Defence", "Nottingham Journal") is an organization, whatever
     * the model made of it, if no name the model found sticks out of the run. A person the model
     * found in the run stays ("Sara Lee of Acme Inc"), and a title-case line ("Great Customer
     * Service") is no name.
     */
    void apply(String[] toks, String[] labels, boolean[] begins) {
        int t = 0;
        while (t < toks.length) {
            if (!capitalized(toks[t]) || (labels[t] != null && !begins[t])) {
                t++;
                continue;
            }
            int start = toks[t].equals("The") ? t + 1 : t; // "The" starts the name only if the model said so
            int end = orgRunEnd(toks, start);
            for (int k = start; k < end; k++) if (PERSON.equals(labels[k])) start = k + 1;
            while (start < end && !capitalized(toks[start])) start++; // "Ola Berg of Acme Bank"
            if (end - start < 2 || !orgHeaded(toks, start, end) || (end < toks.length && labels[end] != null && !begins[end])
                    || (t == 0 && onlyPunctuation(toks, end)) || partOfLongerName(toks, start)
                    || places.contains(key(toks, start, end))) { // "West Bank", "Soviet Union"
                t = Math.max(t + 1, end);
                continue;
            }
            if (start == t + 1 && labels[t] != null) start = t; // the model took "The" in: keep it
            for (int k = start; k < end; k++) {
                labels[k] = ORGANIZATION;
                begins[k] = k == start;
            }
            if (end < labels.length && labels[end] != null) begins[end] = true;
            t = end;
        }
    }

    /** "Citizenship and Immigration Services": the run is the end of a name it cannot see whole. */
    private static boolean partOfLongerName(String[] toks, int start) {
        return start >= 2 && (toks[start - 1].equals("and") || toks[start - 1].equals("&")) && capitalized(toks[start - 2]);
    }

    private static boolean onlyPunctuation(String[] toks, int from) {
        for (int k = from; k < toks.length; k++) if (Character.isLetterOrDigit(toks[k].codePointAt(0))) return false;
        return true;
    }

    /** End of a run of capitalized words, which may be joined by "of", "for" or "&", and after those by "and". */
    private int orgRunEnd(String[] toks, int start) {
        int end = start;
        boolean connected = false;
        boolean and = false;
        while (end < toks.length) {
            if (capitalized(toks[end]) && (end == start || !toks[end].equals("The"))) {
                end++;
            } else if (end > start && (CONNECTORS.contains(toks[end]) || connected && !and && closingAnd(toks, end))
                    && end + 1 < toks.length && capitalized(toks[end + 1]) && !toks[end + 1].equals("The")) {
                and |= toks[end].equals("and");
                connected = true;
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The run's last word, or a word right before "of"/"for" with at most three words after it
     * ("Ministry of Defence", not "Department of Homeland Security Secretary John Kelly"), is an
     * organisation word, or one that heads a name there ("Club for Growth").
     */
    private boolean orgHeaded(String[] toks, int start, int end) {
        if (orgWords.contains(toks[end - 1])) return true;
        for (int k = start; k + 1 < end; k++) {
            if ((toks[k + 1].equals("of") || toks[k + 1].equals("for")) && wordsBetween(toks, k + 2, end) <= 3
                    && (orgWords.contains(toks[k]) || orgHeads.contains(toks[k]))) return true;
        }
        return false;
    }

    /** The words from {@code from} to {@code end}, the two words an "and" joins counted as one. */
    private static int wordsBetween(String[] toks, int from, int end) {
        int n = 0;
        for (int k = from; k < end; k++) if (toks[k].equals("and")) n--; else n++;
        return n;
    }

    /**
     * "Center for Disease Control and Prevention", "Office of Management and Budget": an "and" that
     * joins one or two last words to the name, not a place to a second name ("University of
     * Pennsylvania and Carnegie Mellon", "Association of Black Journalists and Association of …").
     */
    private boolean closingAnd(String[] toks, int and) {
        if (!toks[and].equals("and") || places.contains(toks[and - 1]) || and >= 2 && places.contains(key(toks, and - 2, and))) return false;
        int k = and + 1;
        while (k < toks.length && capitalized(toks[k])) k++;
        return k - (and + 1) <= 2 && (k == toks.length || !CONNECTORS.contains(toks[k]));
    }
}
