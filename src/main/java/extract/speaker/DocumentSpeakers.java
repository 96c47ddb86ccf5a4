package extract.speaker;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves speaker noun phrases of one document to names: named entities to their canonical name,
 * pronouns to the most recent compatible referent, descriptions ("the Chinese president", "the
 * agency") to an entity the article introduced with those words. Keeps the document's speaker
 * history, so use one instance per document, in text order.
 */
public final class DocumentSpeakers {
    private static final int PRONOUN_REACH = 4; // sentences a pronoun may reach back
    private static final int DESCRIPTION_REACH = 20_000; // chars a description may reach for its entity

    private final String text;
    private final SpeakerLexicon lexicon;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> tokenSentence = new ArrayList<>();
    private final List<Referent> referents = new ArrayList<>(); // in text order
    private final List<List<Referent>> bySentence = new ArrayList<>();
    private final java.util.Map<Referent, Set<String>> contexts = new java.util.HashMap<>();
    private final java.util.Map<String, String> surnameGenders = new java.util.HashMap<>(); // "Mrs. Clinton" -> clinton=f
    private final List<Referent> history = new ArrayList<>();
    private final int[] narrative; // per sentence: how many sentences before it are not wholly quoted
    private final java.util.function.Predicate<Span> quoted;
    private final NameIndex names;
    private int maxReferentLength;
    private final boolean typed;

    /** @param quoted whether a span lies inside a quotation (a name there is what was talked about) */
    public DocumentSpeakers(AnnotatedDocument doc, java.util.function.Predicate<Span> quoted, SpeakerLexicon lexicon) {
        this.text = doc.text();
        this.lexicon = lexicon;
        this.quoted = quoted;
        List<Sentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s).tokens()) {
                tokens.add(t);
                tokenSentence.add(s);
            }
        }
        this.names = new NameIndex(doc, lexicon);
        // a long quotation does not carry a pronoun away from its speaker: its sentences do not count
        this.narrative = new int[sentences.size()];
        for (int s = 1; s < sentences.size(); s++) {
            narrative[s] = narrative[s - 1] + (quoted.test(sentences.get(s - 1).span()) ? 0 : 1);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String g = lexicon.honorificGender(lower(i));
            if (g != null && isName(i + 1)) surnameGenders.putIfAbsent(lower(i + 1), g);
        }
        this.typed = !doc.entities().isEmpty();
        List<EntityMention> entities = doc.entities();
        if (!entities.isEmpty()) {
            for (EntityMention e : entities) {
                referents.add(new Referent(e.span(), e.type(), names.canonical(e.canonical(), e.type()), sentenceAt(e.start()),
                        quoted.test(e.span())));
            }
        } else {
            for (Span run : names.runs()) {
                referents.add(new Referent(run, null, names.canonical(run.of(text)), sentenceAt(run.start()),
                        quoted.test(run)));
            }
        }
        for (Referent r : referents) maxReferentLength = Math.max(maxReferentLength, r.span().length());
        indexBySentence(sentences.size());
    }

    private void indexBySentence(int sentences) {
        referents.sort(java.util.Comparator.comparing(Referent::span));
        for (int i = 0; i < sentences; i++) bySentence.add(new ArrayList<>());
        for (Referent r : referents) bySentence.get(r.sentence()).add(r);
    }

    /** Index of the first referent that ends after the offset (binary search). */
    private int firstEndingAfter(int offset) {
        int lo = 0, hi = referents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (referents.get(mid).span().start() + maxReferentLength <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The speaker that the noun phrase {@code np} names, remembered for later pronouns. */
    public Speaker resolve(Span np) {
        np = withoutLeadingDescription(np);
        int first = tokenAt(np.start());
        int last = tokenAt(np.end() - 1);
        if (first < 0 || last < 0) return new Speaker(np.of(text), np);
        int headIndex = head(first, last);
        String head = lower(headIndex);
        Referent found;
        String kind = first == last ? lexicon.pronounKind(head) : null;
        if (kind != null) {
            found = resolvePronoun(kind, np.start());
            if (found == null && kind.equals("relative")) {
                // "analysts who claim", "said one former staffer, who said": the phrase "who" refers back to
                Span antecedent = phraseBefore(first);
                if (antecedent != null) return resolve(antecedent);
            }
            if (found == null && kind.equals("group")) {
                // "That frustrates many analysts because they believe": a plural noun before it in its sentence
                Span antecedent = pluralBefore(first);
                if (antecedent != null) return resolve(antecedent);
            }
            if (found == null) return new Speaker("", np);
        } else if (isName(headIndex) || (headIndex - first >= 2 && isJoiningHyphen(headIndex - 1) && isName(headIndex - 2))) {
            // "Mr. Morgan of the Sierra Club": the name before "of" speaks
            np = new Span(np.start(), tokens.get(headIndex).end());
            found = nameIn(np);
            if (found == null) return new Speaker(np.of(text), np);
        } else if (namesSomeone(first, last)) {
            // "a spokeswoman for Hillary Clinton", "the Vermont senator": the description is the speaker
            return describedSpeaker(first, last, np);
        } else {
            found = describedBy(first, last, np);
            if (found == null) return describedSpeaker(first, last, np);
        }
        history.add(new Referent(np, found.type(), found.canonical(), sentenceAt(np.start()), false));
        return new Speaker(found.canonical(), np);
    }

    /** Remembers a source that no row shows ("according to X" wrapped around a quote) for later pronouns. */
    public void remember(Span np) {
        resolve(np);
    }

    /** "a meeting South Korean President Moon" names Moon: drop a determiner and common nouns before a name. */
    private Span withoutLeadingDescription(Span np) {
        int first = tokenAt(np.start());
        int last = tokenAt(np.end() - 1);
        if (first < 0 || last <= first || !tokens.get(first).pos().equals("DET")) return np;
        int k = first + 1;
        while (k < last && !isName(k) && (tokens.get(k).pos().equals("NOUN") || tokens.get(k).pos().equals("ADJ"))) k++;
        return k > first + 1 && k < last && isName(k) ? new Span(tokens.get(k).start(), np.end()) : np;
    }

    private Referent nameIn(Span np) {
        Referent best = null;
        for (int i = firstEndingAfter(np.start()); i < referents.size() && referents.get(i).span().start() < np.end(); i++) {
            Referent r = referents.get(i);
            if (!np.overlaps(r.span())) continue;
            int after = tokenAt(r.span().end() - 1) + 1;
            boolean possessor = after < tokens.size() && tokens.get(after).start() < np.end() && isPossessive(after);
            if (possessor && best != null) continue;
            if (best == null || !possessor) best = r;
        }
        Span run = names.lastRunIn(np);
        if (best != null && run != null && run.end() == np.end() && best.span().end() < run.start()) {
            // "IMF chief economist Maury Obstfeld": the name at the head, not the organisation before it
            return new Referent(run, EntityType.PERSON, names.canonical(run.of(text), EntityType.PERSON), best.sentence(), best.quoted());
        }
        if (best != null && run != null && run.contains(best.span()) && run.length() > best.span().length()) {
            // the name finder cut a name in two ("Paolo" + "Rossi"): the capitalised run is the name
            return new Referent(run, best.type(), names.canonical(run.of(text), best.type()), best.sentence(), best.quoted());
        }
        if (best != null) return best;
        return run == null ? null : new Referent(run, null, names.canonical(run.of(text)), sentenceAt(run.start()), false);
    }

    private Referent resolvePronoun(String kind, int offset) {
        int sentence = sentenceAt(offset);
        switch (kind) {
            case "male":
            case "female": {
                String gender = kind.equals("male") ? "m" : "f";
                Referent r = recentSpeaker(sentence, offset, EntityType.PERSON, gender);
                return r != null ? r : recentReferent(sentence, offset, gender, EntityType.PERSON);
            }
            case "thing": {
                Referent r = recentSpeaker(sentence, offset, EntityType.ORGANIZATION, null);
                return r != null ? r : recentReferent(sentence, offset, null, EntityType.ORGANIZATION, EntityType.LOCATION);
            }
            case "group": {
                return recentGroup(sentence, offset);
            }
            case "relative": {
                return nearestBefore(sentence, offset);
            }
            default:
                return null; // "they", "we", "I": a group or the quoted voice; no single name to give
        }
    }

    /** A description as the speaker, remembered so that a later "they" can point back to it. */
    private Speaker describedSpeaker(int first, int last, Span np) {
        String d = description(first, last);
        history.add(new Referent(np, null, d, sentenceAt(np.start()), false));
        return new Speaker(d, np);
    }

    /** "They": the latest speaker in this or the previous sentence that is a group ("officials", a party, a company). */
    private Referent recentGroup(int sentence, int offset) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Referent r = history.get(i);
            if (r.span().start() >= offset) continue;
            if (distance(r.sentence(), sentence) > 1) break;
            String last = r.canonical().substring(r.canonical().lastIndexOf(' ') + 1);
            boolean plural = last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("\u2019s");
            if (r.type() == EntityType.ORGANIZATION || r.type() == null && plural) return r;
        }
        return null;
    }

    /** The latest speaker of a compatible type in this or the previous sentence. */
    private Referent recentSpeaker(int sentence, int offset, EntityType type, String gender) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Referent r = history.get(i);
            if (r.span().start() >= offset) continue;
            if (distance(r.sentence(), sentence) > 1) break;
            if (compatible(r, type) && genderFits(r, gender)) return r;
        }
        return null;
    }

    /**
     * The first referent (the subject, usually) of the pronoun's sentence before it, or of an earlier
     * sentence, up to a few sentences back; within a sentence the types are tried in the order given.
     */
    private Referent recentReferent(int sentence, int offset, String gender, EntityType... types) {
        for (int s = sentence; s >= 0 && distance(s, sentence) <= PRONOUN_REACH; s--) {
            for (EntityType type : types) {
                for (Referent r : bySentence.get(s)) {
                    if (r.span().end() <= offset && !r.quoted() && compatible(r, type) && genderFits(r, gender)) return r;
                }
            }
        }
        return null;
    }

    /** Sentences between two, not counting those wholly inside a quotation. */
    private int distance(int from, int to) {
        return narrative[to] - narrative[from];
    }

    /** The noun phrase right before token {@code who} (past a comma), or null: "national-security analysts". */
    private Span phraseBefore(int who) {
        int end = who - 1;
        if (end >= 0 && tokens.get(end).text().equals(",")) end--;
        int start = end + 1;
        boolean noun = false;
        while (start - 1 >= 0 && end - start < 8 && (PHRASE_TAGS.contains(tokens.get(start - 1).pos())
                        || conjoined(start - 1)) && tokenSentence.get(start - 1).equals(tokenSentence.get(who))) {
            start--;
            noun |= tokens.get(start).pos().equals("NOUN") || tokens.get(start).pos().equals("PROPN");
            if (tokens.get(start).pos().equals("DET") || lexicon.quantifiers().contains(lower(start))) break; // the phrase starts here
        }
        if (!noun || start > end) return null;
        return new Span(tokens.get(start).start(), tokens.get(end).end());
    }

    private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");

    /** The phrase of the last plural common noun before token {@code pronoun} in its sentence, outside quotations. */
    private Span pluralBefore(int pronoun) {
        for (int i = pronoun - 1; i >= 0 && tokenSentence.get(i).equals(tokenSentence.get(pronoun)); i--) {
            Token t = tokens.get(i);
            String w = lower(i);
            if (t.pos().equals("NOUN") && w.endsWith("s") && !w.endsWith("ss") && !quoted.test(t.span())) return phraseBefore(i + 1);
        }
        return null;
    }

    /** "and" between two nouns: "analysts and activists". */
    private boolean conjoined(int i) {
        return lower(i).equals("and") && i > 0 && (tokens.get(i - 1).pos().equals("NOUN") || tokens.get(i - 1).pos().equals("PROPN"));
    }

    /** "who" in "Smith, who said": the nearest referent before it in its sentence. */
    private Referent nearestBefore(int sentence, int offset) {
        Referent nearest = null;
        for (Referent r : bySentence.get(sentence)) {
            if (r.span().end() <= offset && !r.quoted()) nearest = r;
        }
        // only a name right before "who" ("Smith, who"); "some people who" names no one
        int who = tokenAt(offset);
        boolean adjacent = nearest != null && who > 0 && tokenAt(nearest.span().end() - 1) >= who - 2;
        return adjacent ? nearest : null;
    }

    /** The first name's gender, else the article's "Mr."/"Mrs." before the surname; unknown fits both. */
    private boolean genderFits(Referent r, String gender) {
        if (gender == null) return true;
        String g = lexicon.genderOf(r.canonical());
        if (g == null) {
            String name = r.canonical().toLowerCase(Locale.ROOT);
            g = surnameGenders.get(name.substring(name.lastIndexOf(' ') + 1));
        }
        return g == null || g.equals(gender);
    }

    /** Without a name finder every referent is untyped and may fit; with one, untyped ones fit nothing typed. */
    private boolean compatible(Referent r, EntityType type) {
        return type == null || r.type() == type || (r.type() == null && !typed);
    }

    /**
     * The head word of a noun phrase: its last word, or the word before "of"/"for"/"at"/... unless
     * that is a title ("officials at Homeland Security", "Morgan of the Sierra Club", but "Secretary
     * of State John Kerry") or the word is inside a name ("the Court of Appeals for the 6th Circuit").
     */
    private int head(int first, int last) {
        for (int i = first + 1; i < last; i++) {
            if (lexicon.linkers().contains(lower(i)) && !lexicon.titles().contains(lower(i - 1)) && !insideName(i)) return i - 1;
        }
        return last;
    }

    private boolean insideName(int token) {
        Span t = tokens.get(token).span();
        for (int i = firstEndingAfter(t.start()); i < referents.size() && referents.get(i).span().start() < t.end(); i++) {
            Span r = referents.get(i).span();
            if (r.start() < t.start() && r.end() > t.end()) return true;
        }
        return false;
    }

    /** A word of the phrase names a person, place or body ("the Vermont senator"), beyond nationality words. */
    private boolean namesSomeone(int first, int last) {
        for (int i = first; i <= last; i++) {
            String w = lower(i);
            if (!isName(i) || lexicon.functionWords().contains(w)) continue;
            boolean compassBeforePrefix = lexicon.compassWords().contains(w) && i < last
                    && lexicon.namePrefixes().contains(lower(i + 1));
            if (!lexicon.namePrefixes().contains(w) && !lexicon.titles().contains(w) && !compassBeforePrefix) return true;
        }
        return false;
    }

    /** An entity introduced with the description's words: "the Chinese president" for "Chinese President Xi". */
    private Referent describedBy(int first, int last, Span np) {
        int offset = np.start();
        String head = lower(last);
        EntityType type = lexicon.titles().contains(head) ? EntityType.PERSON
                : lexicon.organisationNouns().contains(head) ? EntityType.ORGANIZATION : null;
        if (type == null) return null;
        Set<String> modifiers = new HashSet<>();
        for (int i = first; i < last; i++) {
            if (!tokens.get(i).pos().equals("DET") && !isPossessive(i)) modifiers.add(lower(i));
        }
        Referent best = null;
        int bestScore = 0;
        // within an article's reach of the description, so a huge file stays linear
        for (int i = firstEndingAfter(offset - DESCRIPTION_REACH); i < referents.size(); i++) {
            Referent r = referents.get(i);
            if (r.span().start() >= offset && (best != null || r.span().start() > offset + DESCRIPTION_REACH)) break;
            if (r.type() != null && r.type() != type) continue;
            if (np.overlaps(r.span())) continue;
            Set<String> context = contexts.computeIfAbsent(r, x -> contextWords(x.span()));
            if (!context.contains(head)) continue;
            int score = 1;
            for (String m : modifiers) if (context.contains(m)) score++;
            if (score >= bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lower-cased words just before a mention and in an appositive after it ("Xi, the Chinese president,"). */
    private Set<String> contextWords(Span mention) {
        Set<String> words = new HashSet<>();
        int first = tokenAt(mention.start());
        int last = tokenAt(mention.end() - 1);
        if (first < 0 || last < 0) return words;
        for (int i = first - 1; i >= 0 && first - i <= 4 && !isPunctuation(i); i--) words.add(lower(i));
        int i = last + 1;
        if (i < tokens.size() && lower(i).equals(",")) i++;
        for (int k = i; k < tokens.size() && k - i < 4 && !isPunctuation(k); k++) words.add(lower(k));
        return words;
    }

    private String description(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    private boolean isName(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    private boolean isJoiningHyphen(int i) {
        return tokens.get(i).text().equals("-") && tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    private boolean isPossessive(int i) {
        String w = lower(i);
        return w.equals("'s") || w.equals("'");
    }

    private boolean isPunctuation(int i) {
        String w = tokens.get(i).text();
        return w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private int tokenAt(int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) hi = mid - 1;
            else if (offset >= t.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private int sentenceAt(int offset) {
        int t = tokenAt(offset);
        if (t >= 0) return tokenSentence.get(t);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) return tokenSentence.get(i);
        }
        return tokenSentence.isEmpty() ? 0 : tokenSentence.get(tokenSentence.size() - 1);
    }
}
