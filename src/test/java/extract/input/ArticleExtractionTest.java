package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The classes of extraction failure seen on real news pages, each on a small page written for it. */
class ArticleExtractionTest {
    /** Four paragraphs of story with commas and full stops, as news paragraphs have. */
    private static final String STORY = """
            <p>The council voted on Tuesday to close the old harbour bridge, citing cracks in two of its piers, and said repairs would take a year.</p>
            <p>“We had no choice, because the inspectors were clear,” said Mara Vance, the council’s chair, after the vote.</p>
            <p>Shop owners on the waterfront said the closure would cut their trade, and several asked for a ferry to run in the meantime.</p>
            <p>The bridge, built in 1931, carries about 9,000 cars a day, according to the city’s transport office.</p>
            """;

    private static String text(String body) {
        return HtmlArticle.text("<html><head><title>Harbour bridge to close</title></head><body>" + body + "</body></html>");
    }

    private static void assertStory(String text) {
        assertTrue(text.contains("The council voted on Tuesday"), text);
        assertTrue(text.contains("“We had no choice, because the inspectors were clear,” said Mara Vance"), text);
        assertTrue(text.contains("about 9,000 cars a day"), text);
    }

    @Test
    void aBoldLabelOpeningABlockIsALineOfItsOwn() {
        String text = text("<article>" + STORY + """
                <blockquote><strong>Summary</strong> Studies show that the bridge can be mended.</blockquote>
                <p><strong>WASHINGTON</strong> — The ministry said repairs would start soon.</p>
                <p><b>Mara Vance</b> said the ferry would run all year.</p>
                </article>""");
        assertTrue(text.contains("Summary\nStudies show that the bridge"), text);
        assertTrue(text.contains("WASHINGTON — The ministry said"), "a dateline and its dash stay on the line: " + text);
        assertTrue(text.contains("Mara Vance said the ferry"), "a bold name before its verb stays in the sentence: " + text);
    }

    @Test
    void aTeaserArticleBeforeTheStoryIsNotTheStory() {
        String text = text("""
                <article class="card"><h3><a href="/v/1">Video: Mayor visits the harbour</a></h3></article>
                <main></main>
                <div class="article-body">""" + STORY + """
                </div>
                <article class="comment"><p>Great news, finally someone is doing something about that bridge!</p></article>
                """);
        assertStory(text);
        assertFalse(text.contains("Mayor visits"), text);
        assertFalse(text.contains("Great news"), text);
    }

    @Test
    void paragraphsInDivsAndBreaksBeatAMenuOfListItems() {
        String text = text("""
                <div class="topbar"><ul>
                  <li><a href="/a">World news and analysis</a></li><li><a href="/b">Business and the markets today</a></li>
                  <li><a href="/c">Sport results and fixtures</a></li><li><a href="/d">Culture, books and television</a></li>
                </ul></div>
                <div class="entry">
                  <div>The council voted on Tuesday to close the old harbour bridge, citing cracks in two of its piers, and said repairs would take a year.</div>
                  <div>“We had no choice, because the inspectors were clear,” said Mara Vance, the council’s chair, after the vote.</div>
                  <span>Shop owners on the waterfront said the closure would cut their trade.<br><br>The bridge, built in 1931, carries about 9,000 cars a day, according to the city’s transport office.</span>
                </div>
                """);
        assertStory(text);
        assertFalse(text.contains("Sport results"), text);
        assertTrue(text.contains("cut their trade.\n\nThe bridge"), "a blank line between <br><br> paragraphs: " + text);
    }

    @Test
    void aPageInsideOneFormKeepsItsArticle() {
        String text = text("""
                <form method="post" action="./story.aspx" id="aspnetForm">
                  <input type="hidden" name="__VIEWSTATE" value="abc">
                  <div id="header"><a href="/">Home</a> <a href="/news">News</a></div>
                  <div id="story">""" + STORY + """
                  </div>
                </form>
                """);
        assertStory(text);
        assertFalse(text.contains("Home"), text);
    }

    @Test
    void menusShareBarsAndRelatedListsOfLinksAreDropped() {
        String text = text("""
                <div class="wrapper">
                  <div class="share-tools"><ul><li><a href="#fb">Share on Facebook</a></li><li><a href="#tw">Share on Twitter</a></li></ul></div>
                  """ + STORY + """
                  <div class="box"><h4>Trending now</h4><ul>
                    <li><a href="/1">Trump: “This is the best deal ever made”</a></li>
                    <li><a href="/2">Five things to know about the new tax</a></li>
                    <li><a href="/3">Storm closes schools across the region</a></li>
                  </ul></div>
                </div>
                """);
        assertStory(text);
        for (String gone : new String[] {"Share on", "Trending", "best deal", "Five things", "Storm closes"}) {
            assertFalse(text.contains(gone), gone + " in " + text);
        }
    }

