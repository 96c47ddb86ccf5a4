package extract.speaker;

import extract.doc.NewsDocument;
import extract.doc.Upos;
import extract.doc.Word;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of one document (runs of capitalised words, split at role titles, plus the name finder's
 * mentions) and the fullest form of each: "Kim" becomes "Kim Jong-un" when the article writes it so.
 */
final class NameIndex {
    

    private final String text;
    private final SpeakerLexicon lexicon;
    private final List<Span> runs = new ArrayList<>();
    private final Map<String, Integer> forms = new LinkedHashMap<>(); // bare name forms, first-seen order, with counts
    private final Map<String, Integer> runCounts = new java.util.HashMap<>(); // capitalised runs: spelling evidence
    private final Map<String, List<String>> formsByWord = new java.util.HashMap<>(); // word -> forms holding it
    private final Map<String, java.util.Set<EntityType>> formTypes = new java.util.HashMap<>(); // the name finder's types of a form
    private final Map<String, String> canonicalCache = new java.util.HashMap<>();
    private final Set<String> sentenceCapitals = new java.util.HashSet<>(); // "see", "interestingly": capitalised only to open a sentence
    private final Set<String> lowerWords = new java.util.HashSet<>(); // words the article writes in lower case

    NameIndex(NewsDocument doc, SpeakerLexicon lexicon) {
        this.text = doc.text();
        this.lexicon = lexicon;
        collectSentenceCapitals(doc);
        for (int s = 0; s < doc.sentenceCount(); s++) collectRuns(doc.wordsOf(s));
        // the name finder's mentions when there are any; capitalised runs include headlines otherwise
        List<Span> headlines = headlines(doc);
        for (Span r : runs) runCounts.merge(stripPrefixes(r.of(text)), 1, Integer::sum);
        if (doc.entities().isEmpty()) {
            for (Span r : runs) if (!insideAny(headlines, r)) forms.merge(stripPrefixes(r.of(text)), 1, Integer::sum);
        } else {
            for (EntityMention e : doc.entities()) {
                if (insideAny(headlines, e.span())) continue;
                String form = stripPrefixes(e.text());
                forms.merge(form, 1, Integer::sum);
                formTypes.computeIfAbsent(form, k -> java.util.EnumSet.noneOf(EntityType.class)).add(e.type());
            }
        }
        for (String form : forms.keySet()) {
            for (String w : new java.util.LinkedHashSet<>(words(form))) formsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(form);
        }
    }

    /**
     * Sentences in title case ("Elizabeth Warren Hammers Wells Fargo CEO"): their capitalised runs
     * join names and verbs, so they give no name forms.
     */
    private static List<Span> headlines(NewsDocument doc) {
        List<Span> out = new ArrayList<>();
        for (int si = 0; si < doc.sentenceCount(); si++) {
            int words = 0, capitalised = 0;
            for (Word t : doc.wordsOf(si)) {
                String w = t.text();
                if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
            }
            if (words >= 3 && capitalised * 10 >= words * 7) out.add(doc.sentence(si).span());
        }
        return out;
    }

    /**
     * Words capitalised only because they open a sentence, glued to a name by the name finder ("See
     * Sexton", "Interestingly Blocher"): never capitalised inside a sentence, and written in lower case
     * elsewhere in the article or tagged an adverb. They are no part of a name.
     */
    private void collectSentenceCapitals(NewsDocument doc) {
        Set<String> opening = new java.util.HashSet<>(), inside = new java.util.HashSet<>(), lower = lowerWords;
        for (int si = 0; si < doc.sentenceCount(); si++) {
            List<Word> words = doc.wordsOf(si);
            int first = 0;
            while (first < words.size() && words.get(first).punctuation()) first++;
            for (int k = 0; k < words.size(); k++) {
                Word w = words.get(k);
                if (!w.capitalised()) {
                    lower.add(w.lower());
                } else if (k == first) {
                    opening.add(w.text());
                    if (w.pos() == Upos.ADV) lower.add(w.lower());
                } else {
                    inside.add(w.text());
                }
            }
        }
        for (String w : opening) {
            String l = w.toLowerCase(Locale.ROOT);
            if (!inside.contains(w) && lower.contains(l)) sentenceCapitals.add(l);
        }
    }

    private static boolean insideAny(List<Span> spans, Span s) {
        for (Span x : spans) if (x.contains(s)) return true;
        return false;
    }

    List<Span> runs() {
        return runs;
    }

