package extract.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short news articles made from templates (names, roles, cues, quotes), the same for a given seed. */
final class GeneratedArticles {
    private static final String[] FIRST = {"Ana", "Tom", "Mia", "Karl", "Sara", "Omar", "Lena", "Piet"};
    private static final String[] LAST = {"Ruiz", "Becker", "Lund", "Olsen", "Hale", "Nasser", "Vogel", "Janssen"};
    private static final String[] ROLE = {"the mayor of Lakeside", "Transport Minister", "union leader",
        "the head of the port authority", "a spokeswoman for the council", "Finance Minister"};
    private static final String[] TOPIC = {"harbour plan", "rail budget", "port strike", "school reform", "water tariff"};
    private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] CLAIM = {"would cost less than expected", "had not been agreed",
        "was the best deal on the table", "needed another year", "would be put to a vote"};
    private static final String[] QUOTE = {"We have waited long enough.", "The money is there, and it will be spent.",
        "Nobody asked the people who live here.", "This is not the end of the talks.", "We will not go back."};

    private GeneratedArticles() {}

    static List<String> make(int count, long seed) {
        Random r = new Random(seed);
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String topic = pick(r, TOPIC);
            String a = pick(r, FIRST) + " " + pick(r, LAST);
            String b = pick(r, FIRST) + " " + pick(r, LAST);
            String aLast = a.substring(a.indexOf(' ') + 1);
            String text = "Row over the " + topic + "\n\n"
                    + capital(pick(r, ROLE)) + " " + a + " said on " + pick(r, DAY) + " that the " + topic + " "
                    + pick(r, CLAIM) + ".\n\n"
                    + "\u201c" + pick(r, QUOTE) + "\u201d " + aLast + " told reporters. \u201c" + pick(r, QUOTE) + "\u201d\n\n"
                    + b + ", who leads the opposition, said the council " + pick(r, CLAIM) + ".\n\n"
                    + "According to " + b + ", the " + topic + " " + pick(r, CLAIM) + ".\n";
            articles.add(text);
        }
        return articles;
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
