package extract.nlp;

import extract.input.SourceText;
import extract.ner.EntityRecognizer;
import extract.text.ModelText;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Runs sentence detection, tokenization, POS tagging and name finding over one document.
 * Holds its own *ME taggers, which are not thread-safe: one Annotator per worker thread.
 */
public final class Annotator {
    private final SentenceDetectorME sentences;
    private final WordTokenizer tokenizer;
    private final PosTagger tagger;
    private final EntityRecognizer recognizer; // null: no names
    private final TagRepair tagRepair;
    private final StageClock clock;

    public Annotator(NlpModels models) {
        this(models, StageClock.off());
    }

    /** With a clock that counts each stage's CPU time (the benchmark's profile). */
    public Annotator(NlpModels models, StageClock clock) {
        this.clock = clock;
        this.sentences = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new WordTokenizer(new TokenizerME(models.tokenizerModel()));
        // Universal POS tags, the model's native tag set: the Penn mapping of this UD model only loses detail (SCONJ vs ADP).
        this.tagger = PosTagger.of(models.posModel(), models.posTables(), POSTagFormat.UD);
        this.tagRepair = models.tagRepair();
        this.recognizer = models.nerModel().map(m -> m.newRecognizer()).orElse(null);
    }

    public AnnotatedDocument annotate(SourceText source) {
        String text = source.text();
        String modelText = ModelText.of(text);
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        long t = clock.now();
        for (Paragraphs.Range para : Paragraphs.of(modelText)) {
            String paraText = modelText.substring(para.start(), para.end());
            List<opennlp.tools.util.Span> sentenceSpans = SentenceSplits.of(sentences, paraText);
            t = clock.add(StageClock.Stage.SENTENCES, t);
            for (opennlp.tools.util.Span s : sentenceSpans) {
                int sStart = para.start() + s.getStart();
                String sentText = modelText.substring(sStart, para.start() + s.getEnd());
                opennlp.tools.util.Span[] all = TokenRepair.split(tokenizer.tokenize(sentText), sentText);
                t = clock.add(StageClock.Stage.TOKENS, t);
                for (opennlp.tools.util.Span[] tokSpans : LongSentences.chunks(all, sentText)) {
                    String[] toks = opennlp.tools.util.Span.spansToStrings(tokSpans, sentText);
                    String[] tags = tagger.tag(toks);
                    String[] shown = new String[toks.length];
                    String[] marks = new String[toks.length]; // the article's marks, straight ones turned the way they face
                    for (int i = 0; i < toks.length; i++) {
                        int ts = sStart + tokSpans[i].getStart(), te = sStart + tokSpans[i].getEnd();
                        shown[i] = text.substring(ts, te);
                        marks[i] = shown[i].equals("\"") ? StraightQuotes.facing(text, ts, te) : shown[i];
                    }
                    tagRepair.repair(toks, tags, marks);
                    List<Token> tokens = new ArrayList<>(toks.length);
                    for (int i = 0; i < toks.length; i++) {
                        int ts = sStart + tokSpans[i].getStart();
                        int te = sStart + tokSpans[i].getEnd();
                        tokens.add(new Token(ts, te, shown[i], tags[i]));
                    }
                    out.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), paragraph, tokens));
                    t = clock.add(StageClock.Stage.POS_TAGS, t);
                }
            }
            paragraph++;
        }
        List<EntityMention> entities = recognizer == null ? List.of() : recognizer.recognize(text, out);
        clock.add(StageClock.Stage.NAMES, t);
        return new AnnotatedDocument(source.file(), text, modelText, NameTags.apply(out, entities), entities);
    }
}
