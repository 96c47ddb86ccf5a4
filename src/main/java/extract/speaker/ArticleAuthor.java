package extract.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the article, where the text says so: a byline at its head ("By Ana Ruiz") or the short
 * note on the writer that closes an opinion piece ("Ana Ruiz is a reporter for the Daily Post.",
 * "Ruiz is a professor of law at …", a name the article has not used before). Empty when the text
 * gives neither.
 */
final class ArticleAuthor {
    private static final Pattern BYLINE = Pattern.compile("(?i:by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*");
    private static final Pattern NOTE = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})\\s+(?:is|was)\\s+\\S.*");
    /** The writer's note is short: one sentence or two. */
    private static final int NOTE_WORDS = 45;
    private static final int HEAD_LINES = 3;
    private static final int TAIL_LINES = 2;

    private ArticleAuthor() {}

    static Optional<String> find(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) if (!l.isBlank()) lines.add(l.strip());
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            Matcher m = BYLINE.matcher(lines.get(i));
            if (m.matches()) return Optional.of(m.group(1));
        }
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - TAIL_LINES); i--) {
            String l = lines.get(i);
            Matcher m = NOTE.matcher(l);
            // a name new to the article: "Trump is due in Ohio on Monday." closing a report is no note on its writer
            if (m.matches() && l.split("\\s+").length <= NOTE_WORDS && !text.substring(0, text.indexOf(l)).contains(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
