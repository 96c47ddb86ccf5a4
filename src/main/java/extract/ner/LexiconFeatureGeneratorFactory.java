package extract.ner;

import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Feature XML element for features from a {@link TokenTable}: {@code <generator
 * class="extract.ner.LexiconFeatureGeneratorFactory"><str name="dict">FILE</str>
 * <str name="kind">categories|cluster|phrases</str><str name="prefix">NAME</str></generator>}:
 * a token's gazetteer categories or word cluster ({@link LexiconFeatures}), or gazetteer phrases
 * ({@link PhraseFeatures}). The model stores the table, so it loads with the model.
 */
public final class LexiconFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    /** The longest phrase looked up; the derived gazetteer holds none longer. */
    static final int MAX_PHRASE_TOKENS = 6;

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) return null; // OpenNLP only asking for the serializer mapping
        String name = getStr("dict");
        if (!(resourceManager.getResource(name) instanceof TokenTable table)) {
            throw new InvalidFormatException("no token table resource " + name);
        }
        String prefix = getStr("prefix", name);
        return switch (getStr("kind", "categories").toLowerCase(Locale.ROOT)) {
            case "categories" -> new LexiconFeatures(table, prefix, LexiconFeatures.Kind.CATEGORIES);
            case "cluster" -> new LexiconFeatures(table, prefix, LexiconFeatures.Kind.CLUSTER);
            case "phrases" -> new PhraseFeatures(table, prefix, MAX_PHRASE_TOKENS);
            default -> throw new InvalidFormatException("kind must be categories, cluster or phrases");
        };
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new TokenTable.Serializer());
    }
}
