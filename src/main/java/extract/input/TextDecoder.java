package extract.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text the way scraped batches need it: UTF-8 (a byte-order mark skipped), UTF-16 when it
 * starts with its byte-order mark, otherwise windows-1252 when the bytes are not valid UTF-8 (the
 * usual legacy encoding of web pages, and a superset of Latin-1 for printable text). Bytes with NUL
 * in them are binary, not text.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /** The text and whether it had to fall back from UTF-8 to windows-1252. */
    public record Decoded(String text, boolean fallback) {}

    public static Decoded decode(byte[] b) throws InputException {
        if (startsWith(b, 0xFE, 0xFF)) return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), false);
        if (startsWith(b, 0xFF, 0xFE)) return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), false);
        for (byte x : b) {
            if (x == 0) throw new InputException("binary file (contains NUL bytes), not text");
        }
        int offset = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(b, offset, b.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return new Decoded(text, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, offset, b.length - offset, WINDOWS_1252), true);
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
