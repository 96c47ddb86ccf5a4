package extract.quotes;

import extract.doc.Hyphens;
import extract.doc.NewsDocument;
import extract.doc.QuoteMarks;
import extract.doc.Upos;
import extract.doc.Word;
import extract.nlp.EntityType;
import extract.text.Span;
import extract.text.TitleCase;
import java.util.List;
import java.util.Set;

/** One sentence of a {@link NewsDocument}, indexed from 0, with the word tests the sieves share. */
final class TokenView {
    private final int sentence;
    private final Span span;
    private final List<Word> words;
    private final CueLexicon lexicon;
    private final String text;
    private final NewsDocument doc;
    private Boolean titleCase; // computed on first use

    TokenView(NewsDocument doc, int sentence, CueLexicon lexicon) {
        this.text = doc.text();
        this.doc = doc;
        this.sentence = sentence;
        this.span = doc.sentence(sentence).span();
        this.words = doc.wordsOf(sentence);
        this.lexicon = lexicon;
    }

    /** A name finder ran over the document and found at least one name. */
    boolean namesFound() {
        return !doc.entities().isEmpty();
    }

    /** The type of the named entity that holds word i, or null. */
    EntityType entityTypeAt(int i) {
        return doc.entityTypeAt(words.get(i).start());
    }

    /** The sentence's index in the document. */
    int index() {
        return sentence;
    }

    Span span() {
        return span;
    }

    /** The document's quotations that overlap the span. */
    List<Span> quotationsOverlapping(Span s) {
        return doc.quotationsOverlapping(s);
    }

    /** The whole document's text (spans count into it). */
    String text() {
        return text;
    }

    int size() {
        return words.size();
    }

    Word token(int i) {
        return words.get(i);
    }

    String lower(int i) {
        return words.get(i).lower();
    }

