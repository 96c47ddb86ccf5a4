package extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A Markdown article (*.md, *.markdown) as the words a reader sees: "**Ann Lee**" is "Ann Lee", a link
 * is its text, an image nothing, a heading, list item or block quote its words, with a blank line
 * between blocks. A block's lines stay lines, as in a plain text (many "Markdown" files are plain
 * text with one paragraph a line); hard-wrapped ones are joined as a plain text's are
 * ({@link HardWraps}). Offsets count in this text.
 */
public final class MarkdownText {
    /** Made on first use: a batch without Markdown never loads the parser. */
    private static final class Holder {
        static final Parser PARSER = Parser.builder().build();
        static final TextContentRenderer RENDERER = TextContentRenderer.builder()
                .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();
    }

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+(?=\\n|$)");

    private MarkdownText() {}

    public static boolean isMarkdown(String label) {
        String name = FileNames.unpacked(label);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    public static String of(String markdown) {
        Node doc = Holder.PARSER.parse(markdown);
        List<Node> changes = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                changes.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                changes.add(image);
            }

            @Override
            public void visit(BlockQuote quote) {
                changes.add(quote);
                visitChildren(quote);
            }
        });
        for (Node n : changes) {
            if (!(n instanceof Image)) {
                // the renderer would write a link as "text" (url) and quote a block quote in «»: keep the words only
                for (Node child = n.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    n.insertBefore(child);
                    child = next;
                }
            }
            n.unlink();
        }
        return TRAILING_SPACES.matcher(Holder.RENDERER.render(doc)).replaceAll("").strip(); // where an image stood last
    }
}
