package extract.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Scores found names against gold ones: a name counts only with the exact span and type. */
public final class NerEvaluator {
    private NerEvaluator() {}

    /** Tags each document of the test data with the tagger and scores the result. */
    public static NerScores evaluate(DocumentTagger tagger, List<List<NameSample>> documents) {
        NerScores.Builder scores = new NerScores.Builder();
        for (List<NameSample> doc : documents) {
            List<String[]> sentences = new ArrayList<>(doc.size());
            for (NameSample s : doc) sentences.add(s.getSentence());
            List<Span[]> found = tagger.tag(sentences);
            for (int i = 0; i < doc.size(); i++) score(doc.get(i).getNames(), found.get(i), scores);
        }
        return scores.build();
    }

    static void score(Span[] gold, Span[] found, NerScores.Builder scores) {
        Set<String> goldSet = new HashSet<>();
        for (Span g : gold) {
            scores.gold(g.getType());
            goldSet.add(key(g));
        }
        for (Span f : found) {
            scores.found(f.getType());
            if (goldSet.remove(key(f))) scores.correct(f.getType());
        }
    }

    private static String key(Span s) {
        return s.getStart() + ":" + s.getEnd() + ":" + s.getType();
    }
}
