package extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFeaturesTest {
    private static List<String> features(opennlp.tools.util.featuregen.AdaptiveFeatureGenerator g, String sentence, int index) {
        List<String> out = new ArrayList<>();
        g.createFeatures(out, sentence.split(" "), index, new String[0]);
        return out;
    }

    @Test
    void categoriesAreTheNamedBitsOfTheTokensValue() throws IOException {
        TokenTable t = TokenTableTest.table("#bits\tperson-U person-B location-U\nParis\t5\nAnna\t2\nG0\t4\n");
        LexiconFeatures g = new LexiconFeatures(t, "wg", LexiconFeatures.Kind.CATEGORIES);
        assertEquals(List.of("wg=person-U", "wg=location-U"), features(g, "Anna visited Paris", 2));
        assertEquals(List.of("wg=person-B"), features(g, "Anna visited Paris", 0));
        assertEquals(List.of(), features(g, "Anna visited Paris", 1));
        assertEquals(List.of("wg=location-U"), features(g, "the G7 met", 1), "digits are looked up as 0");
    }

    @Test
    void aClusterGivesItsPathsPrefixes() throws IOException {
        // 0x1b5 is 1 followed by the path 10110101
        TokenTable t = TokenTableTest.table("paris\t1b5\nrome\t5\n");
        LexiconFeatures g = new LexiconFeatures(t, "bc", LexiconFeatures.Kind.CLUSTER);
        assertEquals(List.of("bc4=1011", "bc6=101101"), features(g, "to Paris", 1), "looked up in lower case");
        assertEquals(List.of("bc4=01"), features(g, "Rome", 0), "a short path, leading zero kept");
        assertEquals(List.of(), features(g, "Oslo", 0));
    }

    @Test
    void phrasesMatchLongestFirstAndMarkEachTokensPlace() throws IOException {
        TokenTable t = TokenTableTest.table("#bits\tlocation organization\nNew York\t1\nNew York Times\t2\nYork\t1\nBank of Norway\t2\n");
        PhraseFeatures g = new PhraseFeatures(t, "pg", 6);
        String s = "the New York Times and York and the Bank of Norway";
        assertEquals(List.of(), features(g, s, 0));
        assertEquals(List.of("pg=organization", "pg=organization-B"), features(g, s, 1));
        assertEquals(List.of("pg=organization", "pg=organization-I"), features(g, s, 2));
        assertEquals(List.of("pg=organization", "pg=organization-L"), features(g, s, 3));
        assertEquals(List.of("pg=location", "pg=location-U"), features(g, s, 5));
        assertEquals(List.of("pg=organization", "pg=organization-I"), features(g, s, 9));
        assertEquals(List.of("pg=location", "pg=location-L"), features(g, "in New York", 2), "a new sentence is matched anew");
    }
}
