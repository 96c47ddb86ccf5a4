package extract.input;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * HTML character references in a plain-text file ("&ldquo;We won,&rdquo; she said", "it&#8217;s",
 * "AT&amp;T"), as text exported from a feed or a database often holds them: each well-formed one
 * (ending in ";") becomes its character, by jsoup's table of HTML names. As in HTML, "&#147;" and the
 * other numbers 128-159 are windows-1252 characters (“). Anything else stays as written: "R&D", "&c",
 * an unknown name, a number that is no character.
 */
public final class CharacterReferences {
    private static final Pattern REFERENCE = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharacterReferences() {}

    /** The text with its references decoded, how many there were, and the first as written ("&ldquo;"), or null. */
    public record Decoded(String text, int references, String example) {
        /** What to tell the user when any was decoded: offsets then count in the decoded text. */
        public Optional<String> warning() {
            if (references == 0) return Optional.empty();
            return Optional.of(references + " HTML character reference" + (references == 1 ? "" : "s")
                    + " decoded (such as \"" + example + "\"); offsets count in the decoded text");
        }
    }

    public static Decoded decode(String text) {
        if (text.indexOf('&') < 0) return new Decoded(text, 0, null);
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        String example = null;
        while (m.find()) {
            String character = character(m);
            if (character == null) continue;
            out.append(text, last, m.start()).append(character);
            last = m.end();
            count++;
            if (example == null) example = m.group();
        }
        if (count == 0) return new Decoded(text, 0, null);
        return new Decoded(out.append(text, last, text.length()).toString(), count, example);
    }

    private static String character(Matcher m) {
        if (m.group(3) != null) return Entities.isNamedEntity(m.group(3)) ? Entities.getByName(m.group(3)) : null;
        int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        if (cp >= 0x80 && cp <= 0x9F) {
            String c = new String(new byte[] {(byte) cp}, WINDOWS_1252);
            return c.equals("\uFFFD") ? null : c;
        }
        if (cp == 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) return null;
        return Character.toString(cp);
    }
}