    /** The last name run inside the span, or null. */
    Span lastRunIn(Span np) {
        int lo = 0, hi = runs.size(); // runs are in text order: the first run starting at or after np's end
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid).start() < np.end()) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo - 1; i >= 0 && runs.get(i).end() > np.start(); i--) {
            if (np.contains(runs.get(i))) return runs.get(i);
        }
        return null;
    }

    /**
     * The name's most frequent form of two or more words in the document among those that contain
     * it or that it contains ("Kim" and "Kim Jong Un" give "Kim Jong-un" when the article writes that
     * most; a stray "Crooked Hillary Clinton" gives "Hillary Clinton"); on a tie the longer, then the
     * spelling the text uses most.
     */
    String canonical(String name) {
        return canonical(name, null);
    }

    /** As {@link #canonical(String)}, among the forms the name finder gave that type, if known ("Trump" the person is not "Trump Taj Mahal"). */
    String canonical(String name, EntityType type) {
        return canonicalCache.computeIfAbsent(type + "\t" + name, k -> fullestForm(name, type));
    }

    /**
     * As {@link #canonical(String, EntityType)}, among forms whose first name is not of the other
     * gender ("Mrs. Clinton" is not "Bill Clinton"); gender "m", "f" or null.
     */
    String canonical(String name, EntityType type, String gender) {
        if (gender == null) return canonical(name, type);
        return canonicalCache.computeIfAbsent(type + "\t" + gender + "\t" + name, k -> fullestForm(name, type, gender));
    }

    private String fullestForm(String name, EntityType type) {
        return fullestForm(name, type, null);
    }

    private String fullestForm(String name, EntityType type, String gender) {
        // titles and party labels go before people's names; "Democratic National Committee" and "Saudi Arabia" keep theirs
        String bare = type == EntityType.ORGANIZATION || type == EntityType.LOCATION ? name.strip() : stripPrefixes(name);
        List<String> words = words(bare);
        if (words.isEmpty()) return name.strip();
        String best = bare;
        int bestCount = words.size() >= 2 ? forms.getOrDefault(bare, 0) : 0;
        for (String form : formsByWord.getOrDefault(words.get(words.size() - 1), List.of())) {
            Map.Entry<String, Integer> f = Map.entry(form, forms.get(form));
            List<String> fw = words(f.getKey());
            if (fw.size() < 2 || f.getKey().equals(bare)) continue;
            if (type != null && formTypes.containsKey(f.getKey()) && !formTypes.get(f.getKey()).contains(type)) continue;
            String formGender = gender == null ? null : lexicon.genderOf(f.getKey());
            if (formGender != null && !formGender.equals(gender)) continue;
            boolean longer = java.util.Collections.indexOfSubList(fw, words) >= 0;
            boolean shorter = java.util.Collections.indexOfSubList(words, fw) >= 0 && fw.get(fw.size() - 1).equals(words.get(words.size() - 1));
            if (!longer && !shorter || !fits(bare, f.getKey(), longer, type)) continue;
            int count = f.getValue();
            boolean better = count > bestCount || count == bestCount && (fw.size() > words(best).size()
                    || fw.size() == words(best).size() && runCounts.getOrDefault(f.getKey(), 0) > runCounts.getOrDefault(best, 0));
            if (better) {
                best = f.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether a related form may stand for the name. A place inside a longer place name is another
     * place ("China", "South China Sea"; "Mexico", "Mexico City"). An organisation takes a longer form
     * ("Times", "New York Times"), but an acronym keeps its own ("DNC" is not "DNC Rules Committee").
     * A person's shorter form drops only words that are no name (the article writes them in lower
     * case: "Trump critic Mark Cuban", "Chief of Staff Katie Walsh") or opens with a first name
     * ("Universe Alicia Machado"): "Aung San Suu Kyi" is not "Suu Kyi", nor "Enrique Peña Nieto" "Peña Nieto".
     */
    private boolean fits(String name, String form, boolean longer, EntityType type) {
        EntityType kind = type != null ? type : formTypes.containsKey(name) && formTypes.get(name).size() == 1
                ? formTypes.get(name).iterator().next() : null;
        if (kind == EntityType.LOCATION) return false;
        if (longer) return kind != EntityType.ORGANIZATION || !isAcronym(name);
        if (kind == EntityType.ORGANIZATION) return false;
        List<String> dropped = words(name).subList(0, java.util.Collections.indexOfSubList(words(name), words(form)));
        return lexicon.genderOf(form) != null || dropped.stream().anyMatch(lowerWords::contains);
    }

    private static boolean isAcronym(String name) {
        return !name.contains(" ") && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private void collectRuns(List<Word> tokens) {
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            // "Jong-un": a hyphen joins a lower-case part to the name
            boolean part = i < tokens.size() && (isNameWord(tokens, i) || isJoiningHyphen(tokens, i)
                    || (start >= 0 && isJoiningHyphen(tokens, i - 1)));
            if (part && start < 0) start = i;
            if (!part && start >= 0) {
                int end = i;
                while (end > start && isJoiningHyphen(tokens, end - 1)) end--;
                if (end > start) runs.add(new Span(tokens.get(start).start(), tokens.get(end - 1).end()));
                start = -1;
            }
        }
    }

    private boolean isNameWord(List<Word> tokens, int i) {
        Word t = tokens.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        if (lexicon.functionWords().contains(lower) || lexicon.titles().contains(lower)) return false;
        return t.pos() != Upos.DET && t.pos() != Upos.ADP && t.pos() != Upos.PRON && t.pos() != Upos.CCONJ;
    }

    private static boolean isJoiningHyphen(List<Word> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).text().equals("-")
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** Drops honorifics, titles, party labels and demonyms from the front ("Republican Donald Trump"). */
    private String stripPrefixes(String name) {
        String[] parts = name.strip().split("\\s+");
        int k = 0;
        while (k < parts.length - 1) {
            String w = parts[k].toLowerCase(Locale.ROOT);
            if (isPrefix(w) || sentenceCapitals.contains(w)) k++;
            else if (lexicon.compassWords().contains(w) && k + 2 < parts.length && isPrefix(parts[k + 1].toLowerCase(Locale.ROOT))) k += 2;
            else break;
        }
        // "European Union", "Republican Party": a body named by its adjective keeps it
        if (k == parts.length - 1 && lexicon.organisationNouns().contains(parts[k].toLowerCase(Locale.ROOT))) return name.strip();
        return String.join(" ", Arrays.asList(parts).subList(k, parts.length));
    }

    private boolean isPrefix(String word) {
        return lexicon.namePrefixes().contains(word) || lexicon.titles().contains(word);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s\\-\u2010\u2011]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
