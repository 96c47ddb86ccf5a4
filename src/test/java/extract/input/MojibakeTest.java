package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    /** What a UTF-8 text becomes when something reads its bytes as windows-1252 and saves the result. */
    private static String garbled(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    @Test
    void quotationMarksApostrophesAndAccentsGarbledUpstreamAreMended() {
        String clean = "“We will not back down,” said Mayor José Peña – and he didn’t… Café prices rose 5 € ™ 😀.";
        String garbled = garbled(clean);
        assertEquals(true, garbled.contains("â€œ") && garbled.contains("Ã©"), garbled);
        Mojibake.Repaired r = Mojibake.repair(garbled);
        // windows-1252 has no character for 0x9D, the last byte of "”": Java reads it as U+FFFD
        assertEquals(true, garbled.contains("â€\uFFFD"), garbled);
        assertEquals(clean, r.text());
        assertEquals("â€œ", r.example());
    }

    @Test
    void aRightQuotationMarkWhoseLastByteWasLostOrKeptAsAControlIsMended() {
        assertEquals("“Yes,” she said.", Mojibake.repair("â€œYes,â€ she said.").text());
        assertEquals("“Yes,” she said.", Mojibake.repair("â€œYes,â€\u009d she said.").text());
        assertEquals(2, Mojibake.repair("â€œYes,â€ she said.").sequences());
    }

    @Test
    void cleanTextWithAccentsAndSignsIsLeftAsItIs() {
        for (String clean : new String[] {"A naïve café in Zürich charged £5 for crème brûlée, © 2016.", "“PELÉ” and “CAFÉ—” stay.",
                "São Paulo’s mayor, Ñandú, ÀÉÎ.", "plain ASCII only", ""}) {
            Mojibake.Repaired r = Mojibake.repair(clean);
            assertEquals(clean, r.text());
            assertEquals(0, r.sequences());
            assertNull(r.example());
        }
    }

    @Test
    void aByteOrderMarkReadAsLettersIsDropped() {
        assertEquals("Title", Mojibake.repair("ï»¿Title").text());
    }
}
