package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {
    @Test
    void namedNumericAndHexadecimalReferencesBecomeTheirCharacters() {
        CharacterReferences.Decoded d = CharacterReferences.decode(
                "&ldquo;We won,&rdquo; said AT&amp;T&#8217;s chief &#x2014; &quot;again.&quot; &#147;Old feed&#148;");
        assertEquals("“We won,” said AT&T’s chief — \"again.\" “Old feed”", d.text());
        assertEquals(9, d.references());
        assertEquals("&ldquo;", d.example());
    }

    @Test
    void ampersandsThatAreNoReferenceStayAsWritten() {
        for (String text : new String[] {"R&D spending & more", "Johnson&Johnson; &c", "&notaname; &#0; &#55296; &#129; &nbsp without end",
                "no ampersand at all"}) {
            CharacterReferences.Decoded d = CharacterReferences.decode(text);
            assertEquals(text, d.text());
            assertEquals(0, d.references());
            assertNull(d.example());
        }
    }
}
