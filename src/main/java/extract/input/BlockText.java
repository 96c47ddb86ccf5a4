package extract.input;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of HTML elements as a reader sees it: one paragraph per block (paragraph, heading, list
 * item, block quote, div of text), separated by blank lines; a {@code <br>} is a line break; a
 * table row is one line, its cells separated by " | "; white space collapsed except in
 * {@code <pre>}. Iterative (no recursion), so deep nesting cannot overflow the stack.
 */
final class BlockText {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr",
            "center", "details", "summary", "hgroup", "menu", "legend", "body", "html", "dialog", "output");

    private BlockText() {}

    static String of(List<Element> roots) {
        Builder b = new Builder();
        for (Element root : roots) {
            b.paragraphBreak();
            NodeTraversor.traverse(b, root);
            b.paragraphBreak();
        }
        return b.text();
    }

    static String of(Element root) {
        return of(List.of(root));
    }

    private static final class Builder implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreak; // 0 none, 1 line break, 2 blank line
        private boolean pendingSpace;
        private boolean cellOpen; // a cell of this table row was written

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                switch (tag) {
                    case "br" -> {
                        if (pendingBreak == 1 && !out.isEmpty()) paragraphBreak(); // <br><br> ends a paragraph
                        else lineBreak();
                    }
                    case "tr" -> {
                        lineBreak();
                        cellOpen = false;
                    }
                    case "td", "th" -> {
                        if (cellOpen && pendingBreak == 0) {
                            pendingSpace = false;
                            out.append(" | ");
                        }
                    }
                    default -> {
                        if (BLOCKS.contains(tag) && !tag.equals("tbody") && !tag.equals("thead")) paragraphBreak();
                    }
                }
            }
        }

        /**
         * "<strong>Summary</strong> Studies show …": a bold word or two opening its block, with no
         * punctuation of its own and a new sentence after it, is the block's label; a line of its
         * own keeps it out of the sentence ("WASHINGTON —", "Q:" and "Ann Lee said" stay on the line).
         */
        private static boolean leadInLabel(Element e) {
            String tag = e.normalName();
            if (!tag.equals("strong") && !tag.equals("b")) return false;
            Element block = e.parent();
            if (block == null || !BLOCKS.contains(block.normalName()) || e.siblingIndex() > 1) return false;
            Node before = e.previousSibling();
            if (before != null && !(before instanceof TextNode t && t.isBlank())) return false;
            String label = e.text().strip();
            if (label.isEmpty() || label.split("\\s+").length > MAX_LABEL_WORDS || !Character.isLetterOrDigit(label.charAt(label.length() - 1))) {
                return false;
            }
            Node after = e.nextSibling();
            if (!(after instanceof TextNode t)) return false;
            String next = t.text().strip();
            return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0)) && t.text().startsWith(" ");
        }

        private static final int MAX_LABEL_WORDS = 3;

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    cellOpen = cellOpen || pendingBreak == 0 && !out.isEmpty();
                } else if (tag.equals("tr")) {
                    lineBreak();
                    cellOpen = false;
                } else if (BLOCKS.contains(tag)) {
                    paragraphBreak();
                } else if (leadInLabel(e)) {
                    lineBreak();
                }
            }
        }

        private void text(TextNode t) {
            boolean pre = inPre(t);
            String s = pre ? t.getWholeText().replace('\u00A0', ' ') : collapse(t.getWholeText());
            if (s.isEmpty()) return;
            if (!pre && s.isBlank()) {
                pendingSpace = true;
                return;
            }
            if (!pre && Character.isWhitespace(s.charAt(0))) {
                pendingSpace = true;
                s = s.substring(1);
            }
            boolean trailing = !pre && Character.isWhitespace(s.charAt(s.length() - 1));
            if (trailing) s = s.substring(0, s.length() - 1);
            if (!out.isEmpty() && pendingBreak > 0) {
                out.append(pendingBreak == 2 ? "\n\n" : "\n");
            } else if (pendingSpace && !out.isEmpty() && !endsWithSpace()) {
                out.append(' ');
            }
            pendingBreak = 0;
            pendingSpace = trailing;
            out.append(s);
        }

        private boolean endsWithSpace() {
            char c = out.charAt(out.length() - 1);
            return c == ' ' || c == '\n';
        }

        void lineBreak() {
            if (pendingBreak < 1) pendingBreak = 1;
            pendingSpace = false;
        }

        void paragraphBreak() {
            pendingBreak = 2;
            pendingSpace = false;
        }

        String text() {
            // Lines trimmed; runs of blank lines become one.
            StringBuilder clean = new StringBuilder(out.length());
            int blank = 0;
            for (String line : out.toString().split("\n", -1)) {
                String l = line.strip();
                if (l.isEmpty()) {
                    blank++;
                    continue;
                }
                if (!clean.isEmpty()) clean.append(blank > 0 ? "\n\n" : "\n");
                blank = 0;
                clean.append(l);
            }
            return clean.toString();
        }

        private static boolean inPre(TextNode t) {
            for (Node p = t.parent(); p != null; p = p.parent()) {
                if (p instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("textarea"))) return true;
            }
            return false;
        }

        /** Runs of white space (no-break spaces too) become one space. */
        private static String collapse(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    if (!space) b.append(' ');
                    space = true;
                } else {
                    b.append(c);
                    space = false;
                }
            }
            return b.toString();
        }
    }
}
