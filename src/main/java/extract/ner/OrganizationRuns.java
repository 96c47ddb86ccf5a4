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
    private final Lexicon places;

    OrganizationRuns(Lexicon orgWords, Lexicon places) {
        this.orgWords = orgWords;
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

    /** End of a run of capitalized words, which may be joined by "of", "for" or "&". */
    private static int orgRunEnd(String[] toks, int start) {
        int end = start;
        while (end < toks.length) {
            if (capitalized(toks[end]) && (end == start || !toks[end].equals("The"))) {
                end++;
            } else if (end > start && CONNECTORS.contains(toks[end]) && end + 1 < toks.length
                    && capitalized(toks[end + 1]) && !toks[end + 1].equals("The")) {
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
     * organisation word.
     */
    private boolean orgHeaded(String[] toks, int start, int end) {
        if (orgWords.contains(toks[end - 1])) return true;
        for (int k = start; k + 1 < end; k++) {
            if ((toks[k + 1].equals("of") || toks[k + 1].equals("for")) && end - (k + 2) <= 3 && orgWords.contains(toks[k])) return true;
        }
        return false;
    }
}
