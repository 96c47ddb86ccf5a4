package extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
    static final String TRAINING = String.join("\n",
            "<START:person> Anna Berg <END> met <START:person> Tom Lund <END> in <START:location> Oslo <END> .",
            "<START:person> Tom Lund <END> works for <START:organization> Nordic Steel <END> .",
            "<START:organization> Nordic Steel <END> opened an office in <START:location> Bergen <END> .",
            "The weather in <START:location> Oslo <END> was cold on Monday .",
            "",
            "<START:person> Anna Berg <END> said the deal was good .",
            "Workers at <START:organization> Nordic Steel <END> went home early .",
            "<START:person> Tom Lund <END> flew from <START:location> Bergen <END> to <START:location> Oslo <END> .",
            "It rained all week and nobody went out .") + "\n";

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static TokenNameFinderModel trainSmall(Path dir) throws IOException {
        Path train = write(dir, "train.txt", TRAINING);
        byte[] xml = NerTrainer.defaultFeatures();
        TrainingRecipe recipe = new TrainingRecipe("PERCEPTRON", 60, 0, xml,
                NerTrainer.loadResources(xml, NerTrainer.modelResources(NerModel.loadDefault().model())));
        return NerTrainer.train(List.of(train), recipe);
    }

    @Test
    void aSmallModelGivesItsTrainingSentencesBack(@TempDir Path dir) throws IOException {
        TokenNameFinderModel model = trainSmall(dir);
        DocumentTagger tagger = DocumentTagger.modelOnly(model);
        for (List<NameSample> doc : NameSampleFiles.documents(List.of(dir.resolve("train.txt")))) {
            List<String[]> sentences = new ArrayList<>();
            for (NameSample s : doc) sentences.add(s.getSentence());
            List<Span[]> found = tagger.tag(sentences);
            for (int i = 0; i < doc.size(); i++) {
                assertArrayEquals(doc.get(i).getNames(), found.get(i), String.join(" ", sentences.get(i)));
            }
        }
    }

    @Test
    void theWrittenModelLoadsAndFindsNames(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub").resolve("small.bin");
        NerTrainer.write(trainSmall(dir), out);
        NerModel loaded = NerModel.load(out);
        List<Span[]> found = DocumentTagger.modelOnly(loaded.model())
                .tag(List.<String[]>of("Tom Lund works for Nordic Steel .".split(" ")));
        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(4, 6, "organization")}, found.get(0));
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void eachFileStartsANewDocumentAndQuotesAreAscii(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.txt", "<START:person> Anna Berg <END> said “ yes ” .\nShe left .\n");
        Path b = write(dir, "b.txt", "\n\nTom\u2019s car .\n\nA second document .\n");
        List<List<NameSample>> docs = NameSampleFiles.documents(List.of(a, b));
        assertEquals(3, docs.size());
        assertEquals(2, docs.get(0).size());
        assertEquals("\"", docs.get(0).get(0).getSentence()[3]);
        assertEquals("Tom's", docs.get(1).get(0).getSentence()[0]);
        assertTrue(docs.get(1).get(0).isClearAdaptiveDataSet());
    }

    @Test
    void aMissingTrainingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> NameSampleFiles.open(List.of(missing)));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }

    @Test
    void aModelWithWordClustersCanBeWrittenAndLoaded(@TempDir Path dir) throws IOException {
        Path train = write(dir, "train.txt", TRAINING);
        write(dir, "my-clusters.txt", "Oslo 1\nBergen 1\nAnna 2\nTom 2\nsaid 3\n");
        byte[] xml = ("<featureGenerators cache=\"true\" name=\"nameFinder\">"
                + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
                + "<generator class=\"opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory\">"
                + "<str name=\"dict\">my-clusters.txt</str><bool name=\"lowerCase\">false</bool></generator>"
                + "</featureGenerators>").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> res = NerTrainer.loadResources(xml, NerTrainer.folderResources(dir));
        TokenNameFinderModel model = NerTrainer.train(List.of(train), new TrainingRecipe("PERCEPTRON", 30, 0, xml, res));
        Path out = dir.resolve("clusters.bin");
        NerTrainer.write(model, out);
        NerModel loaded = NerModel.load(out);
        List<Span[]> found = DocumentTagger.modelOnly(loaded.model()).tag(List.<String[]>of("Tom flew to Bergen .".split(" ")));
        assertEquals("location", found.get(0)[found.get(0).length - 1].getType());
    }
}
