package extract.ner;

import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.text.ModelText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/** Runs the {@link DocumentTagger} over one annotated document and maps its names to text spans. */
final class NameFinderRecognizer implements EntityRecognizer {
    private final DocumentTagger tagger;
    private final NameLexicon lexicon;

    NameFinderRecognizer(DocumentTagger tagger, NameLexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        // the model was trained on ASCII quotes and apostrophes: show it the tokens that way
        String modelText = ModelText.of(text);
        List<NerTokens> tokens = new ArrayList<>(sentences.size());
        List<String[]> words = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            NerTokens t = NerTokens.of(modelText, s);
            tokens.add(t);
            words.add(t.words());
        }
        List<Span[]> names = tagger.tag(words);
        List<EntityMention> raw = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            NerTokens t = tokens.get(i);
            for (Span span : names.get(i)) {
                EntityType type;
                try {
                    type = EntityType.fromLabel(span.getType());
                } catch (IllegalArgumentException e) {
                    continue; // a model trained with a type this project does not use
                }
                int first = firstNameWord(t.words(), span);
                if (first < 0) continue; // "The" alone
                int start = t.starts()[first];
                int end = t.ends()[span.getEnd() - 1];
                // ("Cheers, Ms. Yellen  The Federal Reserve chairwoman": a heading run into the text ends at
                // the double space; no name spans a gap that wide)
                for (int w = first + 1; w < span.getEnd(); w++) {
                    if (t.starts()[w] - t.ends()[w - 1] >= 2) {
                        end = t.ends()[w - 1];
                        break;
                    }
                }
                String surface = text.substring(start, end);
                raw.add(new EntityMention(start, end, type, surface, surface));
            }
        }
        return new Names(text, sentences, raw, lexicon).canonicalize();
    }

    /**
     * The first word of a found name that is no function word: the model sometimes takes in the
     * capitalised word opening the sentence ("As BuzzFeed News reported", "Despite Cruz's win", "A Fox
     * News poll"), which is never part of a name; -1 when the name has no other word.
     */
    private int firstNameWord(String[] words, Span span) {
        int first = span.getStart();
        while (first < span.getEnd() && lexicon.functionWords().contains(words[first].toLowerCase(Locale.ROOT))) first++;
        return first < span.getEnd() ? first : -1;
    }
}
