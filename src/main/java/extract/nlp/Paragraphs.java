package extract.nlp;

import java.util.ArrayList;
import java.util.List;

/** Splits text into paragraphs: runs of non-blank lines are one paragraph per line (news style). */
final class Paragraphs {
    private Paragraphs() {}

    record Range(int start, int end) {}

    /** Each non-blank line is a paragraph; CR, LF and CRLF all end a line. Leading/trailing blanks trimmed. */
    static List<Range> of(String text) {
        List<Range> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
            int s = i, e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Range(s, e));
            i = lineEnd + 1;
        }
        return out;
    }
}
