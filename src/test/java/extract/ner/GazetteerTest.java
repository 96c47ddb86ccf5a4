package extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private static final String XML = "<featureGenerators cache=\"true\" name=\"nameFinder\">"
            + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
            + "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
            + "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<int name=\"prevLength\">1</int><int name=\"nextLength\">2</int>"
            + "<generator class=\"extract.ner.GazetteerFeatureGeneratorFactory\">"
            + "<str name=\"dict\">org-words.txt</str><str name=\"prefix\">org</str></generator></generator>"
            + "<generator class=\"extract.ner.GazetteerFeatureGeneratorFactory\">"
            + "<str name=\"dict\">names.tsv</str><str name=\"prefix\">fn</str></generator>"
            + "</featureGenerators>";

    private static Gazetteer read(String text) throws IOException {
        return Gazetteer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAWordListLikeTheOtherLexicons() throws IOException {
        Gazetteer g = read("# a comment\nBank\nNew York   # a place\nkari\tf\n\n");
        assertEquals(3, g.size());
        assertTrue(g.contains(new StringList("bank")), "matched without case");
        assertTrue(g.contains(new StringList("New", "York")));
        assertTrue(g.contains(new StringList("Kari")), "a TSV's first column");
        assertFalse(g.contains(new StringList("f")));
    }

    @Test
    void writesBackTheBytesItRead() throws IOException {
        String text = "Bank\nParty\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Gazetteer.Serializer().serialize(read(text), out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void givesFeaturesWithItsPrefixToTheWordsInTheList(@TempDir Path dir) throws IOException {
        NerTrainerTest.write(dir, "org-words.txt", "Bank\n");
        NerTrainerTest.write(dir, "names.tsv", "kari\tf\n");
        byte[] xml = XML.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> res = NerTrainer.loadResources(xml, NerTrainer.folderResources(dir));
        AdaptiveFeatureGenerator gen = GeneratorFactory.create(new ByteArrayInputStream(xml), res::get);
        String[] toks = "Kari joined Fjord Bank".split(" ");
        List<String> atFjord = new ArrayList<>();
        gen.createFeatures(atFjord, toks, 2, null);
        assertTrue(atFjord.stream().anyMatch(f -> f.startsWith("n1") && f.contains("org:w=dic")), atFjord.toString());
        List<String> atKari = new ArrayList<>();
        gen.createFeatures(atKari, toks, 0, null);
        assertTrue(atKari.contains("fn:w=dic"), atKari.toString());
        assertFalse(atKari.stream().anyMatch(f -> f.contains("org:")), atKari.toString());
    }

    @Test
    void aModelWithGazetteersIsWrittenLoadedAndFindsNames(@TempDir Path dir) throws IOException {
        NerTrainerTest.write(dir, "org-words.txt", "# organisation words\nSteel\nBank\n");
        NerTrainerTest.write(dir, "names.tsv", "anna\tf\ntom\tm\n");
        Path train = NerTrainerTest.write(dir, "train.txt", NerTrainerTest.TRAINING);
        byte[] xml = XML.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> res = NerTrainer.loadResources(xml, NerTrainer.folderResources(dir));
        TokenNameFinderModel model = NerTrainer.train(List.of(train), new TrainingRecipe("PERCEPTRON", 60, 0, xml, res));
        Path out = dir.resolve("gazetteer.bin");
        NerTrainer.write(model, out);
        NerModel loaded = NerModel.load(out); // the lists travel inside the model
        List<Span[]> found = DocumentTagger.modelOnly(loaded.model())
                .tag(List.<String[]>of("Tom Lund works for Nordic Steel .".split(" ")));
        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(4, 6, "organization")}, found.get(0));
    }
}
