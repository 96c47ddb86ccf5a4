package extract.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text broken into lines of a fixed width (wire copy, e-mail, text saved from a PDF): the tool
 * reads one paragraph per line, so a quotation broken over two lines lost its end and a sentence its
 * verb. A text is taken as hard-wrapped when lines run on into a next line, at least half of them end
 * inside a sentence (no closing punctuation), at least {@link #MIN_BREAKS} and three in ten run on into a
 * lower-case word (prose, not a list of headings), and they are {@link #MIN_WIDTH} to {@link #MAX_WIDTH}
 * characters wide; then each line break inside a paragraph becomes a space. A paragraph
 * still ends at a blank line, before an indented line, and after a line much shorter than the
 * text's width (a headline, a paragraph's last line) unless its sentence plainly runs on into a
 * lower-case word. Same length: offsets do not move.
 */
public final class HardWraps {
    static final int MIN_BREAKS = 3;
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 160;
    /** A line shorter than this share of the width ends its paragraph. */
    private static final double SHORT = 0.6;

    private HardWraps() {}

    private record Line(int start, int end, int next) {
        int length() {
            return end - start;
        }
    }

    /** The text with its wrapping line breaks made spaces, or the text itself when it is not hard-wrapped. */
    public static String unwrap(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        List<Line> lines = lines(text);
        List<Line> running = new ArrayList<>(); // lines with a non-blank line right after them
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!blank(text, lines.get(i)) && !blank(text, lines.get(i + 1))) running.add(lines.get(i));
        }
        if (running.size() < MIN_BREAKS) return text;
        int inside = 0;
        int lowerNext = 0;
        int[] lengths = new int[running.size()];
        for (int i = 0; i < running.size(); i++) {
            Line l = running.get(i);
            lengths[i] = l.length();
            if (endsInsideSentence(text, l)) inside++;
            if (l.next() < text.length() && Character.isLowerCase(text.charAt(l.next()))) lowerNext++;
        }
        Arrays.sort(lengths);
        int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        // prose broken at a width, not a list of headings: a sentence runs on, often into a lower-case word
        boolean prose = inside * 2 >= running.size() && lowerNext >= MIN_BREAKS && lowerNext * 10 >= running.size() * 3;
        if (!prose || width < MIN_WIDTH || width > MAX_WIDTH) return text;
        char[] out = text.toCharArray();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = lines.get(i + 1);
            if (blank(text, l) || blank(text, next)) continue;
            boolean runsOn = endsInsideSentence(text, l) && Character.isLowerCase(text.charAt(next.start()));
            if (l.length() < SHORT * width && !runsOn) continue;
            if (Character.isWhitespace(text.charAt(next.start())) && !Character.isWhitespace(text.charAt(l.start()))) continue;
            for (int k = l.end(); k < l.next(); k++) out[k] = ' ';
        }
        return new String(out);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            int next = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            out.add(new Line(i, end, Math.min(next, n)));
            i = next;
        }
        return out;
    }

    private static boolean blank(String text, Line l) {
        for (int i = l.start(); i < l.end(); i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** The line's last visible character is a letter, digit, comma, semicolon or hyphen: its sentence goes on. */
    private static boolean endsInsideSentence(String text, Line l) {
        int k = l.end() - 1;
        while (k > l.start() && Character.isWhitespace(text.charAt(k))) k--;
        char c = text.charAt(k);
        return Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == '-';
    }
}
