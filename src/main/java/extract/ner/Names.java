package extract.ner;

import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.text.PlainLetters;
import extract.text.PlainSpaces;
import extract.text.Span;
import extract.text.TitleCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one canonicaliser: the names of one document and the name each mention stands for, used by
 * every stage (entities, speakers, time and place), so that one person has one name in every output.
 *
 * <p>Two steps. <b>Linking</b>: a person mention whose words all occur, in order, in a longer person
 * mention ("Xi" in "Xi Jinping") stands for that full name; when several fit ("Kim" for "Kim
 * Jong-un" and "Kim Yo-jong"), the one named most often before it wins, the latest on a tie (one that
 * ends in the short name before one that does not: "Canova" is "Tim Canova", not "Canova T-Shirt"), else
 * the first one after it; an honorific rules out full names of the other gender ("Mr. Trump" is not
 * "Ivanka Trump"); a lone surname one letter off a single full name's is that name misspelt ("Wines"
 * for "Leslie Wimes"). Spellings that differ only in case, accents, hyphens or spacing are one name, written the
 * way the article writes it most often (with its accents on a tie). <b>Naming</b>: the name's most frequent form of two or more
 * words among the related forms the article gives, without titles and party labels ("Democrat
 * Hillary Clinton" is Hillary Clinton), and never another place or an acronym's expansion.
 *
 * <p>The forms are the name finder's mentions, or the runs of capitalised words (split at role
 * titles) when there are none; sentences in title case (headlines) give no forms. Built per
 * document; not thread-safe (it caches).
 */
public final class Names {
    private final String text;
    private final NameLexicon lexicon;
    private final List<EntityMention> mentions;
    private final List<Span> runs = new ArrayList<>();
    private final Map<String, Integer> forms = new LinkedHashMap<>(); // bare name forms, first-seen order, with counts
    private final Map<String, Integer> runCounts = new HashMap<>(); // capitalised runs: spelling evidence
    private final Map<String, List<String>> formsByWord = new HashMap<>(); // word -> forms holding it
    private final Map<String, Set<EntityType>> formTypes = new HashMap<>(); // the name finder's types of a form
    private final Map<String, Set<Integer>> formSentences = new HashMap<>(); // the sentences a form is named in
    private final Map<String, String> canonicalCache = new HashMap<>();
    private final Set<String> sentenceCapitals = new HashSet<>(); // "see", "interestingly": capitalised only to open a sentence
    private final Set<String> lowerWords = new HashSet<>(); // words the article writes in lower case
    private final List<Span> headlines;

    /**
     * @param sentences the document's sentences with their tagged tokens
     * @param mentions  the name finder's mentions in text order (their written text is what counts)
     */
    public Names(String text, List<Sentence> sentences, List<EntityMention> mentions, NameLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.mentions = mentions;
        collectSentenceCapitals(sentences);
        for (Sentence s : sentences) collectRuns(s.tokens());
        // the name finder's mentions when there are any; capitalised runs include headlines otherwise
        this.headlines = headlines(sentences);
        for (Span r : runs) runCounts.merge(stripPrefixes(r.of(text)), 1, Integer::sum);
        if (mentions.isEmpty()) {
            for (Span r : runs) if (!insideAny(headlines, r)) forms.merge(stripPrefixes(r.of(text)), 1, Integer::sum);
        } else {
            for (EntityMention e : mentions) {
                // ("''Wilayat Twitter,''", "“Crooked Hillary”": a name quoted by itself is a nickname or a term, no form of the name)
                if (insideAny(headlines, e.span()) || quotedAlone(e.span())) continue;
                String form = stripPrefixes(e.text());
                forms.merge(form, 1, Integer::sum);
                formTypes.computeIfAbsent(form, k -> EnumSet.noneOf(EntityType.class)).add(e.type());
                formSentences.computeIfAbsent(form, k -> new HashSet<>()).add(sentenceAt(sentences, e.start()));
            }
        }
        for (String form : forms.keySet()) {
            for (String w : new LinkedHashSet<>(words(form))) formsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(form);
        }
    }

