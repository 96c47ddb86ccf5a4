package extract.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP's word-cluster dictionary, made safe to store in a model: OpenNLP 2.5's own
 * {@code WordClusterDictionary.serialize} closes the model's zip stream ("Stream closed"), so the
 * model could not be written. This keeps the file's bytes and writes them back without closing.
 */
public final class WordClusters extends WordClusterDictionary {
    private final byte[] bytes;

    private WordClusters(byte[] bytes) throws IOException {
        super(new ByteArrayInputStream(bytes));
        this.bytes = bytes;
    }

    public static WordClusters read(InputStream in) throws IOException {
        return new WordClusters(in.readAllBytes());
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@link WordClusters} in a model; OpenNLP instantiates it by name. */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {
        @Override
        public WordClusters create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(WordClusters artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
