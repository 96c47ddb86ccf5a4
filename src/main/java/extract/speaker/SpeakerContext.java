package extract.speaker;

import extract.doc.Hyphens;
import extract.doc.NewsDocument;
import extract.doc.Upos;
import extract.doc.Word;
import extract.ner.Names;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.text.Span;
import extract.text.SpanIndex;
import extract.text.TitleCase;
import extract.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the speaker sieves know of one document: its words, the referents a mention can point to
 * (named entities, or capitalised runs without a name finder), the speakers resolved so far (the
 * history, in text order), and the word tests they share. One per document; not thread-safe.
 */
final class SpeakerContext {
    static final int PRONOUN_REACH = 4; // sentences a pronoun may reach back
    static final int DESCRIPTION_REACH = 20_000; // chars a description may reach for its entity

    private final NewsDocument doc;
    private final String text;
    private final SpeakerLexicon lexicon;
    private final List<Word> words;
    private final List<Referent> referents = new ArrayList<>(); // in text order
    private final List<List<Referent>> bySentence = new ArrayList<>();
    private final Map<Referent, Set<String>> contexts = new HashMap<>();
    private final Map<String, String> surnameGenders = new HashMap<>(); // "Mrs. Clinton" -> clinton=f
    private final List<Referent> history = new ArrayList<>();
    private final Map<String, String> pronounGenders = new HashMap<>(); // canonical name -> gender its pronouns gave
    private final int[] narrative; // per sentence: how many sentences before it are not wholly quoted
    private final Names names;
    private final boolean typed;
    private final java.util.Optional<String> author;
    private int maxReferentLength;
    private Vehicle lastVehicle; // the latest vehicle of words that spoke ("the email"), for an "it" after it

    SpeakerContext(NewsDocument doc, SpeakerLexicon lexicon) {
        this(doc, lexicon, java.util.Optional.empty());
    }

    /** {@code byline}: the byline of the web page the article came from, if any. */
    SpeakerContext(NewsDocument doc, SpeakerLexicon lexicon, java.util.Optional<String> byline) {
        this(doc, lexicon, byline, List.of());
    }

    /** {@code sources}: the source phrases of the document's frames, whose names the name finder may have missed. */
    SpeakerContext(NewsDocument doc, SpeakerLexicon lexicon, java.util.Optional<String> byline, List<Span> sources) {
        this.doc = doc;
        this.text = doc.text();
        this.lexicon = lexicon;
        this.words = doc.words();
        this.names = new Names(doc.text(), doc.taggedSentences(), doc.entities(), lexicon.names());
        // a long quotation does not carry a pronoun away from its speaker: its sentences do not count
        this.narrative = new int[doc.sentenceCount()];
        for (int s = 1; s < narrative.length; s++) {
            narrative[s] = narrative[s - 1] + (doc.insideQuotation(doc.sentence(s - 1).span()) ? 0 : 1);
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String g = lexicon.honorificGender(lower(i));
            if (g != null && isName(i + 1)) surnameGenders.putIfAbsent(lower(i + 1), g);
        }
        this.typed = !doc.entities().isEmpty();
        this.author = ArticleAuthor.find(text, lexicon).or(() -> byline.flatMap(b -> ArticleAuthor.fromByline(b, lexicon)));
        if (typed) {
            for (EntityMention e : doc.entities()) {
                if (e.type() != EntityType.PERSON && isTime(e.text())) continue; // "Wednesday" taken for an organisation
                if (e.type() != EntityType.PERSON && dateline(e.span())) continue; // where the story was filed: no one speaks
                referents.add(new Referent(e.span(), e.type(), e.canonical(), sentenceAt(e.start()),
                        doc.insideQuotation(e.span())));
            }
            referents.addAll(missedSpeakerNames(sources));
        } else {
            for (Span run : names.runs()) {
                if (isTime(run.of(text))) continue;
                referents.add(new Referent(run, null, names.canonical(run.of(text)), sentenceAt(run.start()),
                        doc.insideQuotation(run)));
            }
        }
        for (Referent r : referents) maxReferentLength = Math.max(maxReferentLength, r.span().length());
        referents.sort(Comparator.comparing(Referent::span));
        for (int i = 0; i < doc.sentenceCount(); i++) bySentence.add(new ArrayList<>());
        for (Referent r : referents) bySentence.get(r.sentence()).add(r);
    }

