package extract.ner;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Feature XML element for dictionary features from a {@link Gazetteer}:
 * {@code <generator class="extract.ner.GazetteerFeatureGeneratorFactory"><str name="dict">FILE</str>
 * <str name="prefix">NAME</str></generator>}. Unlike OpenNLP's own dictionary factory it takes a
 * prefix, so several lists give distinct features, and it reads plain word lists.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) return null; // OpenNLP only asking for the serializer mapping
        String name = getStr("dict");
        Object dict = resourceManager.getResource(name);
        if (!(dict instanceof Gazetteer g)) throw new InvalidFormatException("no gazetteer resource " + name);
        return new DictionaryFeatureGenerator(getStr("prefix", name), g);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new Gazetteer.Serializer());
    }
}
