package extract.spark;

import extract.api.ArticleText;
import extract.api.UnreadableArticleException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.input.PortableDataStream;

/**
 * The files of a run, read on the executors: which files found in folders are articles (the
 * {@code --glob} patterns, as in the CLI), what the file column calls them (the folder as the user
 * gave it plus the path below it, as in the CLI; else the full path), and their bytes, at most
 * {@code maxBytes} of them.
 */
final class FileArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** An input as given and its fully qualified form ("seeds/" and "file:/home/me/seeds"). */
    record Root(String given, String qualified, boolean folder) implements Serializable {}

    private final List<Root> roots;
    private final List<String> globs;
    private final long maxBytes;
    private transient List<Glob> matchers;

    private record Glob(PathMatcher matcher, boolean wholePath) {}

    FileArticles(List<Root> roots, List<String> globs, long maxBytes) {
        this.roots = List.copyOf(roots);
        this.globs = List.copyOf(globs);
        this.maxBytes = maxBytes;
    }

    /** The article for a file Spark listed, or empty when the file is none (no --glob matches it). */
    Optional<ArticleInput> article(String path, PortableDataStream content) {
        Root root = rootOf(path);
        if (root == null) return Optional.of(input(path, path, content));
        if (!root.folder()) return Optional.of(input(root.given(), path, content)); // named itself: always taken
        String below = path.substring(root.qualified().length()).replaceFirst("^/+", "");
        if (!taken(below)) return Optional.empty();
        String given = root.given().replaceFirst("/+$", "");
        return Optional.of(input(given + "/" + below, path, content));
    }

    private Root rootOf(String path) {
        Root best = null;
        for (Root r : roots) {
            if (path.equals(r.qualified())) return new Root(r.given(), r.qualified(), false); // named itself
            String prefix = r.qualified().endsWith("/") ? r.qualified() : r.qualified() + "/";
            if (r.folder() && path.startsWith(prefix) && (best == null || r.qualified().length() > best.qualified().length())) {
                best = r;
            }
        }
        return best;
    }

    private boolean taken(String below) {
        if (matchers == null) {
            List<Glob> g = new ArrayList<>();
            for (String s : globs) g.add(new Glob(FileSystems.getDefault().getPathMatcher("glob:" + s), s.contains("/")));
            matchers = g;
        }
        Path rel = Path.of(below);
        for (Glob g : matchers) {
            if (g.matcher().matches(g.wholePath() ? rel : rel.getFileName())) return true;
        }
        return false;
    }

    private ArticleInput input(String label, String path, PortableDataStream content) {
        return new ArticleInput() {
            @Override
            public String id() {
                return label;
            }

            @Override
            public ArticleText read() throws UnreadableArticleException {
                byte[] bytes;
                try (DataInputStream in = content.open()) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                } catch (IOException e) {
                    throw new UnreadableArticleException("cannot read (" + e.getMessage() + ")");
                }
                if (bytes.length > maxBytes) {
                    throw new UnreadableArticleException("too large (over " + megabytes(maxBytes) + " MB; see --max-size)");
                }
                return ArticleText.fromBytes(label, bytes, Optional.empty()); // --date applies, else the dateline
            }
        };
    }

    private static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? Long.toString(bytes >> 20) : String.format(Locale.ROOT, "%.2f", bytes / 1048576.0);
    }
}
