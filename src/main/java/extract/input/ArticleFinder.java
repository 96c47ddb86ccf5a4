package extract.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element (and the sibling blocks) that hold the article of a page by scoring its text,
 * the way Readability does it: every paragraph of text gives its parent and grandparent (less to
 * further ancestors) a score for its length and commas, less its share of link text; an element's
 * class and id add or take away (article-body, story; comment, related, promo); the best element
 * after discounting its link text wins, with the siblings that score near it. Paragraphs may be
 * divs of text or lines with {@code <br>}; a form that wraps the page (ASP.NET) is an ordinary
 * container. Then the furniture inside the article is removed: blocks that are mostly links
 * (menus, share bars, related and trending lists, teaser cards), captions, bios, newsletter boxes.
 *
 * <p>One instance per page and attempt: it keeps the scores of that page.
 */
final class ArticleFinder {
    /** What an attempt may do; when the text found is too short, the next attempt does less. */
    record Attempt(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {}

    static final List<Attempt> ATTEMPTS = List.of(new Attempt(true, true, true), new Attempt(false, true, true),
            new Attempt(false, false, true), new Attempt(false, false, false));

    private static final String JUNK = "script, style, noscript, template, iframe, svg, canvas, button, select, "
            + "input, textarea, option, object, embed, video, audio, map, link, meta, dialog";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none], "
            + "[style~=(?i)visibility:\\s*hidden]";
    private static final String NOT_CONTENT = "nav, aside, footer, [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [role=search], "
            + "[role=banner]";
    private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a", "table",
            "tbody", "thead", "tr", "td", "th");
    /** Containers whose loose text (outside their blocks) forms paragraphs of its own. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "form", "center", "td",
            "blockquote", "li", "span", "font");
    private static final int MIN_PARAGRAPH = 25;
    /** A full stop (closing quotation marks may follow) at the end or before a space: a sentence ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*( |$)");
    /** Parts of an article that are never the article's element itself. */
    private static final Set<String> NEVER_TOP = Set.of("blockquote", "li", "ul", "ol", "dl", "dd", "dt");
    private static final int MAX_LEVELS = 5;
    /** The most text a link line holds besides its link ("Related: ", "SEE MORE: ", " [VIDEO]"). */
    private static final int LINK_LABEL = 12;

    private final ClassHints hints;
    private final Attempt attempt;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The elements that hold a block element (so their text is not one paragraph), found in one pass. */
    private final Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

    ArticleFinder(ClassHints hints, Attempt attempt) {
        this.hints = hints;
        this.attempt = attempt;
    }

    /** The article's blocks in page order, cleaned (the page is changed). */
    List<Element> find(Document doc) {
        Element body = doc.body();
        prepare(body);
        Element top = topCandidate(body);
        List<Element> content = withSiblings(top);
        for (Element e : content) clean(e);
        return content;
    }

    private void prepare(Element body) {
        body.select(JUNK).remove();
        int total = body.text().length();
        for (Element e : body.select(HIDDEN + ", " + NOT_CONTENT)) {
            // Hidden or labelled furniture, unless it holds most of the page: a page saved with a
            // dialog open hides its whole content, and some sites label their story wrongly.
            if (e.parent() != null && e.text().length() <= total / 2) e.remove();
        }
        if (attempt.stripUnlikely()) {
            for (Element e : body.getAllElements()) {
                if (NEVER_UNLIKELY.contains(e.normalName()) || !hints.unlikely(e)) continue;
                if (e.selectFirst("article, [itemprop=articleBody]") != null || quotesPost(e)) continue;
                e.remove();
            }
        }
        findBlockHolders(body);
        for (Element e : body.getAllElements()) {
            if (!CONTAINERS.contains(e.normalName())) continue;
            if (!holdsBlocks.contains(e)) {
                if (e.normalName().equals("div") || e.normalName().equals("center")) e.tagName("p");
            } else {
                wrapLooseText(e);
            }
        }
    }

    /** Marks every element with a block inside, bottom up in one walk (a test per element would be quadratic). */
    private void findBlockHolders(Element body) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.parent() != null
                        && (BlockText.BLOCKS.contains(e.normalName()) || holdsBlocks.contains(e))) {
                    holdsBlocks.add(e.parent());
                }
            }
        }, body);
    }

    /** Text beside blocks ("text<br>text<div>…</div>") becomes paragraphs of its own. */
    private static void wrapLooseText(Element e) {
        List<Node> run = new ArrayList<>();
        for (Node n : new ArrayList<>(e.childNodes())) {
            boolean block = n instanceof Element c && BlockText.BLOCKS.contains(c.normalName());
            if (!block) {
                run.add(n);
                continue;
            }
            wrap(run);
            run.clear();
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) text.append(n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "");
        if (text.toString().isBlank()) return;
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) p.appendChild(n);
    }

    private Element topCandidate(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element p : body.select("p, pre, td")) {
            if (p.normalName().equals("td") && holdsBlocks.contains(p)) continue;
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) continue;
            double score = paragraphScore(p, text);
            Element ancestor = p.parent();
            for (int level = 0; level < MAX_LEVELS && ancestor != null && ancestor != body.parent(); level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - linkDensity(c));
            scores.put(c, s);
            if (top == null || s > scores.get(top)) top = c;
        }
        if (top == null || top == body || top == body.parent()) return body;
        while (NEVER_TOP.contains(top.normalName()) && top.parent() != null && top.parent() != body) top = top.parent();
        scores.putIfAbsent(top, initialScore(top));
        top = commonAncestorOfAlternatives(top, candidates, body);
        top = betterParent(top, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    /** When three or more near-best candidates share an ancestor with the best, the article is that ancestor. */
    private Element commonAncestorOfAlternatives(Element top, List<Element> candidates, Element body) {
        double best = scores.get(top);
        List<Element> alternatives = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && scores.get(c) / best >= 0.75) alternatives.add(c);
        }
        if (alternatives.size() < 3) return top;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int inside = 0;
            for (Element a : alternatives) if (isAncestor(parent, a)) inside++;
            if (inside >= 3) {
                scores.putIfAbsent(parent, initialScore(parent));
                return parent;
            }
        }
        return top;
    }

    /** A parent that scores higher than the best (its text is split over several children) takes its place. */
    private Element betterParent(Element top, Element body) {
        double last = scores.get(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double s = scores.get(parent);
            if (s == null) continue;
            if (s < threshold) break;
            if (s > last) return parent;
            last = s;
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** The best element and those of its siblings that score near it or are paragraphs of plain text. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double score = scores.containsKey(s) ? scores.get(s) : paragraphScore(s);
            if (score + bonus >= threshold) {
                out.add(s);
            } else if (s.normalName().equals("p")) {
                String text = s.text();
                double ld = linkDensity(s);
                if (text.length() > 80 && ld < 0.25
                        || !text.isEmpty() && text.length() <= 80 && ld == 0 && SENTENCE_END.matcher(text).find()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * The score of a sibling whose paragraphs lie too deep to have scored it (an article in
     * sections, each in its own nest of wrappers): its paragraphs' scores at half weight, as a grandparent.
     */
    private double paragraphScore(Element e) {
        double sum = 0;
        for (Element p : e.select("p, pre")) {
            String text = p.text();
            if (text.length() >= MIN_PARAGRAPH) sum += paragraphScore(p, text) / 2;
        }
        return sum * (1 - linkDensity(e));
    }

    private static double paragraphScore(Element p, String text) {
        return (1 + commas(text) + Math.min(text.length() / 100, 3)) * (1 - linkDensity(p));
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private int classWeight(Element e) {
        if (!attempt.weighClasses()) return 0;
        int w = hints.weight(e);
        if (e.attr("itemprop").contains("articleBody")) w += 25;
        return w;
    }

    /** Removes the furniture inside the article element. */
    private void clean(Element root) {
        int total = root.text().length();
        Set<Element> emptied = Collections.newSetFromMap(new IdentityHashMap<>()); // boxes that lost blocks
        root.select("figcaption").remove();
        for (Element e : root.select("figure, header, [itemprop=author], [rel=author]")) {
            if (e != root && e.text().length() < total / 2 && !quotesPost(e)) e.remove();
        }
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null || !hints.furniture.matches(e)) continue;
            if (e.text().length() < total / 2 && !quotesPost(e)) {
                emptied.add(e.parent());
                e.remove();
            }
        }
        removeLinkCards(root);
        removeLinkParagraphs(root);
        if (attempt.cleanConditionally()) {
            List<Element> blocks = root.select("form, fieldset, table, ul, ol, dl, div, section, aside");
            for (int i = blocks.size() - 1; i >= 0; i--) { // inner blocks first
                Element e = blocks.get(i);
                if (e == root || e.parent() == null) continue;
                // A bare wrapper holds what its child held, judged already: only its own class can condemn it.
                boolean wrapper = e.childNodeSize() == 1 && e.childrenSize() == 1;
                if (wrapper ? classWeight(e) < 0 && !quotesPost(e) : isFurniture(e)) {
                    emptied.add(e.parent());
                    e.remove();
                }
            }
        }
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            if (classWeight(h) < 0 || linkDensity(h) > 0.33) h.remove();
        }
        removeOrphanHeadings(root, emptied);
    }

    /** Readability's test for a block to drop from the article, with lists of links dropped as well. */
    private boolean isFurniture(Element e) {
        String tag = e.normalName();
        String text = e.text();
        int length = text.length();
        boolean list = tag.equals("ul") || tag.equals("ol");
        if (!list && length > 0) {
            int listText = 0;
            for (Element l : e.select("ul, ol")) if (l.parent() != null && !isAncestorIn(l, e, "ul, ol")) listText += l.text().length();
            list = listText > 0.9 * length;
        }
        if (tag.equals("table") && isDataTable(e)) return false;
        if (quotesPost(e)) return false;
        if (e.closest("pre, code") != null) return false;
        for (Element a = e.parent(); a != null; a = a.parent()) if (a.normalName().equals("table") && isDataTable(a)) return false;
        int weight = classWeight(e);
        if (weight < 0) return true;
        double ld = linkDensity(e);
        if (list && ld > 0.5) return true;
        if (commas(text) >= 10) return false;
        int p = e.select("p").size();
        int img = e.select("img").size();
        int li = e.select("li").size() - 100;
        int headings = 0;
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) headings += h.text().length();
        double headingDensity = length == 0 ? 0 : (double) headings / length;
        boolean inFigure = e.closest("figure") != null;
        return img > 1 && (double) p / img < 0.5 && !inFigure
                || !list && li > p
                || !list && headingDensity < 0.9 && length < MIN_PARAGRAPH && (img == 0 || img > 2) && !inFigure
                || !list && weight < 25 && ld > 0.2
                || weight >= 25 && ld > 0.5;
    }

    /**
     * An embedded post (tweet, Instagram, Facebook) or other quotation that the article quotes: most
     * of the block's text is in a {@code <blockquote>}. Such blocks carry "social" classes and many
     * links, but they are part of the story.
     */
    private static boolean quotesPost(Element e) {
        int length = e.text().length();
        if (length == 0) return false;
        int quoted = 0;
        for (Element q : e.select("blockquote")) if (!isAncestorIn(q, e, "blockquote")) quoted += q.text().length();
        return quoted >= 0.6 * length;
    }

    /**
     * Pop-up cards inside a paragraph (a hover card on a name, with links to other stories): an
     * inline element of three links or more and little else. Inner ones first, so that the link
     * the card hangs on stays.
     */
    private static void removeLinkCards(Element root) {
        List<Element> spans = root.select("span, small, font");
        for (int i = spans.size() - 1; i >= 0; i--) {
            Element s = spans.get(i);
            if (s.parent() != null && s.select("a").size() >= 3 && linkDensity(s) >= 0.8) s.remove();
        }
    }

    /**
     * Paragraphs that are one link, perhaps with a label (a "READ MORE:" teaser line between the
     * article's paragraphs, a list of related stories made of paragraphs), and the short lead-in
     * before them ("You may also like:").
     */
    private static void removeLinkParagraphs(Element root) {
        for (Element p : root.select("p")) {
            if (p == root || p.parent() == null) continue;
            String text = p.text();
            if (text.isEmpty() || p.selectFirst("a") == null || !isLinkLine(p, text)) continue;
            Element before = p.previousElementSibling();
            if (before != null && before.normalName().equals("p") && before.selectFirst("a") == null && isLeadIn(before.text())) {
                before.remove();
            }
            p.remove();
        }
    }

    /**
     * A heading left alone in its box after the box's list or cards were removed ("Trending now"):
     * something was removed from the box, and nothing else in it has text. (A heading followed by nothing within the article proper is
     * kept: articles end sections with images and embeds.)
     */
    private static void removeOrphanHeadings(Element root, Set<Element> emptied) {
        for (Element h : root.select("h2, h3, h4, h5, h6")) {
            Element box = h.parent();
            if (h == root || box == null || box == root || !emptied.contains(box)) continue;
            if (box.text().length() == h.text().length()) h.remove();
        }
    }

    /**
     * A short line of one link and at most a label ("READ MORE: <a>…</a>", "<a>…</a> [VIDEO]"), or
     * links with little else between them (a list of stories written as one paragraph).
     */
    private static boolean isLinkLine(Element p, String text) {
        int links = 0, count = 0;
        for (Element a : p.select("a")) {
            links += a.text().length();
            count++;
        }
        int rest = text.length() - links;
        if (count >= 2 && links >= 0.75 * text.length()) return true;
        return text.length() <= 200 && (links >= 0.9 * text.length() || rest <= LINK_LABEL && links >= MIN_PARAGRAPH);
    }

    /** "You may also like...", "Related:", "More on this" : a short line that announces what follows. */
    private static boolean isLeadIn(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 50) return false;
        return t.endsWith(":") || t.endsWith("...") || t.endsWith("…") || !t.matches("(?s).*[.!?\"”’)]$");
    }

    private static boolean isAncestorIn(Element e, Element stop, String tags) {
        for (Element a = e.parent(); a != null && a != stop; a = a.parent()) if (a.is(tags)) return true;
        return false;
    }

    /** A table of data (not of layout): header cells, a caption, or enough rows and columns. */
    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) return false;
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, th, thead, tfoot, colgroup, col") != null) return true;
        if (table.select("table").size() > 1) return false;
        List<Element> rows = table.select("tr");
        int columns = 0;
        for (Element r : rows) columns = Math.max(columns, r.select("td, th").size());
        if (rows.size() >= 10 || columns > 4) return true;
        return rows.size() * columns > 10;
    }

    /** Share of the element's text that is link text (links to the same page count less). */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) return 0;
        double links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            links += a.text().length() * (href.startsWith("#") ? 0.3 : 1);
        }
        return Math.min(1, links / length);
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\u3001' || c == '\uFF0C' || c == '\uFE50' || c == '\uFE10') n++;
        }
        return n;
    }
}
