package extract.input;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of a news page: headline, byline, published date and site name, from the places
 * publishers put them: Open Graph and article: tags, Dublin Core (dc.) and other meta tags, JSON-LD
 * (schema.org NewsArticle), {@code <time datetime>} and the page's own h1 and title. Reads the
 * unmodified page.
 */
final class PageMetadataReader {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "dc.date.issued", "dc.date.created", "dc.date",
            "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate", "publish-date",
            "publish_date", "publication_date", "sailthru.date", "parsely-pub-date", "date", "article.published",
            "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time"};
    private static final String[] HEADLINE_META = {"og:title", "twitter:title", "dc.title", "headline", "title"};
    private static final String[] BYLINE_META = {"author", "article:author", "dc.creator", "byl", "sailthru.author",
            "parsely-author", "twitter:creator"};
    private static final String[] SITE_META = {"og:site_name", "application-name", "publisher", "dc.publisher",
            "twitter:site"};
    /** Where a byline's names end: a separator, a handle, a date or time. */
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(\\||•|·|\\s@|\\d)");
    private static final Pattern TRAILING_MONTH = Pattern.compile(
            "(?i)[\\s,]+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?$");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    private PageMetadataReader() {}

    static PageMetadata read(Document doc) {
        JsonLd ld = JsonLd.of(doc.select("script[type=application/ld+json]").stream().map(Element::data).toList());
        Optional<LocalDate> published = published(doc, ld);
        Optional<String> site = meta(doc, SITE_META).filter(s -> !s.startsWith("@") && !s.startsWith("http"))
                .or(() -> ld.nameOf("publisher"));
        Optional<String> byline = byline(doc, ld).map(PageMetadataReader::names);
        return new PageMetadata(headline(doc, ld, site), byline, published, site);
    }

    /**
     * The article's text as the page's JSON-LD gives it ({@code articleBody}), with its paragraphs
     * when it marks them (line breaks or HTML); for pages whose story the browser would build from
     * script data.
     */
    static Optional<String> articleBody(Document doc) {
        JsonLd ld = JsonLd.of(doc.select("script[type=application/ld+json]").stream().map(Element::data).toList());
        return ld.first("articleBody").map(body -> {
            String text = body.contains("<") ? BlockText.of(org.jsoup.Jsoup.parseBodyFragment(body).body()) : body;
            return text.replace("\r\n", "\n").replaceAll("\n\\s*\n\\s*", "\n\n").strip();
        }).filter(t -> !t.isEmpty());
    }

    /** The page's h1 that the title tags also name; else the first h1; else the title tags. */
    private static Optional<String> headline(Document doc, JsonLd ld, Optional<String> site) {
        List<String> titles = new ArrayList<>();
        meta(doc, HEADLINE_META).ifPresent(titles::add);
        ld.first("headline").ifPresent(titles::add);
        if (!doc.title().isBlank()) titles.add(doc.title());
        String firstH1 = null;
        for (Element h1 : doc.select("h1")) {
            String t = h1.text().strip();
            if (t.length() < 3) continue;
            if (firstH1 == null) firstH1 = t;
            String key = key(t);
            for (String title : titles) if (key(title).contains(key)) return Optional.of(t);
        }
        if (firstH1 != null) return Optional.of(firstH1);
        return titles.stream().findFirst().map(t -> withoutSiteName(t, site));
    }

    /** "Headline | Site" and "Headline - Site" lose the site's part. */
    private static String withoutSiteName(String title, Optional<String> site) {
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            int i = title.lastIndexOf(sep);
            if (i <= 0) continue;
            String tail = title.substring(i + sep.length()).strip();
            if (site.map(s -> key(s).equals(key(tail))).orElse(false) || tail.split("\\s+").length <= 3 && i > tail.length()) {
                return title.substring(0, i).strip();
            }
        }
        return title.strip();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Optional<String> byline(Document doc, JsonLd ld) {
        Optional<String> fromLd = ld.nameOf("author");
        if (fromLd.isPresent()) return fromLd;
        Optional<String> m = meta(doc, BYLINE_META).filter(s -> !s.startsWith("http") && !s.startsWith("@"));
        if (m.isPresent()) return m;
        Element e = doc.selectFirst("[itemprop=author], [rel=author], .byline, .author-name, .author");
        if (e != null) {
            String t = e.text().strip().replaceFirst("(?i)^by\\s+", "");
            if (!t.isEmpty() && t.length() <= 100) return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * The names of a byline without what sites print beside them: "By Ann Lee | November 18, 2019"
     * and "Ann Lee @annlee Nov 18, 2019" are "Ann Lee".
     */
    static String names(String byline) {
        String b = byline.strip().replaceFirst("(?i)^by\\s+", "");
        Matcher m = BYLINE_END.matcher(b);
        if (m.find() && m.start() > 0) b = b.substring(0, m.start());
        return TRAILING_MONTH.matcher(b.strip()).replaceFirst("").replaceAll("[\\s,;:|–—-]+$", "").strip();
    }

    private static Optional<LocalDate> published(Document doc, JsonLd ld) {
        for (String name : PUBLISHED_META) {
            if (name.equals("og:updated_time")) {
                // before the updated times: the article's own elements and JSON-LD
                Optional<LocalDate> d = elementsAndLd(doc, ld);
                if (d.isPresent()) return d;
            }
            for (Element m : doc.select("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]")) {
                Optional<LocalDate> d = date(m.attr("content"));
                if (d.isPresent()) return d;
            }
        }
        return elementsAndLd(doc, ld);
    }

    private static Optional<LocalDate> elementsAndLd(Document doc, JsonLd ld) {
        Optional<LocalDate> d = ld.first("datePublished").flatMap(PageMetadataReader::date);
        if (d.isPresent()) return d;
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            d = date(v);
            if (d.isPresent()) return d;
        }
        return ld.first("dateCreated").flatMap(PageMetadataReader::date);
    }

    /** An ISO 8601 date or timestamp, "2019/11/19", "20191119" or an RFC 1123 date; the date as written. */
    static Optional<LocalDate> date(String value) {
        String v = value.strip();
        if (v.isEmpty()) return Optional.empty();
        for (Pattern p : new Pattern[] {ISO_DATE, SLASH_DATE, COMPACT_DATE}) {
            Matcher m = p.matcher(v);
            if (p == ISO_DATE ? m.find() : m.find() && m.start() == 0) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first non-blank content of a meta tag named (property, name or itemprop) as given, case-insensitively. */
    private static Optional<String> meta(Document doc, String[] names) {
        for (String name : names) {
            for (Element m : doc.select("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]")) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
