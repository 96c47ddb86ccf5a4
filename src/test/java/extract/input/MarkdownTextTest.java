package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void markupGivesWayToTheWordsAReaderSees() {
        String md = """
                # Council approves budget

                *By Jane Doe* | **Updated** March 4

                The mayor, [John Smith](https://example.com/smith), defended the
                budget on Tuesday. ![a photo](photo.jpg)

                > “We will not back down,” Smith told reporters.

                “It is a promise they cannot keep,” said **Ann Lee**, an economist &amp; author.
                """;
        assertEquals("""
                Council approves budget

                By Jane Doe | Updated March 4

                The mayor, John Smith, defended the
                budget on Tuesday.

                “We will not back down,” Smith told reporters.

                “It is a promise they cannot keep,” said Ann Lee, an economist & author.""", MarkdownText.of(md));
    }

    @Test
    void aPlainTextSavedAsMarkdownKeepsALineAParagraph() {
        assertEquals("Budget\n\nThe council voted.\n“We won,” the mayor said.\n“We lost,” said Ann Lee.",
                MarkdownText.of("Budget\n\nThe council voted.\n“We won,” the mayor said.\n“We lost,” said Ann Lee.\n"));
    }

    @Test
    void onlyMarkdownFilesAreReadAsMarkdown() {
        assertTrue(MarkdownText.isMarkdown("notes/story.md"));
        assertTrue(MarkdownText.isMarkdown("STORY.MARKDOWN"));
        assertTrue(MarkdownText.isMarkdown("story.md.gz"));
        assertFalse(MarkdownText.isMarkdown("story.txt"));
        assertFalse(MarkdownText.isMarkdown("-"));
    }
}
