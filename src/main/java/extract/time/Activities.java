package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What named people and organisations are reported doing on a given day, outside any statement:
 * "Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday", "The
 * Republican National Committee on Friday released …". An article that dates what someone did
 * and then quotes them without a time of its own is quoting them on that occasion.
 *
 * <p>Only a sentence that opens with its actor, a name after at most a title, and whose main verb
 * follows the name is read; the time must stand in the main clause (between the name and the
 * verb, or after the verb before any clause break), outside quoted and reported words.
 */
final class Activities {
    /** How many tokens into its sentence the actor's name may start ("Massachusetts Sen. Elizabeth Warren"). */
    private static final int MAX_TITLE = 4;
    /** How many names of a sentence are tried as its actor, first to last ("Clinton communications director Jennifer Palmieri"). */
    private static final int MAX_ACTORS = 3;
    /** Tags of the words a title before a name is made of. */
    private static final Set<String> TITLE = Set.of("DET", "ADJ", "PROPN", "NOUN", "PUNCT");
    /** Tags that may stand between the actor and its verb ("Warren also grilled", "Trump on Friday said"). */
    private static final Set<String> BETWEEN = Set.of("ADV", "PART", "AUX");
    /** Words after which the main clause has ended and a time belongs to another. */
    private static final Set<String> BREAKS = Set.of(",", ";", "--", "\u2014", "\u2013", "that", "who", "which", "because",
            "after", "before", "when", "where", "while", "since", "as", "if", "until");

    /** A dated activity: whose (the actor's canonical name), its time, and the main clause it is told in. */
    record Activity(String actor, TimeExpression time, Span clause) {}

    private final List<Activity> all; // text order
    private final Map<String, List<Activity>> byActor = new HashMap<>(); // text order within each

    private Activities(List<Activity> all) {
        this.all = all;
        for (Activity a : all) byActor.computeIfAbsent(a.actor(), k -> new ArrayList<>()).add(a);
    }

    /** Keeps the activities that pass a test (such as being dated near the article's date). */
    Activities filter(Predicate<Activity> keep) {
        return new Activities(all.stream().filter(keep).toList());
    }

    /** The main clauses told of the activities, in text order. */
    List<Span> clauses() {
        return all.stream().map(Activity::clause).toList();
    }

    /** The actor's latest activity told after {@code after} and before {@code before} (offsets), or null. */
    Activity latest(String actor, int after, int before) {
        List<Activity> own = byActor.getOrDefault(actor, List.of());
        int lo = 0, hi = own.size(); // the first told at or after {@code before}
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (own.get(mid).clause().start() < before) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && own.get(lo - 1).clause().start() > after ? own.get(lo - 1) : null;
    }

    /**
     * The activities of a document in text order.
     * @param isSaid whether a span lies in quoted or reported words
     * @param timesIn the time expressions of a sentence
     */
    static Activities find(AnnotatedDocument doc, Predicate<Span> isSaid,
            Function<Sentence, List<TimeExpression>> timesIn) {
        List<Activity> out = new ArrayList<>();
        List<EntityMention> entities = doc.entities();
        int e = 0;
        for (Sentence s : doc.sentences()) {
            while (e < entities.size() && entities.get(e).start() < s.start()) e++;
            List<Token> toks = s.tokens();
            List<TimeExpression> times = null; // tagged only for a sentence that reports an activity
            EntityMention actor = null;
            int from = 0, verb = -1;
            // the person or organisation the main verb follows: "Clinton communications director Jennifer
            // Palmieri spoke" is Palmieri's; a place before it is part of a title ("Massachusetts Sen. Elizabeth Warren")
            for (int a = e; a < entities.size() && entities.get(a).start() < s.end() && a < e + MAX_ACTORS && verb < 0; a++) {
                actor = entities.get(a);
                if (actor.type() == EntityType.LOCATION || isSaid.test(actor.span())) continue;
                from = 0;
                verb = mainVerbAfter(toks, 0, actor);
                if (verb < 0 && opensWithPhrase(toks, actor)) { // "On Monday night, Clinton leaned in"
                    if (times == null) times = timesIn.apply(s);
                    from = afterOpeningTime(toks, times, actor);
                    if (from > 0) verb = mainVerbAfter(toks, from, actor);
                }
            }
            if (verb < 0) continue;
            if (times == null) times = timesIn.apply(s);
            Span clause = mainClause(toks, from == 0 ? actor.start() : s.start(), verb);
            for (TimeExpression t : times) {
                if (!clause.contains(t.span()) || isSaid.test(t.span())) continue;
                if (t.meaning().namesNoDay()) continue;
                if (modifiesNoun(toks, t.span())) continue; // "the Sept. 11 memorial ceremony"
                // "raising questions about his microphone problems during Monday's debate": an event phrase
                // after an object tells when the object happened, not when the actor acted
                if (t.span().of(doc.modelText()).regionMatches(true, 0, "during", 0, 6)) continue;
                out.add(new Activity(actor.canonical(), t, clause));
                break;
            }
        }
        return new Activities(out);
    }

