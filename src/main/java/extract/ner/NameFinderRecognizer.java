package extract.ner;

import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Runs OpenNLP's NameFinderME sentence by sentence over one document at a time. */
final class NameFinderRecognizer implements EntityRecognizer {
    private final NameFinderME finder;

    NameFinderRecognizer(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        List<EntityMention> raw = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text();
            for (Span span : finder.find(words)) {
                EntityType type;
                try {
                    type = EntityType.fromLabel(span.getType());
                } catch (IllegalArgumentException e) {
                    continue; // a type this project does not use
                }
                int start = tokens.get(span.getStart()).start();
                int end = tokens.get(span.getEnd() - 1).end();
                String surface = text.substring(start, end);
                raw.add(new EntityMention(start, end, type, surface, surface));
            }
        }
        finder.clearAdaptiveData();
        return Canonicalizer.canonicalize(raw);
    }
}