    /**
     * "Ban said …", "Ban demurred.": a name the name finder missed that heads a frame's source phrase is
     * someone the article writes about, wherever it stands (type unknown: "Teck says" is a company).
     * Only runs the tagger reads as proper nouns and the article capitalises inside a sentence too, so
     * "Voters said" and "Pollsters say" add no name.
     */
    private List<Referent> missedSpeakerNames(List<Span> sources) {
        var entities = new SpanIndex<>(doc.entities(), EntityMention::span);
        Set<String> missed = new HashSet<>();
        for (Span p : sources) {
            Span run = names.lastRunIn(p);
            if (run == null || run.end() != p.end() || !properNouns(run) || !entities.overlapping(run).isEmpty()) continue;
            // ("Democrats say", "The Senator said": a party's members or a role, no one name)
            String lower = run.of(text).toLowerCase(Locale.ROOT);
            if (!lexicon.groupNoun(lower) && !lexicon.personNoun(lower)) missed.add(run.of(text));
        }
        List<Referent> out = new ArrayList<>();
        if (missed.isEmpty()) return out;
        Set<String> inSentence = new HashSet<>(); // ("Pollsters say": a capital the sentence gave is no name)
        for (Span run : names.runs()) {
            String name = run.of(text);
            if (!missed.contains(name) || isTime(name) || !properNouns(run) || !entities.overlapping(run).isEmpty()) continue;
            out.add(new Referent(run, null, names.canonical(name), sentenceAt(run.start()), doc.insideQuotation(run)));
            if (!opensSentence(wordAt(run.start()))) inSentence.add(name);
        }
        out.removeIf(r -> !inSentence.contains(r.span().of(text)));
        return out;
    }

    /** Paragraphs from the article's start a dateline may open. */
    private static final int DATELINE_PARAGRAPHS = 3;

    /**
     * "FARGO, N.D. (AP) —", "LOS ANGELES —": a place in capitals opening one of the first paragraphs, a
     * comma, parenthesis or dash after it, is the story's dateline.
     */
    private boolean dateline(Span place) {
        if (doc.paragraphAt(place.start()) > DATELINE_PARAGRAPHS || !TitleCase.inCapitals(place.of(text))) return false;
        int opening = doc.sentence(doc.paragraphStartSentence(place.start())).span().start();
        if (place.start() != opening) return false;
        int after = place.end();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return after < text.length() && ",(\u2014\u2013-".indexOf(text.charAt(after)) >= 0;
    }

    private boolean properNouns(Span run) {
        for (int i = wordAt(run.start()); i >= 0 && i < words.size() && words.get(i).start() < run.end(); i++) {
            if (pos(i) != Upos.PROPN) return false;
        }
        return true;
    }

