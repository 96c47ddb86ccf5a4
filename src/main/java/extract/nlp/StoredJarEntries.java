package extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by Maven after the jar is assembled): rewrites the jar with the named entries
 * stored instead of deflated. The name-finder model is 38 MB once its lexicons are in binary form;
 * inflating it took about 0.1-0.2 s of CPU at every start, reading it stored takes almost none, for
 * a jar about 20 MB larger. Other entries are copied as they are.
 * Usage: {@code StoredJarEntries JAR ENTRY...}.
 */
public final class StoredJarEntries {
    private StoredJarEntries() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StoredJarEntries JAR ENTRY...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Set<String> stored = new HashSet<>(Arrays.asList(args).subList(1, args.length));
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                if (stored.remove(e.getName())) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
            if (!stored.isEmpty()) throw new IOException(jar + ": no entry " + String.join(", ", stored));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
