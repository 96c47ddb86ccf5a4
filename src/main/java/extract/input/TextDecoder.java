package extract.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text the way scraped batches need it:
 * <ul>
 *   <li>an encoding the user forced ({@code --encoding}), bad bytes replaced and counted;
 *   <li>UTF-16 with its byte-order mark, or without one when the zero bytes show it (ASCII-heavy
 *       UTF-16 has a zero in every other byte);
 *   <li>UTF-8 (a byte-order mark skipped); a file that is mostly valid UTF-8 stays UTF-8 with its few
 *       bad bytes replaced by U+FFFD, since reading it all as windows-1252 would garble every curly
 *       quote ("â€œ");
 *   <li>otherwise windows-1252 (the usual legacy encoding of web pages, a superset of Latin-1 for
 *       printable text), when most non-ASCII bytes are not UTF-8.
 * </ul>
 * Other bytes with NUL in them are binary, not text.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /**
     * The text, the encoding it was read in, and a warning for the user (null when none): a
     * fallback, a missing byte-order mark, bad bytes replaced.
     */
    public record Decoded(String text, Charset charset, String warning) {
        /** Read as windows-1252 because the bytes were not UTF-8. */
        public boolean fallback() {
            return warning != null && charset.equals(WINDOWS_1252);
        }
    }

    public static Decoded decode(byte[] b) throws InputException {
        return decode(b, Optional.empty());
    }

    public static Decoded decode(byte[] b, Optional<Charset> forced) throws InputException {
        if (forced.isPresent()) return forced(b, forced.get());
        if (startsWith(b, 0xFE, 0xFF)) return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
        if (startsWith(b, 0xFF, 0xFE)) return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
        int nul = 0;
        for (byte x : b) if (x == 0) nul++;
        if (nul > 0) {
            Charset utf16 = utf16WithoutMark(b);
            if (utf16 == null) throw new InputException("binary file (contains NUL bytes), not text");
            Strict s = strict(b, 0, utf16);
            return new Decoded(s.text(), utf16, utf16.name() + " without a byte-order mark"
                    + (s.bad() > 0 ? "; " + s.bad() + " bad byte" + plural(s.bad()) + " replaced by U+FFFD" : ""));
        }
        int offset = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Strict utf8 = strict(b, offset, StandardCharsets.UTF_8);
        if (utf8.bad() == 0) return new Decoded(utf8.text(), StandardCharsets.UTF_8, null);
        if (utf8.nonAscii() >= utf8.bad()) {
            return new Decoded(utf8.text(), StandardCharsets.UTF_8, "not valid UTF-8 at byte " + utf8.firstBad() + "; "
                    + utf8.bad() + " bad byte" + plural(utf8.bad()) + " replaced by U+FFFD (see --encoding)");
        }
        return new Decoded(new String(b, offset, b.length - offset, WINDOWS_1252), WINDOWS_1252,
                "not valid UTF-8; read as windows-1252");
    }

    private static Decoded forced(byte[] b, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Strict s = strict(b, offset, charset);
        String warning = s.bad() == 0 ? null : "not valid " + charset.name() + " at byte " + s.firstBad() + "; "
                + s.bad() + " bad byte" + plural(s.bad()) + " replaced by U+FFFD";
        return new Decoded(s.text(), charset, warning);
    }

    /**
     * UTF-16 without a byte-order mark: text in a Latin script has a zero high byte in nearly every
     * code unit, so zeros crowd one of the two byte positions and almost never the other.
     */
    private static Charset utf16WithoutMark(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < b.length; i += 2) {
            if (b[i] == 0) evenZeros++;
            if (b[i + 1] == 0) oddZeros++;
        }
        int units = b.length / 2;
        if (oddZeros * 10 >= units * 7 && evenZeros * 50 <= units) return StandardCharsets.UTF_16LE;
        if (evenZeros * 10 >= units * 7 && oddZeros * 50 <= units) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Decoded text with bad bytes replaced, how many there were, and how many non-ASCII characters decoded well. */
    private record Strict(String text, int bad, long firstBad, int nonAscii) {}

    private static Strict strict(byte[] b, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) (b.length - offset) * 2 + 16));
        int bad = 0;
        long firstBad = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isOverflow()) throw new IllegalStateException("decode buffer too small"); // sized for the worst case
            if (firstBad < 0) firstBad = in.position();
            bad += r.length();
            in.position(in.position() + r.length());
            out.put('\uFFFD');
        }
        out.flip();
        String text = out.toString();
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate(c)) nonAscii++;
        }
        return new Strict(text, bad, firstBad, nonAscii);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** The charset of an --encoding NAME. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a known encoding (try UTF-8, windows-1252, ISO-8859-1, UTF-16)");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
