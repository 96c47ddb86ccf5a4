package extract.input;

import extract.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What an element's class names and id say about it: article body, page furniture around it,
 * blocks that are never the article, furniture inside it. The hints are word lists in resource
 * files (see {@link Hints} for how they match). Immutable; loaded once.
 */
final class ClassHints {
    /**
     * A list of hints, matched against one element's class names and id split into words (at
     * hyphens, underscores and camelCase humps: "relatedStories" is "related stories", "pageRow" is
     * "page row"). A hint's words match consecutive words that start with them ("comment" matches
     * "comments"); a hint written "=word" matches that whole word only ("=ad" matches "ad", not
     * "address").
     */
    static final class Hints {
        private record Hint(List<String> words, boolean exact) {}

        private final List<Hint> hints = new ArrayList<>();

        Hints(List<String> lines) {
            for (String l : lines) {
                boolean exact = l.startsWith("=");
                List<String> words = words(exact ? l.substring(1) : l);
                if (!words.isEmpty()) hints.add(new Hint(words, exact));
            }
        }

        boolean matches(String attribute) {
            if (attribute.isEmpty()) return false;
            List<String> words = words(attribute);
            for (Hint h : hints) {
                for (int i = 0; i + h.words().size() <= words.size(); i++) {
                    if (matchesAt(h, words, i)) return true;
                }
            }
            return false;
        }

        private static boolean matchesAt(Hint h, List<String> words, int at) {
            for (int j = 0; j < h.words().size(); j++) {
                String w = words.get(at + j);
                String hw = h.words().get(j);
                if (h.exact() ? !w.equals(hw) : !w.startsWith(hw)) return false;
            }
            return true;
        }

        boolean matches(Element e) {
            return matches(e.className()) || matches(e.id());
        }

        /** Lower-case words of a class attribute or id. */
        static List<String> words(String s) {
            List<String> out = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            char prev = ' ';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
                if (!Character.isLetterOrDigit(c) || hump) {
                    if (!w.isEmpty()) out.add(w.toString());
                    w.setLength(0);
                }
                if (Character.isLetterOrDigit(c)) w.append(Character.toLowerCase(c));
                prev = c;
            }
            if (!w.isEmpty()) out.add(w.toString());
            return out;
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
