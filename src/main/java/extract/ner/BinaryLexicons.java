package extract.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (see the pom, process-classes): copies a name-finder model with its token tables in
 * their binary form, index included, so that loading the shipped model does not parse 31 MB of
 * text and hash two million tokens on every start. Everything else in the model is copied byte for
 * byte; it stays an OpenNLP model that any {@link TokenTable}-aware reader loads.
 * Usage: {@code BinaryLexicons IN.bin OUT.bin}.
 */
public final class BinaryLexicons {
    private static final String SERIALIZER = TokenTable.Serializer.class.getName();

    private BinaryLexicons() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BinaryLexicons IN.bin OUT.bin");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (InputStream in = Files.newInputStream(Path.of(args[0])); OutputStream o = Files.newOutputStream(tmp)) {
            convert(in, o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies the model from {@code in} to {@code out}, token tables in binary form. */
    static void convert(InputStream in, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) entries.put(e.getName(), zip.readAllBytes());
        }
        byte[] manifestBytes = entries.get("manifest.properties");
        if (manifestBytes == null) throw new IOException("not an OpenNLP model: no manifest.properties");
        Properties manifest = new Properties();
        manifest.load(new ByteArrayInputStream(manifestBytes));
        // Entries are stored, not deflated: the jar compresses the whole file anyway, and inflating
        // it once there is cheaper at start-up than inflating each entry again here.
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] bytes = e.getValue();
                if (SERIALIZER.equals(manifest.getProperty("serializer-class-" + e.getKey())) && !TokenTable.isBinary(bytes)) {
                    ByteArrayOutputStream binary = new ByteArrayOutputStream(bytes.length);
                    TokenTable.parse(bytes).writeBinary(binary);
                    bytes = binary.toByteArray();
                }
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
