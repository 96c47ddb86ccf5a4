package extract.input;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Text that was UTF-8 once and was read as windows-1252 (or Latin-1) on its way to us, then saved
 * again: "â€œWe won,â€ she said" for "“We won,” she said", "cafÃ©" for "café". Scraped batches are full
 * of it, and a quotation whose marks are "â€œ" is no quotation to the finder. Each run of characters
 * whose windows-1252 bytes form one UTF-8 sequence becomes the character it spelt, when that
 * character is a plausible one for such text: a Latin-1 or Latin Extended-A letter or sign (two
 * bytes), general punctuation, currency or letter-like signs (three bytes: quotation marks, dashes,
 * "…", "€", "™"), or an emoji (four bytes). A right double quotation mark whose last byte was lost
 * (0x9D has no windows-1252 character: "â€" alone, or "â€" and U+FFFD) is mended too. Anything else stays as written:
 * "café", "naïve" and "£5" hold no such run, and a capital letter that ends a word before a closing
 * quotation mark ("CAFÉ”") is left alone though its two characters happen to spell a UTF-8 sequence.
 */
public final class Mojibake {
    /** windows-1252 byte of each character of 0x80-0x9F that is not the byte itself ("€" is 0x80). */
    private static final Map<Character, Integer> SPECIALS = specials();

    private Mojibake() {}

    /** The repaired text, how many sequences were mended, and the first of them as written ("â€œ"), or null. */
    public record Repaired(String text, int sequences, String example) {
        /** What to tell the user when anything was mended: offsets then count in the mended text. */
        public Optional<String> warning() {
            if (sequences == 0) return Optional.empty();
            return Optional.of(sequences + " garbled character" + (sequences == 1 ? "" : "s")
                    + " mended (UTF-8 once read as windows-1252, such as \"" + example + "\"); offsets count in the mended text");
        }
    }

    public static Repaired repair(String text) {
        if (!mayHold(text)) return new Repaired(text, 0, null);
        StringBuilder out = new StringBuilder(text.length());
        int mended = 0;
        String example = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lead = byteOf(text.charAt(i));
            int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            int cp = need == 1 ? lead & 0x1F : need == 2 ? lead & 0x0F : lead & 0x07;
            int k = 1;
            while (need > 0 && k <= need && i + k < n) {
                int b = byteOf(text.charAt(i + k));
                if (b < 0x80 || b > 0xBF) break;
                cp = cp << 6 | b & 0x3F;
                k++;
            }
            int length = need > 0 && k == need + 1 ? k : 0;
            boolean lost = length == 0 && lead == 0xE2 && k == 2 && byteOf(text.charAt(i + 1)) == 0x80;
            if (lost) { // "â€" and a lost 0x9D (or U+FFFD for it): the right double quotation mark
                cp = 0x201D;
                length = i + 2 < n && text.charAt(i + 2) == '\uFFFD' ? 3 : 2;
            }
            if (lost || length > 0 && plausible(cp, length, text, i)) {
                if (cp != 0xFEFF) out.appendCodePoint(cp); // a byte-order mark read as "ï»¿" means nothing
                if (example == null) example = text.substring(i, i + length);
                mended++;
                i += length;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return mended == 0 ? new Repaired(text, 0, null) : new Repaired(out.toString(), mended, example);
    }

    /** A character a UTF-8 lead byte can stand for (0xC2-0xF4) is in the text: the quick way out for clean text. */
    private static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) return true;
        }
        return false;
    }

    private static boolean plausible(int cp, int length, String text, int at) {
        switch (length) {
            case 2:
                if (cp < 0xA0 || cp > 0x17F) return false;
                // "CAFÉ”": a capital ending a word, then a closing mark or dash, is more likely what it looks like
                int second = byteOf(text.charAt(at + 1));
                boolean mark = second == 0x85 || second >= 0x91 && second <= 0x97;
                return !(mark && at > 0 && Character.isLetter(text.charAt(at - 1)));
            case 3:
                return cp >= 0x2000 && cp <= 0x215F || cp == 0xFEFF;
            default:
                return cp >= 0x1F000 && cp <= 0x1FAFF;
        }
    }

    /** The windows-1252 (or Latin-1, for its C1 controls) byte a character was read from, else -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) return c;
        Integer b = SPECIALS.get(c);
        return b == null ? -1 : b;
    }

    private static Map<Character, Integer> specials() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Integer> map = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c != b && c != '\uFFFD') map.put(c, b);
        }
        return Map.copyOf(map);
    }
}
