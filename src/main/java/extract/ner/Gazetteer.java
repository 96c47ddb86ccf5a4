package extract.ner;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A name list for dictionary features, read from a plain word list like the project's other
 * lexicons (one entry a line, tokens separated by spaces, '#' starts a comment, anything after a
 * tab ignored, so a TSV's first column is the entry), matched case-insensitively. The model stores
 * the file's bytes as they are, so it loads from the jar like any other resource.
 */
public final class Gazetteer extends Dictionary {
    private final byte[] bytes;

    private Gazetteer(byte[] bytes) throws IOException {
        super(false);
        this.bytes = bytes;
        BufferedReader r = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int cut = line.indexOf('#');
            if (cut >= 0) line = line.substring(0, cut);
            cut = line.indexOf('\t');
            if (cut >= 0) line = line.substring(0, cut);
            String entry = line.strip();
            if (!entry.isEmpty()) put(new StringList(entry.split("\\s+")));
        }
    }

    public static Gazetteer read(InputStream in) throws IOException {
        return new Gazetteer(in.readAllBytes());
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
        out.write(bytes); // not closed: it is the model's zip stream
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@link Gazetteer}s in a model; OpenNLP instantiates it by name. */
    public static final class Serializer implements ArtifactSerializer<Gazetteer> {
        @Override
        public Gazetteer create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