    /** Words from..to, lower case, joined by single spaces (for looking a phrase up in a word list). */
    String lowerPhrase(int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) phrase.append(i > from ? " " : "").append(lower(i));
        return phrase.toString();
    }

    Upos pos(int i) {
        return words.get(i).pos();
    }

    boolean inQuote(int i) {
        return words.get(i).quoted();
    }

    boolean is(int i, String word) {
        return i >= 0 && i < words.size() && words.get(i).lower().equals(word);
    }

    /** Words i, i + 1, … are these lower-case words ("according to", "the same"). */
    boolean wordsAt(int i, String[] lower) {
        if (i < 0 || i + lower.length > words.size()) return false;
        for (int k = 0; k < lower.length; k++) if (!is(i + k, lower[k])) return false;
        return true;
    }

    boolean isPunct(int i) {
        return words.get(i).punctuation();
    }

    boolean isQuoteMark(int i) {
        String t = words.get(i).text();
        return !t.isEmpty() && QuoteMarks.isMark(t.charAt(0)) && isPunct(i);
    }

    /** Word k closes a quotation whose last word inside is a comma, question or exclamation mark: a frame follows ("“…,” she said"). */
    boolean closesFramedQuotation(int k) {
        return k >= 1 && isQuoteMark(k) && inQuote(k) && (is(k - 1, ",") || is(k - 1, "?") || is(k - 1, "!"));
    }

    boolean isPossessive(int i) {
        return is(i, "'s") || is(i, "'");
    }

    /** Word i is a later part of a hyphenated word ("self-described", "would-be"): no verb of its own. */
    boolean afterHyphen(int i) {
        return !is(i, "-") && Hyphens.gluedToPrevious(words, i);
    }

    /** Word i is the first part of a hyphenated word ("state" of "state-sponsored", "say" of "say-so"). */
    boolean opensCompound(int i) {
        return Hyphens.gluedToPrevious(words, i + 1);
    }

    /** A dash, or a hyphen standing alone between spaces ("scholars - Mr. Tribe and Ms. Epstein - agreed"). */
    boolean isDash(int i) {
        return Hyphens.dash(words, i);
    }

    /** A hyphen written without spaces, joining two parts of one word ("Jong-un"). */
    boolean isJoiningHyphen(int i) {
        return Hyphens.joining(words, i);
    }

    /** A headline in title case ("Sanders Says Trump Is Wrong"), whose tags are unreliable ({@link TitleCase}). */
    boolean titleCase() {
        if (titleCase == null) titleCase = TitleCase.of(words.stream().map(Word::text).toList());
        return titleCase;
    }

    /** Capitalised and not a function word: a name or part of one, whatever the tagger said. */
    boolean nameLike(int i) {
        Word w = words.get(i);
        if (!w.capitalised()) return false;
        Upos p = w.pos();
        if (p == Upos.DET || p == Upos.ADP || p == Upos.PRON || p == Upos.SCONJ || p == Upos.CCONJ || p == Upos.PART) {
            return false;
        }
        // "Similarly, William Bennett, a former secretary, said": an opening adverb set off by its comma
        // ("Howard/ADV, the younger brother of Ron Howard," stays a name)
        if (p == Upos.ADV && i == 0 && w.lower().endsWith("ly") && words.size() > 1 && words.get(1).text().equals(",")) return false;
        return !lexicon.functionWords().contains(w.lower());
    }

    /** Fits inside a noun phrase ("the", "Chinese", "president", "North", "Korea", "'s", "state"). */
    boolean nounPhrasePart(int i) {
        if (inQuote(i)) return false;
        if (nameLike(i) || isPossessive(i) || isJoiningHyphen(i) || (i > 0 && isJoiningHyphen(i - 1))) return true;
        if (i + 1 < size() && isJoiningHyphen(i + 1) && !isPunct(i)) return true; // "now" of "Ford's now-deceased father"
        Upos p = pos(i);
        if (p == Upos.NOUN || p == Upos.PROPN || p == Upos.ADJ || p == Upos.NUM || p == Upos.DET) return !isPunct(i);
        // ("Sources/VERB familiar with the talks say": the tagger reads a noun of people opening a sentence as a verb)
        if (p == Upos.VERB && onlyPunctuationBefore(i) && lexicon.people(lower(i))) return true;
        return p == Upos.PRON && isPossessivePronoun(i);
    }

    /** Only punctuation, no quotation mark, comes before word k in the sentence: k opens it. */
    boolean onlyPunctuationBefore(int k) {
        for (int i = 0; i < k; i++) if (!isPunct(i) || isQuoteMark(i)) return false;
        return true;
    }

    /** "quietly", "sarcastically": a lower-case word in "-ly" of five letters or more, a manner whatever its tag. */
    boolean mannerWord(int i) {
        String t = token(i).text();
        return t.length() > 4 && t.endsWith("ly") && Character.isLowerCase(t.codePointAt(0));
    }

    /** An auxiliary, or a verb that is no "-ing" form: a clause's finite verb ("is", "said", "point"). */
    boolean isFiniteVerb(int i) {
        return pos(i) == Upos.AUX || pos(i) == Upos.VERB && !lower(i).endsWith("ing");
    }

    /** A finite verb starts at word r, perhaps after one adverb, outside quotations: a predicate goes on there. */
    boolean finiteVerbAt(int r) {
        if (r < size() && pos(r) == Upos.ADV) r++;
        return r < size() && !inQuote(r) && isFiniteVerb(r);
    }

    /** "this", "that", "these", "those". */
    boolean isDemonstrative(int i) {
        return DEMONSTRATIVES.contains(lower(i));
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /** "who", "whom", "whose", "which": a word that opens a relative clause and can open no other. */
    boolean isRelativePronoun(int i) {
        return RELATIVE_PRONOUNS.contains(lower(i));
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

    /** "himself", "themselves". */
    boolean isReflexive(int i) {
        return pos(i) == Upos.PRON && (lower(i).endsWith("self") || lower(i).endsWith("selves"));
    }

    /** "his", "their". */
    boolean isPossessivePronoun(int i) {
        return lexicon.possessives().contains(lower(i));
    }

    boolean isVerb(int i) {
        return pos(i).verbal();
    }

    /** The char span of words [from, to). */
    Span span(int from, int to) {
        return new Span(words.get(from).start(), words.get(to - 1).end());
    }
}
