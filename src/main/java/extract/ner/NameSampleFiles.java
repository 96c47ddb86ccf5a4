package extract.ner;

import extract.text.ModelText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;

/**
 * Reads files in OpenNLP's name-sample format (one sentence a line, {@code <START:type> ... <END>},
 * an empty line between documents) as one stream. A new file always starts a new document.
 * Tokens are shown as the models see text at run time: typographic quotes and apostrophes as ASCII
 * ({@link ModelText}), so curly “ ” in a corpus mean the same as straight ones.
 */
public final class NameSampleFiles implements ObjectStream<NameSample> {
    private final List<Path> files;
    private int index = -1;
    private ObjectStream<NameSample> current;
    private boolean fileStart;

    private NameSampleFiles(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** Checks that every file is readable, then streams them in order. */
    public static NameSampleFiles open(List<Path> files) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IOException(f + ": no such file");
            if (!Files.isReadable(f)) throw new IOException(f + ": not readable");
        }
        return new NameSampleFiles(files);
    }

    /** All samples of the files, split into documents. */
    public static List<List<NameSample>> documents(List<Path> files) throws IOException {
        List<List<NameSample>> docs = new ArrayList<>();
        try (NameSampleFiles in = open(files)) {
            List<NameSample> doc = new ArrayList<>();
            for (NameSample s = in.read(); s != null; s = in.read()) {
                if (s.isClearAdaptiveDataSet() && !doc.isEmpty()) {
                    docs.add(doc);
                    doc = new ArrayList<>();
                }
                doc.add(s);
            }
            if (!doc.isEmpty()) docs.add(doc);
        }
        return docs;
    }

    @Override
    public NameSample read() throws IOException {
        while (true) {
            if (current == null) {
                if (index + 1 >= files.size()) return null;
                index++;
                Path f = files.get(index);
                current = new NameSampleDataStream(new PlainTextByLineStream(
                        new MarkableFileInputStreamFactory(f.toFile()), StandardCharsets.UTF_8));
                fileStart = true;
            }
            NameSample s;
            try {
                s = current.read();
            } catch (IOException | RuntimeException e) {
                throw new IOException(files.get(index) + ": " + e.getMessage(), e);
            }
            if (s == null) {
                current.close();
                current = null;
                continue;
            }
            String[] tokens = s.getSentence().clone();
            for (int i = 0; i < tokens.length; i++) tokens[i] = ModelText.of(tokens[i]);
            boolean newDocument = fileStart || s.isClearAdaptiveDataSet();
            fileStart = false;
            return new NameSample(s.getId(), tokens, s.getNames(), s.getAdditionalContext(), newDocument);
        }
    }

    @Override
    public void reset() throws IOException {
        close();
        index = -1;
    }

    @Override
    public void close() throws IOException {
        if (current != null) current.close();
        current = null;
    }
}
