package extract.doc;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.text.Span;
import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typed document every attribution sieve reads: words with their POS tag, lemma, lower-case
 * form, quotation flag, sentence and paragraph; the document's quotations (one table, found by
 * {@link QuoteMarks}); and its named entities. Immutable.
 */
public final class NewsDocument {
    private final String file;
    private final String text;
    private final List<Word> words;
    private final List<SentenceInfo> sentences;
    private final List<Span> quotations;
    private final SpanIndex<Span> quotationIndex;
    private final List<EntityMention> entities;
    private final List<Sentence> tagged;

    /** A sentence: its char span, paragraph and the index range of its words. */
    public record SentenceInfo(Span span, int paragraph, int firstWord, int endWord) {}

    private NewsDocument(String file, String text, List<Word> words, List<SentenceInfo> sentences,
            List<Span> quotations, List<EntityMention> entities, List<Sentence> tagged) {
        this.file = file;
        this.text = text;
        this.words = List.copyOf(words);
        this.sentences = List.copyOf(sentences);
        this.quotations = List.copyOf(quotations);
        this.quotationIndex = new SpanIndex<>(quotations, q -> q);
        this.entities = List.copyOf(entities);
        this.tagged = tagged;
    }

    /** Types an annotated document: finds its quotations and marks the words inside them. */
    public static NewsDocument of(AnnotatedDocument doc, Lemmas lemmas) {
        List<Span> quotes = QuoteMarks.find(doc.text());
        SpanIndex<Span> index = new SpanIndex<>(quotes, q -> q);
        List<Word> words = new ArrayList<>();
        List<SentenceInfo> sentences = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            List<Span> near = index.overlapping(sentence.span());
            int first = words.size();
            for (Token t : sentence.tokens()) {
                String lower = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                boolean quoted = false;
                for (Span q : near) {
                    if (q.start() <= t.start() && t.end() <= q.end()) {
                        quoted = true;
                        break;
                    }
                }
                words.add(new Word(words.size(), t.start(), t.end(), t.text(), lower, lemmas.of(lower), Upos.of(t.pos()),
                        quoted, s, sentence.paragraph()));
            }
            sentences.add(new SentenceInfo(sentence.span(), sentence.paragraph(), first, words.size()));
        }
        return new NewsDocument(doc.file(), doc.text(), words, sentences, quotes, doc.entities(), doc.sentences());
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public Word word(int index) {
        return words.get(index);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public SentenceInfo sentence(int index) {
        return sentences.get(index);
    }

    /** The words of one sentence. */
    public List<Word> wordsOf(int sentence) {
        SentenceInfo s = sentences.get(sentence);
        return words.subList(s.firstWord(), s.endWord());
    }

    public List<Span> quotations() {
        return quotations;
    }

    public List<Span> quotationsOverlapping(Span s) {
        return quotationIndex.overlapping(s);
    }

    /** The span lies wholly inside one quotation. */
    public boolean insideQuotation(Span s) {
        for (Span q : quotationIndex.overlapping(s)) if (q.contains(s)) return true;
        return false;
    }

    /** The sentences as the tagger gave them (for {@link extract.ner.Names}, which reads them in every stage). */
    public List<Sentence> taggedSentences() {
        return tagged;
    }

    public List<EntityMention> entities() {
        return entities;
    }

    /** The type of the named entity that holds the offset, or null (the mentions come in text order). */
    public EntityType entityTypeAt(int offset) {
        for (EntityMention e : entities) {
            if (e.start() > offset) break;
            if (e.end() > offset) return e.type();
        }
        return null;
    }

    /** The index of the word that holds the offset, or -1. */
    public int wordAt(int offset) {
        int lo = 0, hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Word w = words.get(mid);
            if (offset < w.start()) hi = mid - 1;
            else if (offset >= w.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** The index of the last sentence that starts at or before the offset, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The paragraph of the sentence at the offset, or -1 before the first sentence. */
    public int paragraphAt(int offset) {
        int s = sentenceAt(offset);
        return s < 0 ? -1 : sentences.get(s).paragraph();
    }

    /** The index of the first sentence of the paragraph that holds the offset, or -1. */
    public int paragraphStartSentence(int offset) {
        int s = sentenceAt(offset);
        while (s > 0 && sentences.get(s - 1).paragraph() == sentences.get(s).paragraph()) s--;
        return s;
    }
}
