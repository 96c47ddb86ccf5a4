package extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTableTest {
    static TokenTable table(String text) throws IOException {
        return TokenTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void looksUpTokensWithTheirValuesAndBitNames() throws IOException {
        TokenTable t = table("#bits\tperson location\nOslo\t2\nAnna\t1\nZürich\t2\nNew York\t3\n");
        assertEquals(List.of("person", "location"), t.bitNames());
        assertEquals(4, t.size());
        assertEquals(2, t.get("Oslo"));
        assertEquals(1, t.get("Anna"));
        assertEquals(2, t.get("Zürich"));
        assertEquals(3, t.get("New York"));
        assertEquals(0, t.get("oslo"), "case-sensitive");
        assertEquals(0, t.get("Bergen"));
        assertEquals(0, t.get(""));
    }

    @Test
    void manyTokensAllFoundAfterTheIndexGrows() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) text.append("w").append(i).append('\t').append(Integer.toHexString(i + 1)).append('\n');
        TokenTable t = table(text.toString());
        for (int i = 0; i < 5000; i++) assertEquals(i + 1, t.get("w" + i));
        assertEquals(0, t.get("w5000"));
    }

    @Test
    void writesWhatItReads() throws IOException {
        String text = "#bits\ta b c\nx\t5\ny\tffffffffffffffff\nCRLF\t1\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table(text).write(out);
        TokenTable again = table(out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "c"), again.bitNames());
        assertEquals(5, again.get("x"));
        assertEquals(-1L, again.get("y"), "all 64 bits");
        assertEquals(1, again.get("CRLF"));
    }

    @Test
    void badLinesAreReportedWithTheirNumber() {
        IOException noTab = assertThrows(IOException.class, () -> table("ok\t1\nno value here\n"));
        assertTrue(noTab.getMessage().contains("line 2"), noTab.getMessage());
        IOException notHex = assertThrows(IOException.class, () -> table("x\tzz\n"));
        assertTrue(notHex.getMessage().contains("hexadecimal"), notHex.getMessage());
        IOException twice = assertThrows(IOException.class, () -> table("x\t1\nx\t2\n"));
        assertTrue(twice.getMessage().contains("duplicate token x"), twice.getMessage());
    }

    @Test
    void theBinaryFormFindsWhatTheTextFormFinds() throws IOException {
        StringBuilder text = new StringBuilder("#bits\tperson place\n");
        for (int i = 0; i < 3000; i++) text.append("tök").append(i).append('\t').append(Long.toHexString(i * 7919L << (i % 50))).append('\n');
        TokenTable plain = table(text.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plain.writeBinary(out);
        TokenTable binary = TokenTable.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(plain.bitNames(), binary.bitNames());
        assertEquals(plain.size(), binary.size());
        for (int i = 0; i < 3100; i++) assertEquals(plain.get("tök" + i), binary.get("tök" + i), "tök" + i);
    }

    @Test
    void aTruncatedBinaryFormIsAnErrorNotAnIndexException() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table("a\t1\nb\t2\n").writeBinary(out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 2);
        IOException e = assertThrows(IOException.class, () -> TokenTable.read(new ByteArrayInputStream(cut)));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }
}
