package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.quotes.Attribution;
import extract.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sentences that date what someone said after the fact: "Rubio's comments came on Sunday", "The
 * Democratic presidential candidate's response to Trump came in her own series of tweets Friday",
 * "Trump made this statement during a portion of the debate". Whose words they were is the name
 * before the possessive or the verb; a pronoun or description there is the latest speaker before
 * the sentence. A recap dates that speaker's undated statements around it, before as well as after.
 */
final class Recaps {
    private static final Set<String> NOUNS = Lexicons.words("recap-nouns.txt");
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "his", "her", "their", "its", "this", "that");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    /** How many tokens may stand between the noun and "came" ("response to Trump came"). */
    private static final int NOUN_TO_VERB = 5;

    /** Whose words, when they were said, and the sentence that says so. */
    record Recap(String speaker, TimeExpression time, Sentence sentence) {}

    private Recaps() {}

    /**
     * The recaps of a document, in text order.
     * @param isSaid whether a span lies in quoted or reported words
     * @param timesIn the time expressions of a sentence
     */
    static List<Recap> find(AnnotatedDocument doc, List<Attribution> attributions, Predicate<Span> isSaid,
            Function<Sentence, List<TimeExpression>> timesIn) {
        List<Recap> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int k = 1; k < toks.size(); k++) {
                if (!NOUNS.contains(lower(toks.get(k))) || isSaid.test(toks.get(k).span())) continue;
                int verb = cameAfter(toks, k);
                int whose = verb > 0 ? possessorBefore(toks, k) : -1;
                if (verb < 0) {
                    verb = madeBefore(toks, k);
                    whose = verb > 0 ? verb - 1 : -1;
                }
                if (whose < 0) continue;
                TimeExpression time = firstTimeAfter(timesIn.apply(s), toks.get(verb).end(), isSaid);
                if (time == null || opensClauseBefore(toks, verb, time)) continue;
                String speaker = speakerAt(doc, toks.get(whose), attributions, s.start());
                if (!speaker.isEmpty()) out.add(new Recap(speaker, time, s));
                break;
            }
        }
        return out;
    }

    /** "comments came", "remarks were made": the index of the verb, or -1. */
    private static int cameAfter(List<Token> toks, int noun) {
        for (int j = noun + 1; j < toks.size() && j <= noun + NOUN_TO_VERB; j++) {
            String w = lower(toks.get(j));
            if (w.equals("came")) return j;
            if ((w.equals("was") || w.equals("were")) && j + 1 < toks.size()
                    && (lower(toks.get(j + 1)).equals("made") || lower(toks.get(j + 1)).equals("delivered"))) {
                return j + 1;
            }
            if (toks.get(j).pos().equals("VERB") || toks.get(j).pos().equals("PUNCT")) return -1;
        }
        return -1;
    }

    /** The token whose words they were, before "'s" or a possessive pronoun before the noun (adjectives between), or -1. */
    private static int possessorBefore(List<Token> toks, int noun) {
        int j = noun - 1;
        while (j > 0 && toks.get(j).pos().equals("ADJ")) j--;
        String w = lower(toks.get(j));
        if (POSSESSIVE_PRONOUNS.contains(w)) return j;
        if ((w.equals("'s") || w.equals("\u2019s")) && j > 0) return j - 1;
        if (w.endsWith("'s") || w.endsWith("\u2019s")) return j;
        return -1;
    }

    /** "Trump made the remarks": the index of "made" right before a determiner and the noun, or -1. */
    private static int madeBefore(List<Token> toks, int noun) {
        if (noun < 2 || !DETERMINERS.contains(lower(toks.get(noun - 1)))) return -1;
        return lower(toks.get(noun - 2)).equals("made") && noun - 2 > 0 ? noun - 2 : -1;
    }

    /** "comments came after his father unveiled … in a Sunday tweet": the time is another clause's. */
    private static boolean opensClauseBefore(List<Token> toks, int verb, TimeExpression time) {
        for (int j = verb + 1; j < toks.size() && toks.get(j).end() <= time.span().start(); j++) {
            if (toks.get(j).pos().equals("SCONJ") || CLAUSE_OPENERS.contains(lower(toks.get(j)))) return true;
        }
        return false;
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "as", "when", "while",
            "because", "following", "amid", "than");

    /** The first time after the verb, outside reported words, that is not vague ("during the debate" is an occasion's). */
    private static TimeExpression firstTimeAfter(List<TimeExpression> times, int from, Predicate<Span> isSaid) {
        for (TimeExpression t : times) {
            if (t.span().start() < from || isSaid.test(t.span()) || t.meaning() instanceof TimeMeaning.Vague) continue;
            return t;
        }
        return null;
    }

    /** The person or organisation named at the token, else the speaker of the latest statement before the sentence. */
    private static String speakerAt(AnnotatedDocument doc, Token whose, List<Attribution> attributions, int sentenceStart) {
        for (EntityMention e : doc.entities()) {
            if (e.start() > whose.start()) break;
            // the name ends the token, or comes before its "'s" ("Rubio's" may be one token)
            if (e.end() >= whose.end() - 2 && e.end() <= whose.end() && e.type() != EntityType.LOCATION) return e.canonical();
        }
        if (Character.isUpperCase(whose.text().charAt(0)) && !POSSESSIVE_PRONOUNS.contains(lower(whose))
                && !whose.pos().equals("NOUN")) {
            return ""; // a name the name finder missed: not the speaker before
        }
        Attribution latest = null;
        for (Attribution a : attributions) {
            int at = ReportingClause.anchorOf(a).start();
            if (at < sentenceStart && !a.speaker().name().isEmpty() && (latest == null || at > ReportingClause.anchorOf(latest).start())) {
                latest = a;
            }
        }
        return latest == null ? "" : latest.speaker().name();
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
