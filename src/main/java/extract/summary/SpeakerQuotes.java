package extract.summary;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.output.QuoteRow;
import extract.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations of one article with a named speaker, each with the speaker's type (from the name
 * finder's mentions of that canonical name, else from a pronoun that refers to it) and the title or
 * role its mention gives it: the words before the name ("Chinese President Xi Jinping") or a
 * description that stands for it ("the Chinese president").
 */
public final class SpeakerQuotes {
    private static final Set<String> NOT_TITLES = WordLists.words("/extract/summary/not-titles.txt");
    private static final Map<String, String> PRONOUN_TYPES = WordLists.table("/extract/summary/pronoun-types.tsv");
    private static final Pattern WORD = Pattern.compile("[^\\s\\-–—]+");

    private SpeakerQuotes() {}

    public static List<SpeakerQuote> of(AnnotatedDocument doc, List<QuoteRow> rows) {
        Map<String, Map<String, Integer>> typeVotes = new HashMap<>();
        for (EntityMention m : doc.entities()) {
            typeVotes.computeIfAbsent(m.canonical(), k -> new HashMap<>()).merge(m.type().label(), 1, Integer::sum);
        }
        for (QuoteRow r : rows) {
            String byPronoun = PRONOUN_TYPES.get(r.speakerMention().strip().toLowerCase(Locale.ROOT));
            if (!r.speaker().isEmpty() && byPronoun != null && !typeVotes.containsKey(r.speaker())) {
                typeVotes.computeIfAbsent(r.speaker() + "\0pronoun", k -> new HashMap<>()).merge(byPronoun, 1, Integer::sum);
            }
        }
        Map<String, String> articleTitles = titlesBeforeNames(doc);
        List<SpeakerQuote> out = new ArrayList<>();
        for (QuoteRow r : rows) {
            if (r.speaker().isBlank()) continue;
            String title = title(r.speakerMention(), r.speaker());
            if (title.isEmpty()) title = articleTitles.getOrDefault(r.speaker(), "");
            Map<String, Integer> votes = typeVotes.getOrDefault(r.speaker(), typeVotes.get(r.speaker() + "\0pronoun"));
            String type = votes == null ? "" : votes.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse("");
            out.add(new SpeakerQuote(r.speaker(), type, title, r.date(), r.file()));
        }
        return out;
    }

    /** Tags of the words a title before a name is made of ("North Korean leader", "Chinese President"). */
    private static final Set<String> TITLE_TAGS = Set.of("PROPN", "ADJ", "NOUN");

    /**
     * For each person the article names, the most frequent run of title words right before one of
     * its name's mentions ("North Korean leader Kim Jong Un"), by the words' tags: proper nouns,
     * adjectives and nouns, up to five, never across punctuation, a verb or a preposition.
     */
    static Map<String, String> titlesBeforeNames(AnnotatedDocument doc) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : doc.sentences()) tokens.addAll(s.tokens());
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) tokenAt.put(tokens.get(i).start(), i);
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (EntityMention m : doc.entities()) {
            if (!m.type().label().equals("person")) continue;
            Integer at = tokenAt.get(m.start());
            if (at == null) continue;
            int from = at;
            while (from > 0 && at - from < 5 && TITLE_TAGS.contains(tokens.get(from - 1).pos())
                    && doc.text().substring(tokens.get(from - 1).end(), tokens.get(from).start()).isBlank()) from--;
            if (from == at) continue;
            String title = doc.text().substring(tokens.get(from).start(), tokens.get(at - 1).end());
            if (!Character.isUpperCase(title.codePointAt(0))) continue; // "talks" in "talks Kim held"
            votes.computeIfAbsent(m.canonical(), k -> new java.util.LinkedHashMap<>()).merge(title, 1, Integer::sum);
        }
        Map<String, String> best = new HashMap<>();
        votes.forEach((name, v) -> best.put(name, v.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("")));
        return best;
    }

    /**
     * The title or role in a mention of {@code speaker}: what comes before the name when the
     * mention ends with (part of) it, the whole description when it names no part of it; empty for
     * pronouns, honorifics and bare names.
     */
    static String title(String mention, String speaker) {
        String m = mention.strip().replaceAll("[,;:]+$", "");
        Set<String> nameWords = new java.util.HashSet<>();
        for (Matcher w = WORD.matcher(speaker.toLowerCase(Locale.ROOT)); w.find(); ) nameWords.add(w.group());
        List<int[]> words = new ArrayList<>();
        for (Matcher w = WORD.matcher(m); w.find(); ) words.add(new int[] {w.start(), w.end()});
        int cut = words.size();
        while (cut > 0 && nameWords.contains(word(m, words.get(cut - 1)))) cut--;
        boolean namesSpeaker = false;
        for (int[] w : words) namesSpeaker |= nameWords.contains(word(m, w));
        String title;
        if (cut < words.size()) title = cut == 0 ? "" : m.substring(0, words.get(cut - 1)[1]);
        else title = namesSpeaker ? "" : m; // "Xi's spokesman" is someone else's role
        // leading determiners and honorifics go: "the Chinese president" -> "Chinese president"
        while (!title.isEmpty()) {
            Matcher first = WORD.matcher(title);
            if (!first.find() || !NOT_TITLES.contains(first.group().toLowerCase(Locale.ROOT))) break;
            title = title.substring(first.end()).strip();
        }
        title = title.replaceAll("[,;:(]+$", "").strip();
        return title;
    }

    private static String word(String s, int[] span) {
        return s.substring(span[0], span[1]).toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }
}
