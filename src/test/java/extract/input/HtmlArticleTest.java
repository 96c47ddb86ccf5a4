package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlArticleTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Site name | Mayor opens bridge</title>
            <script>var tracking = "He said “no”";</script><style>p { color: red }</style></head>
            <body>
              <header><a href="/">Logo</a><nav><ul><li>Home</li><li>Politics</li></ul></nav></header>
              <article>
                <h1>Mayor opens   bridge</h1>
                <!-- a comment that says “hidden” -->
                <p>The mayor said, “It is a <b>great</b> day.”</p>
                <p>Traffic<br>resumed at noon.</p>
                <aside><p>Read more: other news</p></aside>
                <blockquote><p>“We waited years,” a resident said.</p></blockquote>
              </article>
              <footer><p>Copyright</p></footer>
            </body></html>
            """;

    @Test
    void keepsHeadlineAndParagraphsInOrder() {
        assertEquals("Mayor opens bridge\n\n"
                + "The mayor said, “It is a great day.”\n\n"
                + "Traffic\nresumed at noon.\n\n"
                + "“We waited years,” a resident said.", HtmlArticle.text(PAGE));
    }

    @Test
    void dropsNavigationScriptsCommentsAndFurniture() {
        String text = HtmlArticle.text(PAGE);
        for (String gone : new String[] {"Home", "Logo", "tracking", "color", "hidden", "Read more", "Copyright"}) {
            assertFalse(text.contains(gone), gone);
        }
    }

    @Test
    void pageWithoutArticleElementUsesBodyAndTitle() {
        String text = HtmlArticle.text("<html><head><title>Budget vote</title></head><body>"
                + "<div><p>First paragraph.</p><p>Second one.</p></div></body></html>");
        assertEquals("Budget vote\n\nFirst paragraph.\n\nSecond one.", text);
    }

    @Test
    void recognisesHtmlByExtensionOrStart() {
        assertTrue(HtmlArticle.looksLikeHtml("page.HTM", "plain"));
        assertTrue(HtmlArticle.looksLikeHtml("-", "  <!doctype html><p>x</p>"));
        assertFalse(HtmlArticle.looksLikeHtml("notes.txt", "He wrote <b>bold</b> text."));
        assertTrue(HtmlArticle.looksLikeHtml("story-7", "\n<p>“We won,” said <b>Ann Lee</b>.</p>\n<p>Then she left.</p>"),
                "an article's body as a CMS exports it: a fragment opening with a known element");
        assertTrue(HtmlArticle.looksLikeHtml("body.txt", "<h1 class=\"title\">Vote</h1><div>Text.</div>"));
        assertFalse(HtmlArticle.looksLikeHtml("notes.txt", "<p> is how HTML opens a paragraph, without closing it"),
                "no element closed: a text about tags");
        assertFalse(HtmlArticle.looksLikeHtml("notes.txt", "<Name> said he would not <go> there.</"), "no HTML element opens it");
    }
}
