package extract.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import extract.ner.NameSampleFiles;
import extract.ner.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast taggers give exactly OpenNLP's output: the same names, types and probabilities as
 * NameFinderME (with its document memory carried from sentence to sentence), and the same tags as
 * POSTaggerME with its beam of 3, on generated sentences and on the NER test corpus when present.
 */
class SameOutputTest {
    private static final Path CORPUS = Path.of("../shared/corpora/ner");
    private static TokenNameFinderModel ner;
    private static POSModel pos;

    @BeforeAll
    static void load() throws IOException {
        ner = NerModel.loadDefault().model();
        try (InputStream in = SameOutputTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            pos = new POSModel(in);
        }
    }

    @Test
    void theShippedModelsTakeTheFastPath() {
        assertTrue(FastNameFinder.of(ner, FastNameFinder.tables(ner)).orElseThrow().cachesWordFeatures());
        assertTrue(GreedyPosTagger.of(pos, POSTagFormat.UD, GreedyPosTagger.tables(pos)).orElseThrow().cachesWordFeatures());
    }

    @Test
    void thePosTablesEvaluateAsTheModel() {
        opennlp.tools.ml.maxent.GISModel model = pos.getArtifact("pos.model");
        assertTrue(GisScores.of(model, new String[] {"w=the"}) != null);
    }

    @Test
    void namesAndTagsAreOpenNlpsOnGeneratedSentences() {
        List<List<String[]>> documents = generated(12, 30);
        int names = sameNames(documents);
        assertTrue(names > 200, names + " names");
        sameTags(documents);
    }

    @Test
    void namesAndTagsAreOpenNlpsOnTheNerTestCorpus() throws IOException {
        List<Path> files = List.of(CORPUS.resolve("uner-pud/test.txt"), CORPUS.resolve("gum/test.txt"));
        assumeTrue(files.stream().allMatch(Files::isRegularFile), "no NER corpus at " + CORPUS);
        List<List<String[]>> documents = new ArrayList<>();
        int sentences = 0;
        for (List<NameSample> doc : NameSampleFiles.documents(files)) {
            List<String[]> d = new ArrayList<>();
            for (NameSample s : doc) d.add(s.getSentence());
            documents.add(d);
            sentences += d.size();
        }
        assertTrue(sentences >= 1000, sentences + " sentences");
        assertTrue(sameNames(documents) > 1000);
        sameTags(documents);
    }

    /** Compares both finders document by document; returns how many names they found. */
    private static int sameNames(List<List<String[]>> documents) {
        NameFinderME slow = new NameFinderME(ner);
        FastNameFinder fast = FastNameFinder.of(ner, FastNameFinder.tables(ner)).orElseThrow();
        int names = 0;
        for (List<String[]> doc : documents) {
            slow.clearAdaptiveData();
            fast.clearAdaptiveData();
            for (String[] sentence : doc) {
                Span[] expected = slow.find(sentence);
                Span[] actual = fast.find(sentence);
                assertArrayEquals(expected, actual, String.join(" ", sentence));
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i].getType(), actual[i].getType());
                    assertEquals(expected[i].getProb(), actual[i].getProb(), 0.0, "probability of " + expected[i]);
                }
                names += expected.length;
            }
        }
        return names;
    }

    private static void sameTags(List<List<String[]>> documents) {
        POSTaggerME slow = new POSTaggerME(pos, POSTagFormat.UD);
        GreedyPosTagger fast = GreedyPosTagger.of(pos, POSTagFormat.UD, GreedyPosTagger.tables(pos)).orElseThrow();
        for (List<String[]> doc : documents) {
            for (String[] sentence : doc) assertArrayEquals(slow.tag(sentence), fast.tag(sentence), String.join(" ", sentence));
        }
    }

    /**
     * News-like sentences made from word lists: names of people, organisations and places in
     * varied positions and casing, numbers, quotes and punctuation, from 1 to 80 tokens.
     */
    static List<List<String[]>> generated(int documents, int sentencesEach) {
        String[] first = {"Maria", "John", "Wei", "Aisha", "Olaf", "Priya", "Carlos", "Ngozi", "Tom", "Elena"};
        String[] last = {"Lindqvist", "Okafor", "Smith", "Zhang", "Fernandez", "Kowalski", "Haddad", "Brown", "Nakamura"};
        String[] orgs = {"the World Bank", "Acme Corp .", "the Ministry of Health", "Reuters", "the United Nations",
            "General Motors", "the Federal Reserve", "Oxfam", "the Senate", "NATO"};
        String[] places = {"Paris", "New York", "Lagos", "the Baltic Sea", "Kyoto", "Buenos Aires", "Texas", "Syria", "Bergen"};
        String[] verbs = {"said", "told", "warned", "announced", "denied", "argued", "wrote", "added", "claimed"};
        String[] filler = {"on Monday", "in a statement", "that the plan would fail", "after the vote", "by 3.5 %",
            "with 1,200 workers", "last year", "\" we will not wait , \"", "( AP )", "according to officials",
            "the", "a", "of", "and", "but", "however", "it", "its", "new", "report", "policy", "talks", "-", ";", "'s"};
        Random random = new Random(14);
        List<List<String[]>> out = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            List<String[]> doc = new ArrayList<>();
            for (int s = 0; s < sentencesEach; s++) {
                List<String> tokens = new ArrayList<>();
                int parts = 1 + random.nextInt(s % 7 == 6 ? 24 : 8);
                for (int p = 0; p < parts; p++) {
                    String piece = switch (random.nextInt(6)) {
                        case 0 -> first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
                        case 1 -> orgs[random.nextInt(orgs.length)];
                        case 2 -> places[random.nextInt(places.length)];
                        case 3 -> verbs[random.nextInt(verbs.length)];
                        default -> filler[random.nextInt(filler.length)];
                    };
                    if (random.nextInt(15) == 0) piece = piece.toUpperCase(java.util.Locale.ROOT);
                    if (random.nextInt(15) == 0) piece = piece.toLowerCase(java.util.Locale.ROOT);
                    for (String t : piece.split(" ")) tokens.add(t);
                }
                if (random.nextBoolean()) tokens.add(".");
                doc.add(tokens.toArray(new String[0]));
            }
            out.add(doc);
        }
        return out;
    }
}
