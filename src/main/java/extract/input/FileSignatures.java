package extract.input;

import extract.text.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Files that are no text, known by their first bytes (a PDF, a Word document, an image): a clear
 * reason instead of "binary file" or, worse, a PDF read as windows-1252. Also names the document
 * extensions a folder walk skips, so that a folder holding only PDFs says so. The table is
 * {@code file-signatures.tsv}.
 */
public final class FileSignatures {
    private static final FileSignatures SHARED = new FileSignatures(WordLists.lines("/extract/input/file-signatures.tsv"));

    private record Signature(byte[] lead, String reason) {}

    private final List<Signature> signatures;
    private final Set<String> documentExtensions;

    FileSignatures(List<String> lines) {
        List<Signature> s = new ArrayList<>();
        Set<String> ext = new TreeSet<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            s.add(new Signature(HexFormat.of().parseHex(p[0].strip()), p[1].strip()));
            for (String e : p[2].strip().split("\\s+")) if (!e.equals("-")) ext.add(e.toLowerCase(Locale.ROOT));
        }
        this.signatures = List.copyOf(s);
        this.documentExtensions = Set.copyOf(ext);
    }

    public static FileSignatures shared() {
        return SHARED;
    }

    /** Why these bytes are no text ("a PDF document, not text or HTML (…)"), when their first bytes tell. */
    public Optional<String> notText(byte[] bytes) {
        for (Signature s : signatures) {
            if (bytes.length >= s.lead().length && Arrays.equals(bytes, 0, s.lead().length, s.lead(), 0, s.lead().length)) {
                return Optional.of(s.reason());
            }
        }
        return Optional.empty();
    }

    /** The file's extension, lower case, when it is one of a document extract cannot read ("pdf", "docx"), else null. */
    public String documentExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return null;
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return documentExtensions.contains(ext) ? ext : null;
    }
}