    @Test
    void captionsBiosNewslettersAndTeaserCardsInsideTheArticleAreDropped() {
        String text = text("""
                <article><h1>Harbour bridge to close</h1>
                  <figure><img src="b.jpg"><figcaption>The bridge at dusk. Photo: J. Doe</figcaption></figure>
                  """ + STORY + """
                  <div class="video-teaser"><a href="/v/2"><h3>Vance: “I will not resign”</h3></a></div>
                  <p><a href="/more"><strong>READ MORE: CITY BUDGET SHORTFALL GROWS</strong></a></p>
                  <p>Related: <a href="/ferry">Ferry plan rejected by the council</a></p>
                  <p><strong>DON'T MISS</strong></p>
                  <p><a href="/s1">Storm closes schools across the region</a> [INSIGHT]<br>
                     <a href="/s2">Five things to know about the new tax</a> [VIDEO]</p>
                  <div class="newsletter-signup"><p>Get our morning briefing in your inbox, every weekday, free.</p></div>
                  <div class="author-bio"><p>Sam Okafor covers city hall, transport and housing for the paper.</p></div>
                </article>
                """);
        assertStory(text);
        for (String gone : new String[] {"dusk", "I will not resign", "READ MORE", "Ferry plan", "MISS", "Storm closes", "Five things",
                "morning briefing", "covers city hall"}) {
            assertFalse(text.contains(gone), gone + " in " + text);
        }
        assertTrue(text.startsWith("Harbour bridge to close\n\nThe council voted"), "headline once, first: " + text);
    }

    @Test
    void aTableOfTheArticleIsKeptOneRowPerLine() {
        String text = text("<div class=\"story\">" + STORY + """
                <table><tr><th>Bridge</th><th>Built</th><th>Cars a day</th></tr>
                <tr><td>Harbour</td><td>1931</td><td>9,000</td></tr>
                <tr><td>North</td><td>1968</td><td>14,500</td></tr></table></div>
                """);
        assertStory(text);
        assertTrue(text.contains("Bridge | Built | Cars a day\nHarbour | 1931 | 9,000\nNorth | 1968 | 14,500"), text);
    }

    @Test
    void hoverCardsOnNamesAreDroppedButTheNameStays() {
        String text = text("<div class=\"story\">" + STORY.replace("said Mara Vance,", """
                said <span class="card-wrap"><a href="/people/vance">Mara Vance</a><span class="card"><a href="/a">Vance wins vote</a>
                <a href="/b">Vance on the budget</a> <a href="/c">Who is Mara Vance?</a></span></span>,""") + "</div>");
        assertStory(text);
        assertFalse(text.contains("Vance wins vote"), text);
    }

    @Test
    void anEmbeddedPostQuotedByTheArticleIsKept() {
        String text = text("<div class=\"story\">" + STORY + """
                <div class="social-embed"><blockquote class="twitter-tweet"><p>The bridge is closed and my commute just doubled.
                <a href="https://t.co/x">pic.twitter.com/x</a></p>— Ann (@ann) <a href="https://twitter.com/ann/1">November 18, 2019</a></blockquote></div>
                </div>""");
        assertStory(text);
        assertTrue(text.contains("my commute just doubled"), text);
    }

    @Test
    void bylineAndTimeStampLinesAtTheTopAreDropped() {
        String text = text("<div class=\"story\"><p>By Sam Okafor - 11/18/19 11:04 PM EST</p>"
                + "<p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>" + STORY + "</div>");
        assertStory(text);
        assertFalse(text.contains("Okafor"), text);
        assertFalse(text.contains("Updated"), text);
    }

    @Test
    void aShortPageWithoutArticleElementKeepsItsText() {
        assertEquals("Budget vote\n\nFirst paragraph.\n\nSecond one.",
                HtmlArticle.text("<html><head><title>Budget vote</title></head><body>"
                        + "<div><p>First paragraph.</p><p>Second one.</p></div></body></html>"));
    }

    @Test
    void aPageSavedWithADialogOpenKeepsItsHiddenStory() {
        String text = text("""
                <div id="page" aria-hidden="true"><div class="story">""" + STORY + """
                <p hidden>Subscribe now and save half.</p></div></div>
                <div role="dialog"><p>We use cookies to improve your experience.</p></div>
                """);
        assertStory(text);
        assertFalse(text.contains("cookies"), text);
        assertFalse(text.contains("Subscribe"), text);
    }

    @Test
    void aPageBuiltByScriptGivesTheStoryOfItsJsonLd() {
        String text = HtmlArticle.text("""
                <html><head><title>Bridge to close</title><script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Bridge to close",
                 "articleBody": "The council voted on Tuesday to close the old harbour bridge.\\n\\nRepairs will take a year, the council said."}
                </script></head><body><div id="app">Loading…</div></body></html>
                """);
        assertEquals("Bridge to close\n\nThe council voted on Tuesday to close the old harbour bridge.\n\n"
                + "Repairs will take a year, the council said.", text);
    }

    @Test
    void badHtmlGivesBestEffortText() {
        assertEquals("", HtmlArticle.text(""));
        assertTrue(HtmlArticle.text("<p>Unclosed <b>bold <i>and <div>more").contains("Unclosed bold and"));
        // nesting far deeper than any real page: no recursion overflows
        String deep = "<div>".repeat(2_000) + "<p>The council voted on Tuesday, as expected, to close the bridge.</p>";
        assertTrue(HtmlArticle.text(deep).contains("The council voted"));
        String junk = new String(new char[] {0, 1, 2, '<', '>', '&', 0xFFFD, '<', 'p', '>'}) + "x";
        HtmlArticle.text(junk); // no exception
    }
}
