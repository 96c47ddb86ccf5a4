package extract.input;

import java.util.Locale;

/** What an input's name tells of its kind. */
final class FileNames {
    private FileNames() {}

    /** The name in lower case, without the ".gz" of a compressed file: "page.html.gz" is read as "page.html". */
    static String unpacked(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
