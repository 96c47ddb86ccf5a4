package extract.input;

import extract.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What an element's class names and id say about it: article body, page furniture around it,
 * blocks that are never the article, furniture inside it. The hints are word lists in resource
 * files: a line is a substring of the class attribute or id, or with a leading "=" a whole class
 * name or id. Immutable; load once.
 */
final class ClassHints {
    /** A list of hints, matched against one element. */
    static final class Hints {
        private final List<String> substrings = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        Hints(List<String> lines) {
            for (String l : lines) {
                String h = l.toLowerCase(Locale.ROOT);
                if (h.startsWith("=")) names.add(h.substring(1));
                else substrings.add(h);
            }
        }

        boolean matches(String attribute) {
            if (attribute.isEmpty()) return false;
            String a = attribute.toLowerCase(Locale.ROOT);
            for (String s : substrings) if (a.contains(s)) return true;
            if (names.isEmpty()) return false;
            for (String token : a.split("\\s+")) if (names.contains(token)) return true;
            return false;
        }

        boolean matches(Element e) {
            return matches(e.className()) || matches(e.id());
        }
    }

    private static final String DIR = "/extract/input/";
    private static final ClassHints SHARED = new ClassHints();

    final Hints content = hints("content-hints.txt");
    final Hints boilerplate = hints("boilerplate-hints.txt");
    final Hints unlikely = hints("unlikely-hints.txt");
    final Hints furniture = hints("furniture-hints.txt");

    private ClassHints() {}

    /** The hints, read once per process (they never change). */
    static ClassHints shared() {
        return SHARED;
    }

    private static Hints hints(String file) {
        return new Hints(WordLists.lines(DIR + file));
    }

    /** +25 for each of class and id that says article, -25 for each that says furniture (as Readability weighs them). */
    int weight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    private int weight(String attribute) {
        int w = 0;
        if (boilerplate.matches(attribute)) w -= 25;
        if (content.matches(attribute)) w += 25;
        return w;
    }

    /** A block that is never the article: a furniture hint and no content hint. */
    boolean unlikely(Element e) {
        return unlikely.matches(e) && !content.matches(e);
    }
}
