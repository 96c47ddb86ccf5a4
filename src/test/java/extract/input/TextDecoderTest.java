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

    @Test
    void mostlyValidUtf8StaysUtf8WithTheBadByteReplacedAndWarned() throws InputException {
        byte[] good = "“We will win,” she said. “Soon.” Café.".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, 10);
        b[10] = (byte) 0xFF; // one stray byte in the middle of a UTF-8 file
        System.arraycopy(good, 10, b, 11, good.length - 10);
        TextDecoder.Decoded d = TextDecoder.decode(b);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertFalse(d.fallback());
        assertTrue(d.text().startsWith("“We will") && d.text().contains("\uFFFD") && d.text().endsWith("“Soon.” Café."), d.text());
        assertTrue(d.warning().contains("not valid UTF-8 at byte 10") && d.warning().contains("1 bad byte"), d.warning());
    }

    @Test
    void realWindows1252WithManyAccentsStaysWindows1252() throws InputException {
        byte[] b = "“Déjà vu,” said the café’s owner, naïvely.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(b);
        assertTrue(d.fallback());
        assertEquals("“Déjà vu,” said the café’s owner, naïvely.", d.text());
    }

    @Test
    void aForcedEncodingIsUsedAsIs() throws InputException {
        byte[] b = "Zoë said “hi”.".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded latin = TextDecoder.decode(b, java.util.Optional.of(StandardCharsets.ISO_8859_1));
        assertEquals(new String(b, StandardCharsets.ISO_8859_1), latin.text());
        assertEquals(null, latin.warning());
        byte[] cp = "Zoë".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded forcedUtf8 = TextDecoder.decode(cp, java.util.Optional.of(StandardCharsets.UTF_8));
        assertEquals("Zo\uFFFD", forcedUtf8.text());
        assertTrue(forcedUtf8.warning().contains("1 bad byte"), forcedUtf8.warning());
        assertThrows(IllegalArgumentException.class, () -> TextDecoder.charset("no-such-encoding"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsReadAndNamed() throws InputException {
        String text = "The mayor said “we are ready” on Monday.";
        for (java.nio.charset.Charset cs : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(cs));
            assertEquals(text, d.text());
            assertEquals(cs, d.charset());
            assertTrue(d.warning().contains("without a byte-order mark"), d.warning());
        }
    }
}