    /** The index of the sentence holding the offset (the last one starting at or before it). */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1, at = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at;
    }

    /** The mentions, each with the canonical name of the entity it stands for. */
    public List<EntityMention> canonicalize() {
        Map<String, String> spelling = spellings(PlainSpaces.of(text), mentions);
        // person keys by each of their words, in text order: a long file stays linear
        Map<String, List<Keyed>> personsByWord = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PERSON) continue;
            Keyed k = new Keyed(m.start(), key(m.text()), insideAny(headlines, m.span()));
            for (String w : new LinkedHashSet<>(List.of(k.key().split(" ")))) {
                personsByWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String key = key(m.text());
            if (m.type() == EntityType.PERSON && !key.isEmpty()) {
                String inHeadline = insideAny(headlines, m.span()) ? nameInHeadline(key, personsByWord) : null;
                // ("Cecile Richards: …" over a text that says "Richards": a given name and the surname are one name)
                if (inHeadline != null && givenNameBefore(key, inHeadline)) inHeadline = null;
                key = inHeadline != null ? inHeadline
                        : fullName(m, key, personsByWord.getOrDefault(key.split(" ")[0], List.of()), honorificGender(m));
                if (key.indexOf(' ') < 0) key = misspeltSurname(key, personsByWord);
            }
            String linked = spelling.get(m.type() + key);
            out.add(new EntityMention(m.start(), m.end(), m.type(), m.text(), canonical(linked, m.type())));
        }
        return out;
    }

    /** A person mention's key; {@code headline}: in a title-case line, where names and verbs run together. */
    private record Keyed(int start, String key, boolean headline) {}

    /** The longest name from outside headlines that a headline's person mention holds and is longer than, else null. */
    private static String nameInHeadline(String key, Map<String, List<Keyed>> personsByWord) {
        String best = null;
        int bestLength = 0;
        for (String w : key.split(" ")) {
            for (Keyed k : personsByWord.getOrDefault(w, List.of())) {
                if (!k.headline() && k.key().length() > bestLength && k.key().length() < key.length()
                        && (" " + key + " ").contains(" " + k.key() + " ")) {
                    best = k.key();
                    bestLength = k.key().length();
                }
            }
        }
        return best;
    }

    /**
     * The headline's name is a given name, perhaps a middle name or two, and then the shorter name the text
     * uses ("hillary clinton", "mohamed mamdouh assem"; not "hillary and obama").
     */
    private boolean givenNameBefore(String key, String shorter) {
        if (!key.endsWith(" " + shorter) || lexicon.genders().ofName(key) == null) return false;
        String[] before = key.substring(0, key.length() - shorter.length() - 1).split(" ");
        return before.length <= MAX_GIVEN_NAMES && Arrays.stream(before).noneMatch(lexicon.functionWords()::contains);
    }

    private static final int MAX_GIVEN_NAMES = 3;

    private String fullName(EntityMention m, String key, List<Keyed> candidates, String gender) {
        String before = null;
        String after = null;
        Map<String, Integer> seen = new HashMap<>();
        for (Keyed other : candidates) {
            String k = other.key();
            if (k.length() <= key.length() || !(" " + k + " ").contains(" " + key + " ")) continue;
            // "Elizabeth Warren Hammers Wells Fargo" is no fuller name of Warren; "Felipe Calderon" is of Calderon,
            // "Derelict Obama" not of Obama (a headline's word before a surname is a given name, or no name's)
            if (other.headline() && !(k.endsWith(" " + key.substring(key.lastIndexOf(' ') + 1))
                    && (key.indexOf(' ') > 0 || givenNameBefore(k, key)))) continue;
            String g = lexicon.genders().ofName(k);
            if (gender != null && g != null && !g.equals(gender)) continue;
            seen.merge(k, 1, Integer::sum);
            if (other.start() < m.start()) {
                // mentions come in text order: the latest one before wins, unless an earlier one is
                // named more often ("Carly Fiorina" three times, then "her husband, Frank Fiorina"), or unless
                // only the earlier one ends in the short name ("Tim Canova", then "a Canova T-Shirt")
                boolean surnameLost = before != null && before.endsWith(" " + key) && !k.endsWith(" " + key);
                if (before == null || seen.get(k) > seen.get(before) || seen.get(k).equals(seen.get(before)) && !surnameLost) before = k;
            } else if (after == null) {
                after = k;
            }
        }
        return before != null ? before : after != null ? after : key;
    }

    /**
     * "Leslie Wimes" … "Wines said": a lone surname no full name holds, one letter off the surname of
     * exactly one full name (same first letter, five letters or more), is that person misspelt; else the key.
     */
    private static String misspeltSurname(String key, Map<String, List<Keyed>> personsByWord) {
        if (key.length() < MIN_MISSPELT || personsByWord.getOrDefault(key, List.of()).stream().anyMatch(k -> k.key().contains(" "))) {
            return key;
        }
        String found = null;
        for (Map.Entry<String, List<Keyed>> e : personsByWord.entrySet()) {
            String w = e.getKey();
            if (w.equals(key) || w.charAt(0) != key.charAt(0) || !oneEditApart(w, key)) continue;
            for (Keyed k : e.getValue()) {
                if (k.headline() || !k.key().endsWith(" " + w)) continue;
                if (found != null && !found.equals(k.key())) return key; // two people fit: neither
                found = k.key();
            }
        }
        return found != null ? found : key;
    }

    private static final int MIN_MISSPELT = 5;

    /** One letter replaced, added or dropped. */
    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() < b.length()) return oneEditApart(b, a);
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return a.length() == b.length() ? a.substring(i + 1).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    /** "m" or "f" when an honorific stands right before the mention ("Mrs. Clinton"), else null. */
    private String honorificGender(EntityMention m) {
        int end = m.start();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return start < end ? lexicon.genders().ofHonorific(text.substring(start, end)) : null;
    }

    /** The most frequent spelling of each name (by type and key) in the text. */
    private static Map<String, String> spellings(String text, List<EntityMention> mentions) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (EntityMention m : mentions) {
            String form = PlainSpaces.of(m.text());
            counts.computeIfAbsent(m.type() + key(m.text()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(form, f -> occurrences(text, f));
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((k, spelled) -> {
            String top = null;
            for (Map.Entry<String, Integer> f : spelled.entrySet()) {
                // (on a tie the spelling with its accents: "François" over "Francois")
                if (top == null || f.getValue() > spelled.get(top)
                        || f.getValue().equals(spelled.get(top)) && accented(f.getKey()) > accented(top)) top = f.getKey();
            }
            best.put(k, top);
        });
        return best;
    }

    private static long accented(String form) {
        return form.chars().filter(c -> c > 0x7f && Character.isLetter(c)).count();
    }

    private static int occurrences(String text, String form) {
        int n = 0;
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) n++;
        return n;
    }

    /** Case, accents, hyphens and spacing do not make a different name ("Francois Hollande" is "François Hollande"). */
    private static String key(String s) {
        String plain = PlainSpaces.of(s.replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ')).toLowerCase(Locale.ROOT);
        return PlainLetters.of(plain);
    }

    /** The sentences in title case: their capitalised runs join names and verbs, so they give no name forms. */
    private static List<Span> headlines(List<Sentence> sentences) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (TitleCase.of(s.tokens().stream().map(Token::text).toList())) out.add(s.span());
        }
        return out;
    }

    /**
     * Words capitalised only because they open a sentence, glued to a name by the name finder ("See
     * Sexton", "Interestingly Blocher"): never capitalised inside a sentence, and written in lower case
     * elsewhere in the article or tagged an adverb. They are no part of a name.
     */
    private void collectSentenceCapitals(List<Sentence> sentences) {
        Set<String> opening = new HashSet<>(), inside = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> words = s.tokens();
            int first = 0;
            while (first < words.size() && punctuation(words.get(first))) first++;
            for (int k = 0; k < words.size(); k++) {
                Token w = words.get(k);
                if (!capitalised(w)) {
                    lowerWords.add(lower(w));
                } else if (k == first) {
                    opening.add(w.text());
                    if (w.pos().equals("ADV")) lowerWords.add(lower(w));
                } else {
                    inside.add(w.text());
                }
            }
        }
        for (String w : opening) {
            String l = w.toLowerCase(Locale.ROOT);
            if (!inside.contains(w) && lowerWords.contains(l)) sentenceCapitals.add(l);
        }
    }

    /** Quotation marks around a name (not extract.doc's table: the document layer depends on this package). */
    private static final String QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019";

    /** The span fills a quotation by itself: a mark right before it and right after it (past a comma or stop). */
    private boolean quotedAlone(Span s) {
        int after = s.end();
        if (after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '.')) after++;
        return s.start() > 0 && QUOTE_MARKS.indexOf(text.charAt(s.start() - 1)) >= 0
                && after < text.length() && QUOTE_MARKS.indexOf(text.charAt(after)) >= 0;
    }

    private static boolean insideAny(List<Span> spans, Span s) {
        for (Span x : spans) if (x.contains(s)) return true;
        return false;
    }

    /** The runs of capitalised words, in text order. */
    public List<Span> runs() {
        return runs;
    }

    /** The last name run inside the span, or null. */
    public Span lastRunIn(Span np) {
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
    public String canonical(String name) {
        return canonical(name, null);
    }

    /** As {@link #canonical(String)}, among the forms the name finder gave that type, if known ("Trump" the person is not "Trump Taj Mahal"). */
    public String canonical(String name, EntityType type) {
        return canonicalCache.computeIfAbsent(type + "\t" + name, k -> fullestForm(name, type));
    }

    /**
     * As {@link #canonical(String, EntityType)}, among forms whose first name is not of the other
     * gender ("Mrs. Clinton" is not "Bill Clinton"); gender "m", "f" or null.
     */
    public String canonical(String name, EntityType type, String gender) {
        if (gender == null) return canonical(name, type);
        return canonicalCache.computeIfAbsent(type + "\t" + gender + "\t" + name, k -> fullestForm(name, type, gender));
    }

    private String fullestForm(String name, EntityType type) {
        return fullestForm(name, type, null);
    }

    private String fullestForm(String name, EntityType type, String gender) {
        // titles and party labels go before people's names; "Democratic National Committee" and "Saudi Arabia" keep theirs
        String bare = type == EntityType.ORGANIZATION || type == EntityType.LOCATION ? name.strip() : withoutFinalStop(stripPrefixes(name));
        List<String> words = words(bare);
        if (words.isEmpty()) return name.strip();
        String best = bare;
        int bestCount = words.size() >= 2 ? forms.getOrDefault(bare, 0) : 0;
        List<String> related = formsByWord.getOrDefault(words.get(words.size() - 1), List.of());
        for (String form : related) {
            Map.Entry<String, Integer> f = Map.entry(form, forms.get(form));
            List<String> fw = words(f.getKey());
            if (fw.size() < 2 || f.getKey().equals(bare)) continue;
            if (type != null && formTypes.containsKey(f.getKey()) && !formTypes.get(f.getKey()).contains(type)) continue;
            String formGender = gender == null ? null : lexicon.genderOf(f.getKey());
            if (formGender != null && !formGender.equals(gender)) continue;
            boolean middle = type != EntityType.ORGANIZATION && type != EntityType.LOCATION
                    && (withMiddleName(f.getKey(), bare, related) || withMiddleName(bare, f.getKey(), related));
            boolean longer = Collections.indexOfSubList(fw, words) >= 0;
            boolean shorter = Collections.indexOfSubList(words, fw) >= 0 && fw.get(fw.size() - 1).equals(words.get(words.size() - 1));
            if (!middle && (!longer && !shorter || !fits(bare, f.getKey(), longer, type))) continue;
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

    /** Both forms are named in one sentence: "George Bush's son and George W. Bush's brother" are two people. */
    private boolean namedTogether(String a, String b) {
        Set<Integer> as = formSentences.getOrDefault(a, Set.of());
        for (int s : formSentences.getOrDefault(b, Set.of())) if (as.contains(s)) return true;
        return false;
    }

    /**
     * "Hillary Rodham Clinton" for "Hillary Clinton", "Owen John Dempsey" for "Owen Dempsey": the same first and
     * last word with a middle name between. A middle initial too ("Donald J. Trump" for "Donald Trump"), when the
     * article gives that first and last name no other middle (with "George W. Bush" and "George H.W. Bush" both
     * named, "George Bush" may be either) and never names both forms in one sentence ("George Bush's son and
     * George W. Bush's brother").
     */
    private boolean withMiddleName(String longer, String shorter, List<String> related) {
        List<String> form = words(longer);
        List<String> name = words(shorter);
        if (name.size() != 2 || form.size() != 3 || !form.get(0).equals(name.get(0)) || !form.get(2).equals(name.get(1))) return false;
        if (form.get(1).length() > 2 && !form.get(1).endsWith(".")) return true;
        if (namedTogether(longer, shorter)) return false;
        for (String other : related) {
            List<String> ow = words(other);
            if (ow.size() == 3 && ow.get(0).equals(form.get(0)) && ow.get(2).equals(form.get(2)) && !ow.get(1).equals(form.get(1))) return false;
        }
        return true;
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
        List<String> dropped = words(name).subList(0, Collections.indexOfSubList(words(name), words(form)));
        return lexicon.genderOf(form) != null || dropped.stream().anyMatch(lowerWords::contains);
    }

    private static boolean isAcronym(String name) {
        return !name.contains(" ") && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private void collectRuns(List<Token> tokens) {
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            // "Jong-un": a hyphen joins a lower-case part to the name; it opens none ("front-runner Trump")
            boolean part = i < tokens.size() && (isNameWord(tokens, i)
                    || start >= 0 && (isJoiningHyphen(tokens, i) || isJoiningHyphen(tokens, i - 1)));
            if (part && start < 0) start = i;
            if (!part && start >= 0) {
                int end = i;
                while (end > start && isJoiningHyphen(tokens, end - 1)) end--;
                start = pastOffice(tokens, start, end);
                if (end > start) runs.add(new Span(tokens.get(start).start(), tokens.get(end - 1).end()));
                start = -1;
            }
        }
    }

    /**
     * "Secretary of State Mike Pompeo": after a title's "of" the run opens with the office; the name starts
     * at its first name, else it is the last two words (of three or more).
     */
    private int pastOffice(List<Token> tokens, int start, int end) {
        if (end - start < 3 || start < 2 || !lower(tokens.get(start - 1)).equals("of")
                || !lexicon.titles().contains(lower(tokens.get(start - 2)))) {
            return start;
        }
        for (int k = start + 1; k < end - 1; k++) if (lexicon.genderOf(tokens.get(k).text()) != null) return k;
        return end - 2;
    }

    private static final Set<String> NO_NAME_TAGS = Set.of("DET", "ADP", "PRON", "CCONJ");

    private boolean isNameWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!capitalised(t)) return false;
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (lexicon.functionWords().contains(lower) || lexicon.titles().contains(lower)) return false;
        return !NO_NAME_TAGS.contains(t.pos());
    }

    private static boolean isJoiningHyphen(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).text().equals("-")
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    private static boolean capitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** No letter or digit: punctuation, quotation marks, dashes. */
    private static boolean punctuation(Token t) {
        return t.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
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
        k = pastInnerTitle(parts, k);
        // "European Union", "Republican Party": a body named by its adjective keeps it
        if (k == parts.length - 1 && lexicon.organisationNouns().contains(parts[k].toLowerCase(Locale.ROOT))) return name.strip();
        return String.join(" ", Arrays.asList(parts).subList(k, parts.length));
    }

    /** "Ken Doctor.": a sentence's full stop the name finder took along is no part of a name ("Jr." and initials keep theirs). */
    private static String withoutFinalStop(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        return space > 0 && last.length() > 4 && last.endsWith(".") && last.chars().filter(Character::isLetter).count() == last.length() - 1
                && Character.isLowerCase(last.charAt(last.length() - 2)) ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * "House Speaker Paul Ryan", "Illinois Attorney General Lisa Madigan": an office's words before its
     * title go with the title. The name starts after the last title word, when no first name comes
     * before it ("Paul Judge Smith" keeps its words).
     */
    private int pastInnerTitle(String[] parts, int k) {
        int start = k;
        for (int j = k + 1; j < parts.length - 1; j++) {
            if (lexicon.genderOf(parts[j - 1]) != null) break;
            if (isPrefix(parts[j].toLowerCase(Locale.ROOT))) start = j + 1;
        }
        return start;
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
