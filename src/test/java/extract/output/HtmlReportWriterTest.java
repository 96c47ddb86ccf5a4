package extract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report, read back with an HTML5 parser as a browser would. */
class HtmlReportWriterTest {
    private static final List<String> HEADER = List.of("file", "start", "end", "kind", "speaker", "cue", "quote", "rule");

    /** A row for the quote found in the text (offsets in code points). */
    private static List<Object> row(String file, String text, String quote, String kind, String speaker) {
        int at = text.indexOf(quote);
        int start = text.codePointCount(0, at);
        return List.of(file, start, start + quote.codePointCount(0, quote.length()), kind, speaker, "said", quote, "r1");
    }

    private static Document render(List<String> texts, List<List<List<Object>>> rows) throws IOException {
        StringWriter out = new StringWriter();
        RowWriter w = OutputFormat.HTML.open(out, HEADER, true, 100);
        assertTrue(w.wantsText());
        for (int i = 0; i < texts.size(); i++) {
            w.article("f" + i + ".txt", texts.get(i));
            for (List<Object> r : rows.get(i)) w.write(r);
        }
        w.finish();
        String html = out.toString();
        assertFalse(html.contains("<script"), "no script element, ever");
        Document d = Jsoup.parse(html);
        assertTrue(d.select("[src], link, [href^=http], [href^=//]").isEmpty(), "nothing fetched");
        return d;
    }

    @Test
    void scriptInAnArticleStaysText() throws IOException {
        String text = "<script>alert('x')</script> The mayor said “<b>we</b> & they 😀 will win” & left.\n\nNext <img src=x onerror=alert(1)>.";
        Document d = render(List.of(text), List.of(List.of(row("f0.txt", text, "“<b>we</b> & they 😀 will win”", "direct", "Ann Lee"))));
        assertTrue(d.select("script, img, b").isEmpty(), d.html());
        Element body = d.selectFirst("div.text");
        body.select("sup").remove();
        assertEquals(text, body.wholeText());
    }

    @Test
    void quotesAreHighlightedInPlaceWithAColourPerSpeakerAndDetails() throws IOException {
        String text = "“We will win,” said Ann Lee. Bo Chen said the plan 🚀 failed. “It works,” Lee added.";
        List<List<Object>> rows = List.of(
                row("f0.txt", text, "“We will win,”", "direct", "Ann Lee"),
                row("f0.txt", text, "the plan 🚀 failed", "indirect", "Bo Chen"),
                row("f0.txt", text, "“It works,”", "direct", "Ann Lee"));
        Document d = render(List.of(text), List.of(rows));
        List<Element> marks = new ArrayList<>(d.select("div.text a.q"));
        assertEquals(3, marks.size());
        marks.forEach(m -> m.select("sup").remove());
        assertEquals(List.of("“We will win,”", "the plan 🚀 failed", "“It works,”"), marks.stream().map(Element::text).toList());
        assertEquals(marks.get(0).className(), marks.get(2).className());
        assertNotEquals(marks.get(0).className(), marks.get(1).className());
        assertTrue(marks.get(1).attr("title").contains("Bo Chen") && marks.get(1).attr("title").contains("cue: said")
                && marks.get(1).attr("title").contains("rule: r1"), marks.get(1).attr("title")); // new columns flow into the details
        assertEquals(3, d.select("ol.quotes li").size());
    }

    @Test
    void batchesGetAnIndexAndABarChartOfTheMostQuoted() throws IOException {
        String a = "“One,” said Ann Lee. “Two,” she said.";
        String b = "“Three,” said Ann Lee. “Four,” said Bo Chen.";
        Document d = render(List.of(a, b), List.of(
                List.of(row("f0.txt", a, "“One,”", "direct", "Ann Lee"), row("f0.txt", a, "“Two,”", "direct", "Ann Lee")),
                List.of(row("f1.txt", b, "“Three,”", "direct", "Ann Lee"), row("f1.txt", b, "“Four,”", "direct", "Bo Chen"))));
        assertEquals(List.of("f0.txt", "f1.txt"), d.select("ol.index a").eachText());
        assertEquals(List.of("Ann Lee", "Bo Chen"), d.select(".chart .name").eachText());
        assertEquals(List.of("3", "1"), d.select(".chart .n").eachText());
        assertEquals(2, d.select("section.article").size());
    }

    @Test
    void rowsWithoutOffsetsAreAPlainTable() throws IOException {
        StringWriter out = new StringWriter();
        RowWriter w = OutputFormat.HTML.open(out, List.of("speaker", "quotations"), true, 100);
        assertFalse(w.wantsText());
        w.write(List.of("<i>Ann</i>", 3));
        w.finish();
        Document d = Jsoup.parse(out.toString());
        assertEquals(List.of("<i>Ann</i>", "3"), d.select("td").eachText());
    }
}
