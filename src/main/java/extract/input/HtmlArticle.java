package extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of an HTML page: the headline, then the text blocks (paragraphs, subheads, list
 * items, block quotes) of the article element (or main, or body), one block per paragraph separated
 * by blank lines. Navigation, page furniture, scripts and comments are dropped. Offsets in the
 * output count into this extracted text.
 */
public final class HtmlArticle {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, form, button, select, "
            + "nav, aside, footer, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";

    private HtmlArticle() {}

    /** A page's article text and metadata. */
    public record Page(String text, PageMetadata metadata) {}

    public static String text(String html) {
        return read(html).text();
    }

    public static Page read(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(FURNITURE).remove();
        Element root = firstOf(doc, "article", "main", "[role=main]");
        if (root == null) root = doc.body();
        Element h1 = root.selectFirst("h1");
        if (h1 == null) h1 = doc.selectFirst("h1");
        String headline = h1 != null ? h1.text() : doc.title();
        // Site headers carry logos and menus; the headline was taken above.
        root.select("header").not(":has(h1)").remove();

        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block == h1 || block.select(BLOCKS).size() > 1) continue; // keep the innermost blocks only
            String t = block.text().strip();
            if (!t.isEmpty()) blocks.add(t);
        }
        if (blocks.isEmpty() && !root.text().isBlank()) blocks.add(root.text().strip()); // text without markup
        List<String> parts = new ArrayList<>();
        if (!headline.isBlank()) parts.add(headline.strip());
        parts.addAll(blocks);
        return new Page(String.join("\n\n", parts), PageMetadata.NONE);
    }

    /** Whether the file looks like HTML: by its extension, or (for standard input) by its start. */
    public static boolean looksLikeHtml(String label, String text) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static Element firstOf(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null) return e;
        }
        return null;
    }
}
