package extract.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns command-line arguments (files, folders, "-") into the list of inputs, in a stable order:
 * arguments as given, folder contents sorted by name, recursively. Files named on the command line
 * are always taken; files found in folders only when they match one of the globs. Hidden entries
 * (".name") in folders are skipped. Symbolic links are followed; loops, unreadable folders and
 * missing paths become {@link InputProblem}s, never exceptions, so the rest of the batch goes on.
 * Only paths are held, never file contents.
 */
public final class InputCollector {
    public static final List<String> DEFAULT_GLOBS = List.of("*.txt", "*.text", "*.md", "*.html", "*.htm",
            "*.txt.gz", "*.html.gz", "*.htm.gz");

    private final List<Glob> globs;
    private final List<String> patterns;
    private final ArticleTable table; // null: files are articles; else each file is a table of them

    /** @throws IllegalArgumentException when a glob is malformed */
    public InputCollector(List<String> globs) {
        this(globs, null);
    }

    /** {@code table}: each file is a table of articles, one input a row; null: each file is an article. */
    public InputCollector(List<String> globs, ArticleTable table) {
        this.table = table;
        List<Glob> g = new ArrayList<>();
        for (String s : globs) {
            g.add(new Glob(FileSystems.getDefault().getPathMatcher("glob:" + s), s.contains("/")));
        }
        this.globs = List.copyOf(g);
        this.patterns = List.copyOf(globs);
    }

    /** A pattern with a "/" matches the path below the folder given; one without, the file name. */
    private record Glob(PathMatcher matcher, boolean wholePath) {
        boolean matches(Path root, Path file) {
            return matcher.matches(wholePath ? root.relativize(file) : file.getFileName());
        }
    }

    /**
     * The inputs to read, the arguments that failed, and notes that are no failure (a folder link
     * back to a folder already being read is skipped: its files are read anyway).
     */
    public record Collected(List<Input> inputs, List<InputProblem> problems, List<InputProblem> notes) {
        public Collected(List<Input> inputs, List<InputProblem> problems) {
            this(inputs, problems, List.of());
        }
    }

    public Collected collect(List<String> args) {
        Walk walk = new Walk();
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                // a table is listed by where its rows lie, which a stream cannot give
                if (table != null) walk.problems.add(new InputProblem(arg, "--table reads tables from files, not from standard input"));
                else if (walk.stdinSeen) walk.problems.add(new InputProblem(arg, "standard input given more than once"));
                else walk.inputs.add(Input.stdin());
                walk.stdinSeen = true;
                continue;
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                walk.problems.add(new InputProblem(arg, "not a valid path"));
                continue;
            }
            if (Files.isDirectory(p)) {
                int before = walk.matched + walk.problems.size();
                walk.skippedDocuments.clear();
                walk.folder(p, p, new HashSet<>());
                String documents = walk.skippedDocuments();
                if (walk.matched + walk.problems.size() == before) {
                    walk.problems.add(new InputProblem(arg, "no files matching " + String.join(", ", patterns) + " in this folder"
                            + (documents.isEmpty() ? "" : "; it holds " + documents + ", which extract does not read (save them as text or HTML)")));
                } else if (!documents.isEmpty()) {
                    walk.notes.add(new InputProblem(arg, "skipped " + documents + ": extract reads text and HTML (save them as text first)"));
                }
            } else {
                walk.file(p);
            }
        }
        return new Collected(List.copyOf(walk.inputs), List.copyOf(walk.problems), List.copyOf(walk.notes));
    }

    /** Why a path that does not exist cannot be read: a dangling link, a link loop, or nothing there. */
    static String missing(Path p) {
        if (!Files.isSymbolicLink(p)) return "no such file or folder";
        try {
            p.toRealPath();
            return "no such file or folder";
        } catch (NoSuchFileException e) {
            return "broken symbolic link (points to " + target(p) + ", which does not exist)";
        } catch (IOException e) {
            // ELOOP: the links lead back to themselves
            return "symbolic link loop (" + p + " -> " + target(p) + " leads back to itself)";
        }
    }

    /** The file's real path; for a pipe ("/dev/fd/63" of a shell's {@code <(…)}), which has none, its absolute path. */
    private static Path realPath(Path p) throws IOException {
        try {
            return p.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isRegularFile(p) || Files.isDirectory(p)) throw e;
            return p.toAbsolutePath();
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private final class Walk {
        final List<Input> inputs = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
        final List<InputProblem> notes = new ArrayList<>();
        final Set<Path> seen = new HashSet<>(); // real paths: a file reached twice is read once
        boolean stdinSeen;
        int matched; // files found in folders, counted before duplicates are dropped
        final Map<String, Integer> skippedDocuments = new TreeMap<>(); // "pdf" -> 3: documents in the folder extract cannot read

        /** "3 .pdf files and 1 .docx file", or "" when none. */
        String skippedDocuments() {
            List<String> parts = new ArrayList<>();
            skippedDocuments.forEach((ext, n) -> parts.add(n + " ." + ext + " file" + (n == 1 ? "" : "s")));
            if (parts.size() <= 1) return String.join("", parts);
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }

        void file(Path p) {
            if (!Files.exists(p)) {
                problems.add(new InputProblem(p.toString(), missing(p)));
                return;
            }
            try {
                if (!seen.add(realPath(p))) return;
                if (table != null) {
                    List<Input> rows = table.rows(p);
                    if (rows.isEmpty()) problems.add(new InputProblem(p.toString(), "a table with no rows"));
                    inputs.addAll(rows);
                    return;
                }
            } catch (IOException e) {
                problems.add(new InputProblem(p.toString(), Reasons.of(e)));
                return;
            }
            inputs.add(Input.file(p));
        }

        void folder(Path root, Path dir, Set<Path> ancestors) {
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                problems.add(new InputProblem(dir.toString(), Reasons.of(e)));
                return;
            }
            if (ancestors.contains(real)) {
                // Every file below it is read through the folder it points back to: no failure.
                notes.add(new InputProblem(dir.toString(), "skipped: a link back to the folder " + real + ", which is read already"));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path c : ds) {
                    if (!c.getFileName().toString().startsWith(".")) children.add(c);
                }
            } catch (IOException | SecurityException e) {
                String reason = e instanceof IOException io ? Reasons.of(io) : "permission denied";
                problems.add(new InputProblem(dir.toString(), "cannot read folder: " + reason));
                return;
            }
            children.sort(Comparator.comparing(c -> c.getFileName().toString()));
            ancestors.add(real);
            for (Path c : children) {
                if (Files.isDirectory(c)) {
                    folder(root, c, ancestors);
                } else if (globs.stream().anyMatch(g -> g.matches(root, c))) {
                    if (Files.exists(c) && !Files.isRegularFile(c)) {
                        // a named pipe would block the batch until something writes to it
                        notes.add(new InputProblem(c.toString(), "skipped: not a regular file (a named pipe, socket or device)"));
                        continue;
                    }
                    matched++;
                    file(c);
                } else {
                    String ext = FileSignatures.shared().documentExtension(c.getFileName().toString());
                    if (ext != null) skippedDocuments.merge(ext, 1, Integer::sum);
                }
            }
            ancestors.remove(real);
        }
    }
}
