package extract.doc;

import extract.text.WordLists;
import java.util.HashMap;
import java.util.Map;

/**
 * Dictionary forms of the verbs the attribution rules care about (reporting and belief verbs, from
 * their lexicons), so that a rule can ask for "say" and match "said", "says" and "saying".
 * Immutable; load once and share.
 */
public final class Lemmas {
    private final Map<String, String> forms;

    private Lemmas(Map<String, String> forms) {
        this.forms = Map.copyOf(forms);
    }

    public static Lemmas load() {
        Map<String, String> all = new HashMap<>(WordLists.formsToLemma("/extract/quotes/belief-verbs.txt"));
        all.putAll(WordLists.formsToLemma("/extract/quotes/reporting-verbs.txt"));
        return new Lemmas(all);
    }

    public String of(String lower) {
        return forms.getOrDefault(lower, lower);
    }
}
