package extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    private final InputCollector defaults = new InputCollector(InputCollector.DEFAULT_GLOBS);

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    private static List<String> labels(InputCollector.Collected c) {
        return c.inputs().stream().map(Input::label).toList();
    }

    @Test
    void walksFoldersRecursivelyInNameOrderWithDefaultGlobs() throws IOException {
        touch("b.txt");
        touch("a/z.md");
        touch("a/y.html");
        touch("c.pdf");
        touch(".hidden/x.txt");
        touch("d.TEXT.bak");
        InputCollector.Collected c = defaults.collect(List.of(dir.toString()));
        assertEquals(List.of(dir + "/a/y.html", dir + "/a/z.md", dir + "/b.txt"), labels(c));
        assertTrue(c.problems().isEmpty());
    }

    @Test
    void globChoosesFilesInFoldersButNamedFilesAreAlwaysRead() throws IOException {
        touch("a.txt");
        touch("b.news");
        Path named = touch("c.pdf");
        InputCollector.Collected c = new InputCollector(List.of("*.news")).collect(List.of(dir.toString(), named.toString()));
        assertEquals(List.of(dir + "/b.news", named.toString()), labels(c));
    }

    @Test
    void folderWithNothingToReadIsAProblemThatNamesTheDocumentsItHolds() throws IOException {
        touch("sub/a.pdf");
        touch("sub/deeper/b.PDF");
        touch("sub/c.docx");
        touch("sub/logo.png");
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("sub").toString()));
        assertEquals(List.of(), c.inputs());
        assertEquals(List.of(new InputProblem(dir.resolve("sub").toString(),
                "no files matching *.txt, *.text, *.md, *.html, *.htm, *.txt.gz, *.html.gz, *.htm.gz in this folder; it holds "
                        + "1 .docx file and 2 .pdf files, which extract does not read (save them as text or HTML)")), c.problems());
        touch("empty/logo.png");
        assertEquals(List.of(new InputProblem(dir.resolve("empty").toString(),
                "no files matching *.txt, *.text, *.md, *.html, *.htm, *.txt.gz, *.html.gz, *.htm.gz in this folder")),
                defaults.collect(List.of(dir.resolve("empty").toString())).problems(), "an image is no document worth naming");
    }

    @Test
    void aTableIsReadFromFilesOneInputARowAndNeverFromStandardInput() throws IOException {
        Path t = dir.resolve("tables/export.jsonl");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": \"b\", \"text\": \"Two.\"}\n");
        touch("tables/notes.txt");
        InputCollector tables = new InputCollector(ArticleTable.Format.JSON.globs, new ArticleTable(ArticleTable.Columns.DEFAULT));
        InputCollector.Collected c = tables.collect(List.of(dir.resolve("tables").toString(), "-"));
        assertEquals(List.of("a", "b"), labels(c), "a folder gives its tables' rows, not its text files");
        assertEquals(List.of(new InputProblem("-", "--table reads tables from files, not from standard input")), c.problems());
    }

    @Test
    void documentsSkippedBesideArticlesAreANoteNotAFailure() throws IOException {
        Path a = touch("mixed/a.txt");
        touch("mixed/b.pdf");
        touch("mixed/c.pdf");
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("mixed").toString()));
        assertEquals(List.of(a.toString()), labels(c));
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(new InputProblem(dir.resolve("mixed").toString(),
                "skipped 2 .pdf files: extract reads text and HTML (save them as text first)")), c.notes());
    }

    @Test
    void missingPathIsAProblemAndTheRestGoesOn() throws IOException {
        Path a = touch("a.txt");
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("nope.txt").toString(), a.toString()));
        assertEquals(List.of(a.toString()), labels(c));
        assertEquals(List.of(new InputProblem(dir.resolve("nope.txt").toString(), "no such file or folder")), c.problems());
    }

    @Test
    void folderLinkBackToItsParentIsSkippedWithANoteNotAFailure() throws IOException {
        touch("top/a.txt");
        Files.createSymbolicLink(dir.resolve("top/loop"), dir.resolve("top"));
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("top").toString()));
        assertEquals(List.of(dir + "/top/a.txt"), labels(c));
        assertEquals(List.of(), c.problems());
        assertEquals(1, c.notes().size());
        assertEquals(dir + "/top/loop", c.notes().get(0).label());
        assertTrue(c.notes().get(0).reason().contains("link back to the folder"), c.notes().get(0).reason());
    }

    @Test
    void aNamedPipeInAFolderIsSkippedWithANoteSoTheBatchDoesNotBlock() throws Exception {
        touch("top/a.txt");
        Path fifo = dir.resolve("top/feed.txt");
        int rc;
        try {
            rc = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            rc = -1;
        }
        assumeTrue(rc == 0 && Files.exists(fifo), "mkfifo is not available here");
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("top").toString()));
        assertEquals(List.of(dir + "/top/a.txt"), labels(c));
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(new InputProblem(fifo.toString(), "skipped: not a regular file (a named pipe, socket or device)")), c.notes());
    }

    @Test
    void aPipeNamedOnTheCommandLineIsAnInputAsAShellsProcessSubstitutionGivesIt() throws Exception {
        // "extract quotes <(zcat a.txt.gz)" names /dev/fd/63, a link to a pipe that has no real path
        Process p = new ProcessBuilder("cat").start();
        try {
            Path fds = Path.of("/proc/self/fd");
            assumeTrue(Files.isDirectory(fds), "no /proc here");
            Path pipe = null;
            try (var list = Files.list(fds)) {
                for (Path fd : list.toList()) {
                    try {
                        if (Files.readSymbolicLink(fd).toString().startsWith("pipe:")) pipe = fd;
                    } catch (IOException e) {
                        // a descriptor closed meanwhile
                    }
                }
            }
            assumeTrue(pipe != null, "no pipe among this process's descriptors");
            InputCollector.Collected c = defaults.collect(List.of(pipe.toString()));
            assertEquals(List.of(), c.problems());
            assertEquals(List.of(pipe.toString()), labels(c));
        } finally {
            p.destroy();
        }
    }

    @Test
    void brokenLinkIsReported() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("gone.txt").toString()));
        assertEquals("broken symbolic link (points to " + dir.resolve("missing.txt") + ", which does not exist)",
                c.problems().get(0).reason());
    }

    @Test
    void symbolicLinkLoopIsCalledALoopNotABrokenLink() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.txt"), dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("a.txt"));
        InputCollector.Collected c = defaults.collect(List.of(dir.resolve("a.txt").toString()));
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).reason().startsWith("symbolic link loop"), c.problems().get(0).reason());
    }

    @Test
    void unreadableFolderIsReported() throws IOException {
        Path locked = dir.resolve("locked");
        touch("locked/a.txt");
        touch("open.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as a user who reads everything (root)");
            InputCollector.Collected c = defaults.collect(List.of(dir.toString()));
            assertEquals(List.of(dir + "/open.txt"), labels(c));
            assertEquals(new InputProblem(locked.toString(), "cannot read folder: permission denied"), c.problems().get(0));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void sameFileTwiceIsReadOnceAndStdinOnce() throws IOException {
        Path a = touch("a.txt");
        InputCollector.Collected c = defaults.collect(List.of(a.toString(), "-", dir.toString(), "-"));
        assertEquals(List.of(a.toString(), "-"), labels(c));
        assertEquals(List.of(new InputProblem("-", "standard input given more than once")), c.problems());
    }
}
