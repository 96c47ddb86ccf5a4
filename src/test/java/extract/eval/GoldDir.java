package extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small gold folder for tests: text/NAME.txt and attributions/NAME_ANNOTATOR.ann, with
 * brat offsets (code points) computed from the phrases, so a test states what is annotated, not
 * where.
 */
final class GoldDir {
    private final Path root;

    GoldDir(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Article article(String name, String text) {
        return new Article(name, text);
    }

    final class Article {
        private final String name;
        private final String text;
        private final List<String> lines = new ArrayList<>();
        private int nextT = 1;
        private int nextE = 1;

        private Article(String name, String text) {
            this.name = name;
            this.text = text;
        }

        /** An attribution; {@code source} null for none; content may be several phrases (a discontinuous span). */
        Article attribution(String source, String cue, String... content) {
            String contentId = entity("Content", content);
            String cueId = entity("Cue", cue);
            String sourceId = source == null ? null : entity("Source", source);
            String trigger = "T" + nextT++;
            String type = source == null ? "Attribution-no-source" : "Attribution";
            lines.add(trigger + "\t" + type + " " + spans(cue) + "\t" + cue);
            lines.add("E" + nextE++ + "\t" + type + ":" + trigger + " Content:" + contentId + " Cue:" + cueId
                    + (sourceId == null ? "" : " Source:" + sourceId));
            return this;
        }

        /** Writes the text and the annotations of one annotator. */
        Article write(String annotator) {
            try {
                Files.createDirectories(root.resolve("text"));
                Files.createDirectories(root.resolve("attributions"));
                Files.writeString(root.resolve("text").resolve(name + ".txt"), text, StandardCharsets.UTF_8);
                Files.writeString(root.resolve("attributions").resolve(name + "_" + annotator + ".ann"),
                        String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private String entity(String type, String... phrases) {
            String id = "T" + nextT++;
            lines.add(id + "\t" + type + " " + spans(phrases) + "\t" + String.join(" ", phrases));
            return id;
        }

        private String spans(String... phrases) {
            List<String> out = new ArrayList<>();
            int from = 0;
            for (String p : phrases) {
                int at = text.indexOf(p, from);
                if (at < 0) throw new IllegalArgumentException("not in text: " + p);
                int start = text.codePointCount(0, at);
                out.add(start + " " + (start + p.codePointCount(0, p.length())));
                from = at + p.length();
            }
            return String.join(";", out);
        }
    }
}
