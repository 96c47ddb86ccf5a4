package extract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One self-contained HTML page (inline CSS, no script, nothing fetched): each article's text with
 * its quotations highlighted in place, one colour per speaker, the row's other columns on hover and
 * in a numbered list beside the text; for batches, an index of the articles and a bar chart of the
 * most quoted speakers. Articles are written as they come, so memory stays bounded; the summary is
 * written last and shown first by CSS ({@code order}). Every piece of article text is escaped: pages
 * come from the web and a {@code <script>} in an article must stay text.
 *
 * <p>Columns are found by name in the header, so new columns show up in the hover details; without
 * {@code start}, {@code end} and {@code quote} (another command's rows, or {@code --columns}) the
 * rows are shown as a plain table.
 */
final class HtmlReportWriter implements RowWriter {
    private static final int TOP_SPEAKERS = 15;
    private static final int COLOURS = 12;
    /** Columns the highlight shows itself; the others go into the details. */
    private static final List<String> NOT_DETAILS = List.of("file", "start", "end", "quote");

    private final Writer out;
    private final List<String> header;
    private final int start, end, quote, speaker, kind, file;
    private final boolean inText; // rows are highlighted in their article's text

    private final Map<String, Integer> colourOf = new HashMap<>();
    private final Map<String, Integer> quotesBySpeaker = new LinkedHashMap<>();
    private final List<IndexEntry> index = new ArrayList<>();
    private String currentFile;
    private String currentText;
    private final List<List<String>> currentRows = new ArrayList<>();
    private boolean tableOpen;
    private int rowsTotal;

    private record IndexEntry(String file, int quotes) {}

    HtmlReportWriter(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.header = List.copyOf(header);
        this.start = header.indexOf("start");
        this.end = header.indexOf("end");
        this.quote = header.indexOf("quote");
        this.speaker = header.indexOf("speaker");
        this.kind = header.indexOf("kind");
        this.file = header.indexOf("file");
        this.inText = start >= 0 && end >= 0 && quote >= 0;
        out.write(HEAD);
    }

    @Override
    public boolean wantsText() {
        return inText;
    }

    @Override
    public void article(String file, String text) throws IOException {
        flushArticle();
        currentFile = file;
        currentText = text;
    }

    @Override
    public void write(List<?> cells) throws IOException {
        List<String> row = cells.stream().map(c -> c == null ? "" : c.toString()).toList();
        rowsTotal++;
        if (speaker >= 0) quotesBySpeaker.merge(row.get(speaker), 1, Integer::sum);
        if (inText && currentText != null) {
            currentRows.add(row);
            return;
        }
        if (!tableOpen) {
            out.write("<section class=\"rows\"><table><thead><tr>");
            for (String h : header) out.write("<th>" + escape(h) + "</th>");
            out.write("</tr></thead><tbody>\n");
            tableOpen = true;
        }
        out.write("<tr>");
        for (int i = 0; i < row.size(); i++) {
            String style = i == speaker ? " class=\"who c" + colour(row.get(i)) + "\"" : "";
            out.write("<td" + style + ">" + escape(row.get(i)) + "</td>");
        }
        out.write("</tr>\n");
    }

    @Override
    public void finish() throws IOException {
        flushArticle();
        if (tableOpen) out.write("</tbody></table></section>\n");
        writeSummary();
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** Writes the article held so far with its rows highlighted. */
    private void flushArticle() throws IOException {
        if (currentText == null) return;
        int n = index.size() + 1;
        index.add(new IndexEntry(currentFile, currentRows.size()));
        out.write("<section class=\"article\" id=\"a" + n + "\">\n<h2>" + escape(currentFile) + " <small>"
                + currentRows.size() + " quotation" + (currentRows.size() == 1 ? "" : "s") + "</small></h2>\n");
        out.write("<div class=\"pair\"><div class=\"text\">");
        writeHighlighted(n);
        out.write("</div>\n<ol class=\"quotes\">\n");
        for (int i = 0; i < currentRows.size(); i++) {
            List<String> row = currentRows.get(i);
            String who = speaker >= 0 ? row.get(speaker) : "";
            out.write("<li id=\"a" + n + "q" + (i + 1) + "\"><span class=\"who c" + colour(who) + "\">"
                    + escape(who.isEmpty() ? "(unknown speaker)" : who) + "</span>");
            if (kind >= 0) out.write(" <span class=\"kind\">" + escape(row.get(kind)) + "</span>");
            out.write("<dl>");
            for (int c = 0; c < header.size(); c++) {
                if (NOT_DETAILS.contains(header.get(c)) || c == speaker || c == kind || row.get(c).isEmpty()) continue;
                out.write("<dt>" + escape(header.get(c)) + "</dt><dd>" + escape(row.get(c)) + "</dd>");
            }
            out.write("</dl></li>\n");
        }
        out.write("</ol></div>\n</section>\n");
        out.flush();
        currentText = null;
        currentRows.clear();
    }

    /**
     * The text cut at every quotation's start and end (code points, converted once in a single
     * pass); each piece inside quotations is marked with the innermost one (the latest to start).
     */
    private void writeHighlighted(int article) throws IOException {
        String text = currentText;
        int m = currentRows.size();
        int[] from = new int[m], to = new int[m];
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0));
        for (int i = 0; i < m; i++) {
            from[i] = parse(currentRows.get(i).get(start));
            to[i] = Math.max(from[i], parse(currentRows.get(i).get(end)));
            cuts.add(from[i]);
            cuts.add(to[i]);
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> from[i]));
        int cp = 0, ch = 0; // the walk's position in code points and in chars
        List<Integer> open = new ArrayList<>(); // rows covering the current piece, by start
        int next = 0;
        Integer[] points = cuts.toArray(Integer[]::new);
        for (int k = 0; k < points.length; k++) {
            int pieceStart = points[k];
            int pieceEnd = k + 1 < points.length ? points[k + 1] : Integer.MAX_VALUE;
            while (next < m && from[order[next]] <= pieceStart) open.add(order[next++]);
            open.removeIf(i -> to[i] <= pieceStart);
            // advance to pieceStart, then take the piece's chars
            while (cp < pieceStart && ch < text.length()) {
                ch += Character.charCount(text.codePointAt(ch));
                cp++;
            }
            int pieceFrom = ch;
            while (cp < pieceEnd && ch < text.length()) {
                ch += Character.charCount(text.codePointAt(ch));
                cp++;
            }
            String piece = text.substring(pieceFrom, ch);
            if (piece.isEmpty()) continue;
            Integer inner = open.stream().filter(i -> to[i] > pieceStart).reduce((a, b) -> b).orElse(null);
            if (inner == null) {
                out.write(escape(piece));
                continue;
            }
            List<String> row = currentRows.get(inner);
            String who = speaker >= 0 ? row.get(speaker) : "";
            String details = details(row);
            out.write("<a class=\"q c" + colour(who) + "\" href=\"#a" + article + "q" + (inner + 1) + "\" title=\""
                    + escape(details) + "\" data-info=\"" + escape(details) + "\">");
            if (from[inner] == pieceStart) out.write("<sup>" + (inner + 1) + "</sup>");
            out.write(escape(piece) + "</a>");
        }
    }

    /** "speaker · kind · cue: said · when: …" for the hover. */
    private String details(List<String> row) {
        StringBuilder b = new StringBuilder();
        if (speaker >= 0) b.append(row.get(speaker).isEmpty() ? "(unknown speaker)" : row.get(speaker));
        for (int c = 0; c < header.size(); c++) {
            if (NOT_DETAILS.contains(header.get(c)) || c == speaker || row.get(c).isEmpty()) continue;
            if (!b.isEmpty()) b.append(" · ");
            b.append(c == kind ? row.get(c) : header.get(c) + ": " + row.get(c));
        }
        return b.toString();
    }

    private void writeSummary() throws IOException {
        out.write("<header class=\"summary\">\n<h1>extract report</h1>\n<p>" + index.size() + " article"
                + (index.size() == 1 ? "" : "s") + ", " + rowsTotal + " row" + (rowsTotal == 1 ? "" : "s") + "</p>\n");
        List<Map.Entry<String, Integer>> top = quotesBySpeaker.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP_SPEAKERS).toList();
        if (!top.isEmpty()) {
            int max = top.get(0).getValue();
            out.write("<h2>Most quoted speakers</h2>\n<div class=\"chart\">\n");
            for (Map.Entry<String, Integer> e : top) {
                double pct = 100.0 * e.getValue() / max;
                out.write(String.format(Locale.ROOT, "<div class=\"bar\"><span class=\"name\">%s</span>"
                        + "<span class=\"track\"><span class=\"fill c%d\" style=\"width:%.1f%%\"></span></span>"
                        + "<span class=\"n\">%d</span></div>%n", escape(e.getKey()), colour(e.getKey()), pct, e.getValue()));
            }
            out.write("</div>\n");
        }
        if (index.size() > 1) {
            out.write("<h2>Articles</h2>\n<ol class=\"index\">\n");
            for (int i = 0; i < index.size(); i++) {
                IndexEntry e = index.get(i);
                out.write("<li><a href=\"#a" + (i + 1) + "\">" + escape(e.file()) + "</a> <small>" + e.quotes()
                        + "</small></li>\n");
            }
            out.write("</ol>\n");
        }
        out.write("</header>\n");
    }

    /** A colour per speaker, in order of first appearance; the unknown speaker is grey (class c0). */
    private int colour(String who) {
        if (who.isEmpty()) return 0;
        return colourOf.computeIfAbsent(who, w -> 1 + colourOf.size() % COLOURS);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** HTML text and attribute escaping. */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (b != null) {
                if (r != null) b.append(r);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>extract report</title>
            <style>
            body { display: flex; flex-direction: column; margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem;
                   font: 16px/1.55 Georgia, 'DejaVu Serif', serif; color: #222; background: #fcfcfa; }
            h1, h2, .quotes, .summary, table { font-family: system-ui, 'DejaVu Sans', sans-serif; }
            h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; word-break: break-all; }
            h2 small, .index small { color: #777; font-weight: normal; }
            .summary { order: -1; border-bottom: 1px solid #ddd; padding-bottom: 1rem; }
            .article { border-bottom: 1px solid #ddd; padding-bottom: 1rem; }
            .pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1.3fr); gap: 1.5rem; }
            .text { white-space: pre-wrap; overflow-wrap: anywhere; }
            a.q { color: inherit; text-decoration: none; border-radius: 3px; padding: 1px 0; position: relative;
                  border-bottom: 2px solid rgba(0,0,0,.25); }
            a.q sup { font: bold 10px system-ui, sans-serif; margin-right: 2px; }
            a.q:hover::after { content: attr(data-info); position: absolute; left: 0; top: 1.6em; z-index: 2;
                  width: max-content; max-width: 26rem; white-space: normal; background: #222; color: #fff;
                  font: 13px/1.4 system-ui, sans-serif; padding: .4rem .6rem; border-radius: 4px; }
            .quotes { font-size: 13px; margin: 0; padding-left: 1.6rem; }
            .quotes li { margin-bottom: .5rem; }
            .quotes dl { margin: .1rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; color: #444; }
            .quotes dt { color: #888; } .quotes dd { margin: 0; }
            .who { font-weight: 600; border-radius: 3px; padding: 0 3px; }
            .kind { color: #666; font-style: italic; }
            .chart { font: 13px system-ui, sans-serif; max-width: 40rem; }
            .bar { display: grid; grid-template-columns: 12rem 1fr 3rem; align-items: center; gap: .5rem; margin: 2px 0; }
            .bar .name { text-align: right; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
            .track { background: #eee; height: 1rem; border-radius: 2px; }
            .fill { display: block; height: 100%; border-radius: 2px; }
            table { border-collapse: collapse; font-size: 13px; }
            td, th { border: 1px solid #ddd; padding: 2px 6px; vertical-align: top; text-align: left; }
            .c0 { background: #e4e4e4; }
            .c1 { background: #ffd8a8; } .c2 { background: #b2f2bb; } .c3 { background: #a5d8ff; }
            .c4 { background: #fcc2d7; } .c5 { background: #d0bfff; } .c6 { background: #ffec99; }
            .c7 { background: #96f2d7; } .c8 { background: #eebefa; } .c9 { background: #ffc9c9; }
            .c10 { background: #c5f6fa; } .c11 { background: #d8f5a2; } .c12 { background: #bac8ff; }
            @media (max-width: 50rem) { .pair { grid-template-columns: 1fr; } }
            </style>
            </head>
            <body>
            """;
}
