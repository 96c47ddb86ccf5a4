package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's HTML report in a real browser: headless Chromium loads the page (no network, no
 * script), its DOM shows one highlight per row, and a screenshot is taken. Skipped, with a message
 * saying so, where Chromium is not installed (Debian package `chromium`).
 */
class HtmlReportBrowserTest {
    @TempDir
    Path dir;

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(d, name))) return Path.of(d, name).toString();
            }
        }
        return null;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theSeedsReportOpensInChromiumWithItsQuotesHighlighted() throws Exception {
        String browser = chromium();
        assumeTrue(browser != null, "Chromium is not installed (apt-get install chromium): the browser check of the HTML report is skipped");
        Path html = dir.resolve("seed.html");
        Cli.Result r = Cli.quotes("seeds", "-o", html.toString());
        assertEquals(0, r.status(), r.err());
        int rows = (int) Cli.quotes("seeds", "-f", "tsv", "--no-header").out().lines().count();
        assertTrue(rows > 0);

        List<String> base = new ArrayList<>(List.of(browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
        List<String> dump = new ArrayList<>(base);
        dump.addAll(List.of("--dump-dom", html.toUri().toString()));
        Document dom = Jsoup.parse(run(dump));
        assertEquals(rows, dom.select("div.text a.q sup").size(), "one numbered highlight per row, as the browser sees it");
        assertTrue(dom.select("script").isEmpty());

        Path png = dir.resolve("seed.png");
        List<String> shot = new ArrayList<>(base);
        shot.addAll(List.of("--window-size=1280,1600", "--screenshot=" + png, html.toUri().toString()));
        run(shot);
        byte[] image = Files.readAllBytes(png);
        assertTrue(image.length > 20_000 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G', "a real screenshot");
    }
}
