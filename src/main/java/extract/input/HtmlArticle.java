package extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of an HTML page as text, with the page's metadata: the headline, then the article's
 * blocks (see {@link BlockText}) separated by blank lines. The article is found by
 * {@link ArticleFinder}; when what it finds is too short for an article, it tries again with fewer
 * of its rules, and takes what it finds then if that is at least twice as long; still short, the
 * JSON-LD {@code articleBody} is taken when it is twice as long. Offsets in the output count into
 * this text.
 */
public final class HtmlArticle {
    /** Shorter than this, the text found is probably not the whole article (Readability's threshold). */
    private static final int ARTICLE_CHARS = 500;

    private HtmlArticle() {}

    /** A page's article text (headline first) and its metadata. */
    public record Page(String text, PageMetadata metadata) {}

    public static String text(String html) {
        return read(html).text();
    }

    public static Page read(String html) {
        Document doc = Jsoup.parse(html);
        PageMetadata metadata = PageMetadataReader.read(doc);
        String best = "";
        for (ArticleFinder.Attempt attempt : ArticleFinder.ATTEMPTS) {
            if (attempt != ArticleFinder.ATTEMPTS.get(0)) doc = Jsoup.parse(html); // the attempt before changed the page
            List<Element> content = new ArticleFinder(ClassHints.shared(), attempt).find(doc);
            metadata.headline().ifPresent(h -> dropHeadline(content, h));
            String body = StampLines.without(BlockText.of(content), metadata);
            // A later attempt keeps more of the page, furniture too: it must find much more text to win.
            if (body.length() >= 2 * best.length() && !body.isEmpty()) best = body;
            if (best.length() >= ARTICLE_CHARS) break;
        }
        if (best.length() < ARTICLE_CHARS) {
            // The page holds little text (its story is built by script): JSON-LD may have it.
            String body = PageMetadataReader.articleBody(Jsoup.parse(html)).orElse("");
            if (body.length() >= 2 * best.length() && body.length() > 0) best = body;
        }
        List<String> parts = new ArrayList<>();
        metadata.headline().ifPresent(parts::add);
        if (!best.isBlank()) parts.add(best);
        return new Page(String.join("\n\n", parts), metadata);
    }

    /** The text of the whole page, blocks as paragraphs, no metadata: when the article cannot be found. */
    static Page wholeText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template").remove();
        return new Page(BlockText.of(doc.body()), PageMetadata.NONE);
    }

    /** The headline comes first in the text; its heading inside the article would repeat it. */
    private static void dropHeadline(List<Element> content, String headline) {
        String key = key(headline);
        for (Element root : content) {
            for (Element h : root.select("h1, h2")) {
                if (h != root && key(h.text()).equals(key)) h.remove();
            }
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether the file looks like HTML: by its extension, or by its start: a page's ("<!DOCTYPE html",
     * "<html"), or a fragment's that opens with a known HTML element and closes one ("<p>…</p>", as a
     * CMS export or a table's text column holds an article's body).
     */
    public static boolean looksLikeHtml(String label, String text) {
        String name = FileNames.unpacked(label); // "page.html.gz"
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
        Matcher tag = OPENING_TAG.matcher(head);
        return tag.find() && org.jsoup.parser.Tag.isKnownTag(tag.group(1)) && text.indexOf("</", i) >= 0;
    }

    private static final Pattern OPENING_TAG = Pattern.compile("^<([a-z][a-z0-9]*)[\\s>/]");

}
