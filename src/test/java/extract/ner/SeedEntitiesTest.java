package extract.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import extract.input.SourceText;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.NlpModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a new user sees first: the names in the project's sample article, through the whole
 * annotation stage (tokenizer, shipped model, document rules, canonical names).
 */
class SeedEntitiesTest {
    @Test
    void theSampleArticleNamesItsPeopleOrganizationsAndPlaces() throws IOException {
        Path seeds = Path.of("seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds/ folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no sample article");
        Annotator annotator = new Annotator(NlpModels.load(NerModel.loadDefault()));
        Set<String> found = new HashSet<>();
        for (Path f : files) {
            AnnotatedDocument doc = annotator.annotate(new SourceText(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            for (EntityMention m : doc.entities()) found.add(m.type() + ":" + m.canonical().replace(' ', '_').replace('-', '_').toLowerCase());
        }
        expect(found, EntityType.PERSON, "Xi Jinping", "Kim Jong-un", "Donald Trump", "Moon Jae-in");
        expect(found, EntityType.ORGANIZATION, "Xinhua", "KCNA");
        expect(found, EntityType.LOCATION, "Beijing", "Singapore", "China", "Washington");
    }

    private static void expect(Set<String> found, EntityType type, String... names) {
        for (String n : names) {
            String key = type + ":" + n.replace(' ', '_').replace('-', '_').toLowerCase();
            assertTrue(found.contains(key), key + " not among " + found);
        }
    }
}
