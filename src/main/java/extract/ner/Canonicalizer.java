package extract.ner;

import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import extract.text.NameGenders;

/**
 * Gives every mention one canonical name per entity in the article. A person mention whose words
 * all occur, in order, in a longer person mention ("Xi" in "Xi Jinping") takes that full name; when
 * several fit ("Kim" for "Kim Jong-un" and "Kim Yo-jong"), the one named most often before it wins,
 * the latest on a tie ("Fiorina" after "Carly Fiorina" twice and "her husband, Frank Fiorina" once
 * is Carly Fiorina), else the first one after it; an honorific rules out full names of the other gender ("Mr. Trump"
 * is not "Ivanka Trump"). Spellings that differ only in case, hyphens or spacing ("Kim Jong Un",
 * "Kim Jong-un") are one name, written the way the article writes it most often (counting every
 * occurrence in the text, tagged or not; the earliest wins a tie). Immutable and shareable.
 */
final class Canonicalizer {
    private final NameGenders genders;

    Canonicalizer(NameGenders genders) {
        this.genders = genders;
    }

    List<EntityMention> canonicalize(String text, List<EntityMention> mentions) {
        Map<String, String> spelling = spellings(normalize(text), mentions);
        // person keys by each of their words, in text order: a long file stays linear
        Map<String, List<Keyed>> personsByWord = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PERSON) continue;
            Keyed k = new Keyed(m.start(), key(m.text()));
            for (String w : new java.util.LinkedHashSet<>(List.of(k.key().split(" ")))) {
                personsByWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String key = key(m.text());
            if (m.type() == EntityType.PERSON && !key.isEmpty()) {
                key = fullName(m, key, personsByWord.getOrDefault(key.split(" ")[0], List.of()), honorificGender(text, m));
            }
            out.add(new EntityMention(m.start(), m.end(), m.type(), m.text(), spelling.get(m.type() + key)));
        }
        return out;
    }

    private record Keyed(int start, String key) {}

    private String fullName(EntityMention m, String key, List<Keyed> candidates, String gender) {
        String before = null;
        String after = null;
        Map<String, Integer> mentions = new HashMap<>();
        for (Keyed other : candidates) {
            String k = other.key();
            if (k.length() <= key.length() || !(" " + k + " ").contains(" " + key + " ")) continue;
            String g = genders.ofName(k);
            if (gender != null && g != null && !g.equals(gender)) continue;
            mentions.merge(k, 1, Integer::sum);
            if (other.start() < m.start()) {
                // mentions come in text order: the latest one before wins, unless an earlier one is
                // named more often ("Carly Fiorina" three times, then "her husband, Frank Fiorina")
                if (before == null || mentions.get(k) >= mentions.get(before)) before = k;
            } else if (after == null) {
                after = k;
            }
        }
        return before != null ? before : after != null ? after : key;
    }

    /** "m" or "f" when an honorific stands right before the mention ("Mrs. Clinton"), else null. */
    private String honorificGender(String text, EntityMention m) {
        int end = m.start();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return start < end ? genders.ofHonorific(text.substring(start, end)) : null;
    }

    /** The most frequent spelling of each name (by type and key) in the text. */
    private static Map<String, String> spellings(String text, List<EntityMention> mentions) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (EntityMention m : mentions) {
            String form = normalize(m.text());
            counts.computeIfAbsent(m.type() + key(m.text()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(form, f -> occurrences(text, f));
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((k, forms) -> {
            String top = null;
            for (Map.Entry<String, Integer> f : forms.entrySet()) {
                if (top == null || f.getValue() > forms.get(top)) top = f.getKey();
            }
            best.put(k, top);
        });
        return best;
    }

    private static int occurrences(String text, String form) {
        int n = 0;
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) n++;
        return n;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Case, hyphens and spacing do not make a different name. */
    private static String key(String s) {
        return normalize(s.replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ')).toLowerCase(Locale.ROOT);
    }
}