    /**
     * The token index of the verb the actor is the subject of, or -1: the actor opens the
     * sentence after at most a short title, and only adverbs, auxiliaries or a time stand between.
     */
    private static int mainVerbAfter(List<Token> toks, int from, EntityMention actor) {
        int k = from;
        while (k < toks.size() && toks.get(k).end() <= actor.start()) {
            if (k - from >= MAX_TITLE || !TITLE.contains(toks.get(k).pos())) return -1;
            k++;
        }
        while (k < toks.size() && toks.get(k).start() < actor.end()) k++;
        k = afterAppositive(toks, k);
        for (; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.pos().equals("VERB")) return k;
            if (t.pos().equals("AUX") && k + 1 < toks.size() && !isVerbAhead(toks, k + 1)) return k;
            if (BETWEEN.contains(t.pos())) continue;
            // "on Friday", "Tuesday": a time between the name and the verb
            if (t.pos().equals("ADP") || t.pos().equals("PROPN") || t.pos().equals("NOUN")) {
                if (k + 1 < toks.size() && isTimeWord(t)) continue;
                if (t.pos().equals("ADP") && k + 1 < toks.size() && isTimeWord(toks.get(k + 1))) continue;
            }
            return -1;
        }
        return -1;
    }

    /**
     * "Eric Trump, son of the Republican front-runner, talked": the token after an appositive that
     * follows the name between commas (a noun phrase: no verb in it), else {@code k} itself.
     */
    private static int afterAppositive(List<Token> toks, int k) {
        if (k >= toks.size() || !toks.get(k).text().equals(",")) return k;
        for (int j = k + 1; j < toks.size() && j <= k + MAX_APPOSITIVE; j++) {
            Token t = toks.get(j);
            if (t.text().equals(",")) return j > k + 1 ? j + 1 : k;
            if (!APPOSITIVE.contains(t.pos())) return k;
        }
        return k;
    }

    private static final int MAX_APPOSITIVE = 12;
    private static final Set<String> APPOSITIVE = Set.of("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "CCONJ", "PART");

    /** A time inside a noun phrase: after an article ("the Sept. 11 memorial") or before a noun or adjective. */
    private static boolean modifiesNoun(List<Token> toks, Span time) {
        Token before = null, after = null;
        for (Token t : toks) {
            if (t.end() <= time.start()) before = t;
            if (t.start() >= time.end() && after == null) after = t;
        }
        return before != null && before.pos().equals("DET")
                || after != null && (after.pos().equals("NOUN") || after.pos().equals("ADJ"));
    }

    private static boolean isVerbAhead(List<Token> toks, int k) {
        for (int j = k; j < toks.size() && j < k + 3; j++) {
            if (toks.get(j).pos().equals("VERB")) return true;
        }
        return false;
    }

    /** Words of a day or time of day ({@code day-words.txt}): "on Friday", "Tuesday morning". */
    private static final Set<String> TIME_WORDS = Lexicons.words("day-words.txt");

    private static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Whether the sentence opens with a preposition or a capitalised word and a comma comes before the actor. */
    private static boolean opensWithPhrase(List<Token> toks, EntityMention actor) {
        if (toks.size() < 3 || !(toks.get(0).pos().equals("ADP") || Character.isUpperCase(toks.get(0).text().charAt(0)))) return false;
        return openingComma(toks, actor) > 0;
    }

    /** The index of the comma that closes the opening phrase: the last before the actor, with at most a title between. */
    private static int openingComma(List<Token> toks, EntityMention actor) {
        int k = 0; // the actor's first token
        while (k < toks.size() && toks.get(k).start() < actor.start()) k++;
        for (int j = k - 1; j > 0 && j >= k - 1 - MAX_TITLE; j--) {
            if (toks.get(j).text().equals(",")) return j;
            if (!TITLE.contains(toks.get(j).pos())) return -1;
        }
        return -1;
    }

    /**
     * The first token after an opening phrase that holds a time, and its comma ("On Monday night,
     * Clinton …", "In a speech in Fort Pierce, Florida Friday, Clinton …", "In a statement issued
     * Tuesday morning, presidential nominee Hillary Clinton …"), or 0 when the sentence opens
     * otherwise. The phrase opens with a preposition or its time and holds no auxiliary.
     */
    private static int afterOpeningTime(List<Token> toks, List<TimeExpression> times, EntityMention actor) {
        if (toks.isEmpty() || times.isEmpty() || !toks.get(0).pos().equals("ADP") && times.get(0).span().start() > toks.get(0).start()) {
            return 0;
        }
        int comma = openingComma(toks, actor);
        if (comma < 0) return 0;
        for (int j = 0; j < comma; j++) {
            if (toks.get(j).pos().equals("AUX")) return 0;
        }
        int at = toks.get(comma).start();
        return times.stream().anyMatch(t -> t.span().end() <= at) ? comma + 1 : 0;
    }

    /** From {@code start} (the actor, or the phrase opening its sentence) to the first clause break after the verb (the end of the sentence if none). */
    private static Span mainClause(List<Token> toks, int start, int verb) {
        int end = toks.get(toks.size() - 1).end();
        for (int k = verb + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!Occasions.placeComma(toks, k) && (BREAKS.contains(t.text().toLowerCase(Locale.ROOT)) || t.pos().equals("SCONJ"))) {
                end = toks.get(k).start();
                break;
            }
        }
        return new Span(start, end);
    }
}
