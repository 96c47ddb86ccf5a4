package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headline, byline, published date and site name, from the places publishers put them. */
class PageMetadataTest {
    private static PageMetadata of(String head, String body) {
        return HtmlArticle.read("<html><head>" + head + "</head><body>" + body
                + "<p>The council voted on Tuesday, as expected, to close the bridge.</p></body></html>").metadata();
    }

    @Test
    void openGraphAndArticleTags() {
        PageMetadata m = of("""
                <title>Bridge to close | The Harbour Times</title>
                <meta property="og:title" content="Bridge to close">
                <meta property="og:site_name" content="The Harbour Times">
                <meta property="article:published_time" content="2019-11-19T23:30:00-05:00">
                <meta name="author" content="By Sam Okafor">
                """, "<h1>Bridge to close</h1>");
        assertEquals(Optional.of("Bridge to close"), m.headline());
        assertEquals(Optional.of("Sam Okafor"), m.byline());
        assertEquals(Optional.of(LocalDate.of(2019, 11, 19)), m.published(), "the date as the publisher wrote it");
        assertEquals(Optional.of("The Harbour Times"), m.siteName());
    }

    @Test
    void jsonLdInAGraph() {
        PageMetadata m = of("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Harbour Times Online"},
                  {"@type":"NewsArticle","headline":"Bridge to close","datePublished":"2020-03-02T08:00:00Z",
                   "author":[{"@type":"Person","name":"Sam Okafor"},{"@type":"Person","name":"Lia Chen"}],
                   "publisher":{"@type":"Organization","name":"The Harbour Times"}}]}</script>
                """, "");
        assertEquals(Optional.of(LocalDate.of(2020, 3, 2)), m.published());
        assertEquals(Optional.of("Sam Okafor, Lia Chen"), m.byline());
        assertEquals(Optional.of("The Harbour Times"), m.siteName());
        assertEquals(Optional.of("Bridge to close"), m.headline());
    }

    @Test
    void timeElementAndDublinCore() {
        assertEquals(Optional.of(LocalDate.of(2018, 8, 16)),
                of("", "<time datetime=\"2018-08-16T10:00\">Aug 16</time>").published());
        assertEquals(Optional.of(LocalDate.of(2017, 1, 5)),
                of("<meta name=\"DC.date.issued\" content=\"2017-01-05\">", "").published());
        assertEquals(Optional.of(LocalDate.of(2016, 7, 4)),
                of("<meta name=\"pubdate\" content=\"20160704\">", "").published());
    }

    @Test
    void thePublishedDateComesBeforeTheUpdatedOne() {
        PageMetadata m = of("""
                <meta property="og:updated_time" content="2019-12-01T10:00:00Z">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18"}</script>
                """, "");
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)), m.published());
    }

    @Test
    void brokenJsonLdAndBadDatesAreIgnored() {
        PageMetadata m = of("""
                <script type="application/ld+json">{"headline": "Bridge to close", "datePublished": </script>
                <meta property="article:published_time" content="2019-13-45">
                <title>Bridge to close - Harbour Times</title>
                """, "");
        assertEquals(Optional.empty(), m.published());
        assertEquals(Optional.of("Bridge to close"), m.headline(), "the title without the site's name");
        assertEquals(Optional.empty(), m.byline());
    }

    @Test
    void aBylineIsItsNamesWithoutDatesAndHandles() {
        assertEquals("Ann Lee", PageMetadataReader.names("By Ann Lee | November 18, 2019 12:01 PM"));
        assertEquals("Ann Lee", PageMetadataReader.names("Ann Lee @annlee Nov 18, 2019 at 3:00 pm"));
        assertEquals("TOM KRISHER, AP Auto Writer", PageMetadataReader.names("By TOM KRISHER, AP Auto Writer"));
        assertEquals(Optional.of("Ann Lee"), of("", "<div class=\"byline\">By Ann Lee • Updated 2 hours ago</div>").byline());
    }

    @Test
    void plainTextHasNoMetadata() {
        assertEquals(PageMetadata.NONE, new SourceText("a.txt", "text").metadata());
    }
}
