package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8IsDecodedAsIs() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode("Café “quoted” 😀".getBytes(StandardCharsets.UTF_8));
        assertEquals("Café “quoted” 😀", d.text());
        assertFalse(d.fallback());
    }

    @Test
    void byteOrderMarkIsSkipped() throws InputException {
        byte[] body = "He said it.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("He said it.", TextDecoder.decode(withBom).text());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws InputException {
        // "Café" and a curly quote in windows-1252: 0xE9 and 0x93 are not valid UTF-8 here.
        byte[] b = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'h', 'i', (byte) 0x94};
        TextDecoder.Decoded d = TextDecoder.decode(b);
        assertTrue(d.fallback());
        assertEquals("Café “hi”", d.text());
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] b = {'%', 'P', 'D', 'F', 0, 1, 2};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(b));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws InputException {
        byte[] b = "\uFEFFShe said “yes”.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("She said “yes”.", TextDecoder.decode(b).text());
    }

    @Test
    void emptyIsEmptyText() throws InputException {
        assertEquals("", TextDecoder.decode(new byte[0]).text());
    }
}