    /** A name of time words only ("Wednesday", "January"): no one a description or pronoun can mean. */
    private boolean isTime(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!lexicon.timeWords().contains(w)) return false;
        }
        return true;
    }

    /** The article's author, where a byline (in the text or the page's) or the closing note on the writer names one. */
    java.util.Optional<String> author() {
        return author;
    }

    NewsDocument doc() {
        return doc;
    }

    String text() {
        return text;
    }

    SpeakerLexicon lexicon() {
        return lexicon;
    }

    Names names() {
        return names;
    }

    List<Referent> referents() {
        return referents;
    }

    List<Referent> referentsIn(int sentence) {
        return bySentence.get(sentence);
    }

    /**
     * The entities of one type that sentences [from, to] name outside quotations before offset {@code before},
     * each name once, in order ("Pelosi met with Schumer": the two a pair or "the former" may take up).
     */
    List<Referent> namedIn(int from, int to, EntityType type, int before) {
        List<Referent> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int s = from; s <= to; s++) {
            for (Referent r : referentsIn(s)) {
                if (r.span().end() > before || r.quoted() || r.type() != type || !names.add(r.canonical())) continue;
                out.add(r);
            }
        }
        return out;
    }

    /** The speakers resolved so far, in the order they were resolved. */
    List<Referent> history() {
        return history;
    }

    /** Keeps a resolved speaker for later pronouns and descriptions. */
    void remember(Referent r) {
        history.add(r);
    }

    /** A phrase of what carries words ("the email") that spoke, and the author it named ("" for none). */
    record Vehicle(Span phrase, int sentence, String author) {}

    /** Keeps the latest speaking vehicle for an "it" after it. */
    void rememberVehicle(Vehicle v) {
        lastVehicle = v;
    }

    /** The latest vehicle that spoke, or null. */
    Vehicle lastVehicle() {
        return lastVehicle;
    }

    Word word(int i) {
        return words.get(i);
    }

    int wordCount() {
        return words.size();
    }

    /** Index of the first referent that ends after the offset (binary search). */
    int firstEndingAfter(int offset) {
        int lo = 0, hi = referents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (referents.get(mid).span().start() + maxReferentLength <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Sentences between two, not counting those wholly inside a quotation. */
    int distance(int from, int to) {
        return narrative[to] - narrative[from];
    }

    /** The first name's gender, else the article's "Mr."/"Mrs." before the surname; unknown fits both. */
    boolean genderFits(Referent r, String gender) {
        if (gender == null) return true;
        String g = genderOf(r);
        return g == null || g.equals(gender);
    }

    /**
     * "m", "f" or null: by first name, else by an honorific the article put before the surname, else
     * by the pronoun ("he", "she") an earlier mention of the same person was resolved from.
     */
    String genderOf(Referent r) {
        String g = lexicon.genderOf(r.canonical());
        if (g == null) {
            String name = r.canonical().toLowerCase(Locale.ROOT);
            g = surnameGenders.get(name.substring(name.lastIndexOf(' ') + 1));
        }
        return g != null ? g : pronounGenders.get(r.canonical());
    }

    /**
     * "Bill Clinton … Clinton said … She followed": a surname alone that the article's latest full name
     * gave the other gender stands, for a pronoun of this gender, for the article's person of that
     * surname and this gender (Hillary Clinton), when there is one; else the referent as it was.
     */
    Referent forGender(Referent r, String gender) {
        if (gender == null || r.type() != EntityType.PERSON) return r;
        String g = genderOf(r);
        if (g == null || g.equals(gender)) return r;
        String written = r.span().of(doc.text());
        if (written.indexOf(' ') >= 0) return r;
        String other = names.canonical(written, EntityType.PERSON, gender);
        if (other.equals(r.canonical()) || !gender.equals(lexicon.genderOf(other))) return r;
        return new Referent(r.span(), r.type(), other, r.sentence(), r.quoted());
    }

    /** A "he" or "she" was resolved to this person: later pronouns of the other gender pass them by. */
    void learnGender(Referent r, String gender) {
        if (r.type() != EntityType.ORGANIZATION && r.type() != EntityType.LOCATION) pronounGenders.putIfAbsent(r.canonical(), gender);
    }

    /** Without a name finder every referent is untyped and may fit; with one, untyped ones fit nothing typed. */
    boolean compatible(Referent r, EntityType type) {
        return type == null || r.type() == type || (r.type() == null && !typed);
    }

    /** A named entity of this type overlaps the span. */
    boolean overlapsEntity(Span s, EntityType type) {
        for (int i = firstEndingAfter(s.start()); i < referents.size() && referents.get(i).span().start() < s.end(); i++) {
            Referent r = referents.get(i);
            if (r.type() == type && r.span().overlaps(s)) return true;
        }
        return false;
    }

    boolean insideName(int word) {
        Span t = words.get(word).span();
        for (int i = firstEndingAfter(t.start()); i < referents.size() && referents.get(i).span().start() < t.end(); i++) {
            Span r = referents.get(i).span();
            if (r.start() < t.start() && r.end() > t.end()) return true;
        }
        return false;
    }

    /**
     * Lower-cased words just before a mention ("Chinese President Xi") and in an appositive after its
     * comma ("Xi, the Chinese president,"); not the words after a possessive ("Cameron's spokesman").
     */
    Set<String> contextWords(Referent r) {
        return contexts.computeIfAbsent(r, x -> contextWords(x.span()));
    }

    /**
     * The common noun the article wrote in lower case right before a person's name ("donor" of "Party donor
     * Sheldon Adelson"; not "State" of "Secretary of State Jon Husted"), or "".
     */
    String roleWordBefore(Referent r) {
        int first = wordAt(r.span().start());
        if (r.type() != EntityType.PERSON || first < 1 || words.get(first - 1).sentence() != words.get(first).sentence()) return "";
        Word w = words.get(first - 1);
        return pos(first - 1) == Upos.NOUN && w.text().equals(w.lower()) ? w.lower() : "";
    }

    /**
     * The common nouns right after a mention, lower-cased ("Xinhua news agency": "news", "agency"); for an
     * organisation they say what it is.
     */
    List<String> nounsAfter(Referent r) {
        List<String> out = new ArrayList<>();
        int last = wordAt(r.span().end() - 1);
        for (int i = last + 1; last >= 0 && i < words.size() && i - last <= 3 && pos(i) == Upos.NOUN && !isName(i); i++) out.add(lower(i));
        return out;
    }

    /** A description's words between its first and its head, lower-cased ("former" of "the former senator"). */
    Set<String> modifiersOf(Mention m) {
        Set<String> out = new HashSet<>();
        for (int i = m.first() + 1; i < m.head(); i++) out.add(lower(i));
        return out;
    }

    /** The words of the mention and of its own phrase, lower-cased ("senator" of "Senator Elizabeth Warren"). */
    Set<String> titleWords(Referent r) {
        Set<String> out = new HashSet<>(contextWords(r));
        int first = wordAt(r.span().start());
        int last = wordAt(r.span().end() - 1);
        for (int i = first; first >= 0 && i <= last; i++) out.add(lower(i));
        return out;
    }

    private Set<String> contextWords(Span mention) {
        Set<String> out = new HashSet<>();
        int first = wordAt(mention.start());
        int last = wordAt(mention.end() - 1);
        if (first < 0 || last < 0) return out;
        // the words of its own noun phrase ("Chinese President Xi"), not of the clause before it ("The judge agreed with Ivana")
        for (int i = first - 1; i >= 0 && first - i <= 4 && !isPunctuation(i) && !outsidePhrase(i); i--) out.add(lower(i));
        int i = last + 1;
        if (i >= words.size() || !lower(i).equals(",")) return out;
        i++;
        if (clauseSubjectAt(i)) return out;
        for (int k = i; k < words.size() && k - i < 4 && !isPunctuation(k); k++) out.add(lower(k));
        return out;
    }

    /**
     * "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
     * candidate stated": a plain noun phrase at word i and then a verb is the subject of the clause
     * the comma opens, no appositive of the name before it.
     */
    private boolean clauseSubjectAt(int i) {
        int k = i;
        while (k < words.size() && k - i < MAX_APPOSITIVE && phraseWord(k) && !words.get(k).quoted()) k++;
        if (k == i || k >= words.size() || pos(k) != Upos.VERB && pos(k) != Upos.AUX) return false;
        // (a participle may open a clause inside the appositive: "Kim, the leader elected in 2012,"; not before "that")
        boolean participle = lower(k).endsWith("ing") || lower(k).endsWith("ed");
        return !participle || k + 1 < words.size() && lower(k + 1).equals("that");
    }

    private static final int MAX_APPOSITIVE = 6;

    /** A verb, auxiliary, conjunction or preposition other than "of" ends a title phrase ("Secretary of State Kerry"). */
    private boolean outsidePhrase(int i) {
        Upos p = pos(i);
        return p == Upos.VERB || p == Upos.AUX || p == Upos.CCONJ || p == Upos.SCONJ || p == Upos.ADP && !lower(i).equals("of");
    }

    String words(int first, int last) {
        return text.substring(words.get(first).start(), words.get(last).end());
    }

    boolean isName(int i) {
        String t = words.get(i).text();
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    /** The index of a sentence's first word, or -1 when it has none. */
    int firstWordOf(int sentence) {
        NewsDocument.SentenceInfo s = doc.sentence(sentence);
        return s.firstWord() < s.endWord() ? s.firstWord() : -1;
    }

    /** Word i opens its sentence (after any opening punctuation), where any word is capitalised. */
    boolean opensSentence(int i) {
        int first = doc.sentence(doc.sentenceAt(words.get(i).start())).firstWord();
        for (int k = first; k < i; k++) if (!words.get(k).punctuation()) return false;
        return true;
    }

    boolean isJoiningHyphen(int i) {
        return Hyphens.joining(words, i);
    }

    /** A dash, or a hyphen standing alone ({@link Hyphens#dash}). */
    boolean isDash(int i) {
        return Hyphens.dash(words, i);
    }

    /** Word i goes on from word i - 1 as one hyphenated word ({@link Hyphens#gluedToPrevious}). */
    boolean gluedToPrevious(int i) {
        return Hyphens.gluedToPrevious(words, i);
    }

    boolean isPossessive(int i) {
        String w = lower(i);
        return w.equals("'s") || w.equals("'");
    }

    boolean isPunctuation(int i) {
        return words.get(i).punctuation();
    }

    Upos pos(int i) {
        return words.get(i).pos();
    }

    /** "the governor", "this company": a description of more than one word opened by "the", "this" or "that". */
    boolean definiteDescription(Mention m) {
        return !m.pronoun() && m.first() < m.last() && isDefinite(lower(m.first()));
    }

    static boolean isDefinite(String lower) {
        return DEFINITE.contains(lower);
    }

    /** "a", "one", "another", "some": a word opening a description of someone not named before. */
    static boolean isIndefinite(String lower) {
        return INDEFINITE.contains(lower);
    }

    /** "the governor", "the Republican", "the 34-year-old": a description of one person by role, party or age. */
    boolean describesPerson(Mention m) {
        return lexicon.personNoun(lower(m.head())) || AGE.matcher(words(m.first(), m.last()).toLowerCase(Locale.ROOT)).find()
                || nationalityDescription(m);
    }

    private static final Set<String> DEMONYMS = WordLists.words("/extract/ner/demonyms.txt");

    /**
     * "the Belarusian", "the South Korean": "the" and a nationality ({@code demonyms.txt}, compass words before it), one
     * person ("the Russians" are a people).
     */
    boolean nationalityDescription(Mention m) {
        if (m.pronoun() || m.head() <= m.first() || !lower(m.first()).equals("the") || GroupToSpeaker.plural(lower(m.head()))) return false;
        for (int i = m.first() + 1; i <= m.head(); i++) {
            if (!nationalityWord(i) && !(i < m.head() && lexicon.compassWords().contains(lower(i)))) return false;
        }
        return true;
    }

    /** Word i is a nationality or group adjective ("Chinese", "Belarusian"). */
    boolean nationalityWord(int i) {
        return DEMONYMS.contains(lower(i));
    }

    /** The referent's head word as a mention's (the noun before a preposition's phrase: "the head of the committee"), or -1. */
    int headOf(Referent r) {
        int first = wordAt(r.span().start()), last = wordAt(r.span().end() - 1);
        return first < 0 || last < 0 ? -1 : MentionResolver.head(first, last, this);
    }

    /**
     * A speaker no named entity answered to, headed by a common noun of a body or a document ("the
     * newspaper", "the congressional report").
     */
    boolean keptThing(Referent r) {
        if (r.type() != null) return false;
        int head = headOf(r);
        if (head < 0) return false;
        String noun = lower(head);
        // ("The results also showed … it does describe": a plural is no "it")
        boolean plural = GroupToSpeaker.plural(noun) && !noun.equals("news");
        return pos(head) == Upos.NOUN && lexicon.thingNoun(noun) && !plural;
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some");
    private static final Pattern AGE = Pattern.compile("\\d+-year-old");

    String lower(int i) {
        return words.get(i).lower();
    }

    int wordAt(int offset) {
        return doc.wordAt(offset);
    }

    int sentenceAt(int offset) {
        int t = wordAt(offset);
        if (t >= 0) return words.get(t).sentence();
        for (Word w : words) {
            if (w.start() >= offset) return w.sentence();
        }
        return words.isEmpty() ? 0 : words.get(words.size() - 1).sentence();
    }

    /** The noun phrase right before word {@code who} (past a comma) in its sentence, or null: "national-security analysts". */
    Span phraseBefore(int who) {
        int end = who - 1;
        if (end >= 0 && words.get(end).text().equals(",")) end--;
        // ("demonstrators here, who": a place adverb after the noun is no part of it)
        if (end > 0 && (lower(end).equals("here") || lower(end).equals("there")) && pos(end - 1).nominal()) end--;
        int start = end + 1;
        boolean noun = false;
        while (start - 1 >= 0 && end - start < 8 && (phraseWord(start - 1) || conjoined(start - 1))
                && words.get(start - 1).sentence() == words.get(who).sentence()) {
            start--;
            noun |= pos(start).nominal() || lexicon.personNoun(lower(start)); // ("a Republican/ADJ who")
            if (pos(start) == Upos.DET || lexicon.quantifiers().contains(lower(start))) break; // the phrase starts here
        }
        // ("one/PRON Democrat familiar with the talks": a word of quantity the tagger made a pronoun opens the phrase)
        if (start > 0 && start <= end && pos(start - 1) == Upos.PRON && (lower(start - 1).equals("one")
                || lexicon.quantifiers().contains(lower(start - 1))) && words.get(start - 1).sentence() == words.get(who).sentence()) {
            start--;
        }
        if (!noun || start > end) return null;
        return new Span(words.get(start).start(), words.get(end).end());
    }

    /** A word of a plain noun phrase, by its tag ("the Democratic presidential candidate", "a fundraising email"). */
    boolean phraseWord(int i) {
        return PHRASE_TAGS.contains(pos(i));
    }

    private static final Set<Upos> PHRASE_TAGS = EnumSet.of(Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.DET, Upos.NUM);

    /** "and" between two nouns: "analysts and activists". */
    private boolean conjoined(int i) {
        return lower(i).equals("and") && i > 0 && pos(i - 1).nominal();
    }
}
