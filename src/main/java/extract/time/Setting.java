package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.quotes.Attribution;
import extract.quotes.QuoteKind;
import extract.text.Span;
import extract.text.SpanIndex;
import extract.time.Occasions.Occasion;
import extract.time.place.PlaceLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Ties statements to the occasions an article reports, in this order:
 * <ol>
 * <li>an occasion named in the statement's own reporting words ("said at the summit", "told
 *     reporters during Kim's visit to Beijing"); when those words give no place or time, the
 *     latest earlier occasion of the same kind that does ("the summit in Hanoi"; for "an interview",
 *     only one the speaker was at); when they give a place but no time, the time of an occasion of
 *     the same kind and place ("at a Michigan rally", "a rally Friday evening in Michigan"). A
 *     statement so named keeps to it: "in his New Year's address" is not the visit of the paragraph before;
 * <li>an occasion with a place in the statement's paragraph or the two before or after, among
 *     whose named people or organisations is the speaker or the one the cue addresses
 *     ("Xi told Kim ..." and "Kim's visit to the Chinese capital"), or that names nobody in a live
 *     blog's post (there a dated letter or statement needs no place); a city before a country, the
 *     nearest first; a statement whose own words date it only to an occasion of that date;
 * <li>the occasion of the same speaker's previous statement in this paragraph or up to three before;
 * <li>for a direct quote, the interview that was the speaker's latest occasion;
 * <li>for a written statement, the dated letter or memo told in its paragraph or the one before.
 * </ol>
 * {@link #previousOfSpeaker} gives that previous statement itself, whose stated date the next quotes
 * of the same occasion share.
 * Call {@link #occasionOf} in text order ({@link #inTextOrder}).
 */
final class Setting {
    private static final int NEAR_PARAGRAPHS = 2;
    /**
     * How many paragraphs after a statement the same speaker's next one may stand and still be of the
     * same interview or speech (two paragraphs of context may come between). On the when/where gold
     * set: 1 gave dates 65 and places 38 right, 2 gave 73 and 39 (false dates 9 to 11, places 16 to
     * 19), 3 gave 73 and 43 with no more false values; 6 gave more false values.
     */
    static final int SAME_OCCASION_PARAGRAPHS = 3;
    /** How far after the cue (chars) its addressee may start. */
    private static final int ADDRESSEE_GAP = 3;

    private final AnnotatedDocument doc;
    private final List<Attribution> attributions;
    private final ReportingClause clause;
    private final List<Occasion> occasions; // text order
    private final SpanIndex<Occasion> byNoun;
    private final PlaceLexicon places;
    private final Occasion[] tied;
    private final Occasion[] occasionBefore; // the speaker's latest occasion before each statement
    private final int[] paragraph;
    private final List<Integer> order;         // the statements in the text order of their reporting words
    private final int[] position;               // each statement's index in that order
    private final int[] nextBySpeaker;          // the same speaker's next statement in that order, -1 if none
    private final Map<String, Integer> lastBySpeaker = new HashMap<>(); // filled in text order
    private final Map<String, List<Occasion>> givingByKind = new HashMap<>(); // with a place or time, text order
    private final TimeStampedItems items;
    private final Map<String, Occasion> latestOccasion = new HashMap<>(); // speaker -> occasion of its latest tied statement
    private final Map<Occasion, Set<String>> speakersAt = new HashMap<>(); // who spoke at an occasion so far
    private final Predicate<Attribution> written;
    private final Occasions.Lexicon kinds;
    private Set<String> named; // the names of the document's entities, read when first needed

    /**
     * @param written whether a statement was written ("wrote", "tweeted")
     * @param kinds which occasion kinds are texts ("letter", "memo") and which are held apart ("interview")
     */
    Setting(AnnotatedDocument doc, List<Attribution> attributions, ReportingClause clause, List<Occasion> occasions,
            PlaceLexicon places, TimeStampedItems items, Predicate<Attribution> written, Occasions.Lexicon kinds) {
        this.doc = doc;
        this.written = written;
        this.kinds = kinds;
        this.items = items;
        this.attributions = attributions;
        this.clause = clause;
        this.occasions = occasions;
        this.byNoun = new SpanIndex<>(occasions, Occasion::noun);
        this.places = places;
        this.tied = new Occasion[attributions.size()];
        this.occasionBefore = new Occasion[attributions.size()];
        this.paragraph = new int[attributions.size()];
        for (Occasion o : occasions) {
            if (o.place() != null || o.time() != null) givingByKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
        }
        for (int i = 0; i < attributions.size(); i++) {
            List<Sentence> over = clause.sentencesOver(clause.region(i));
            paragraph[i] = over.isEmpty() ? -1 : over.get(0).paragraph();
        }
        this.order = List.copyOf(sortedByText(attributions.size(), clause));
        this.position = new int[attributions.size()];
        for (int k = 0; k < order.size(); k++) position[order.get(k)] = k;
        this.nextBySpeaker = new int[attributions.size()];
        Map<String, Integer> later = new HashMap<>(); // speaker -> its closest statement after, walking back
        for (int k = order.size() - 1; k >= 0; k--) {
            int i = order.get(k);
            String speaker = attributions.get(i).speaker().name();
            Integer j = speaker.isEmpty() ? null : later.get(speaker);
            // one sentence's two statements are not each other's next
            nextBySpeaker[i] = j == null ? -1 : clause.region(j).start() > clause.region(i).start() ? j : nextBySpeaker[j];
            if (!speaker.isEmpty()) later.put(speaker, i);
        }
    }

    private static List<Integer> sortedByText(int n, ReportingClause clause) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> clause.region(i).start()).thenComparingInt(i -> i));
        return order;
    }

    /** The paragraph of statement i's reporting words, -1 when unknown. */
    int paragraph(int i) {
        return paragraph[i];
    }

    /** The paragraph where statement i's words end ("PENCE: …" over three paragraphs), -1 when unknown. */
    int lastParagraph(int i) {
        List<Sentence> over = clause.sentencesOver(attributions.get(i).content());
        return over.isEmpty() ? paragraph[i] : Math.max(paragraph[i], over.get(over.size() - 1).paragraph());
    }

    /** The attributions' indices in the text order of their reporting words. */
    List<Integer> inTextOrder() {
        return order;
    }

    /**
     * The occasion statement {@code i} was made at, or null.
     * @param statedDate the date its own words give ("" if none)
     * @param dateOf     how an occasion's time is dated for this statement
     * @param aside      whether its words point back to another time ("told the Times then"), so that the
     *                   speaker's next quotes are not of its occasion
     */
    Occasion occasionOf(int i, String statedDate, Function<TimeExpression, String> dateOf, boolean aside) {
        Occasion named = named(i);
        Occasion o;
        if (named != null) {
            o = named.place() != null || named.time() != null ? datedBySamePlace(named) : earlierOfKind(named, i);
        } else {
            o = nearby(i, statedDate, dateOf);
            if (o == null) o = sameSpeakerBefore(i);
            if (o == null && statedDate.isEmpty()) o = interviewOf(i);
            if (o == null && statedDate.isEmpty()) o = textBefore(i);
        }
        tied[i] = o;
        String speaker = attributions.get(i).speaker().name();
        occasionBefore[i] = latestOccasion.get(speaker);
        if (o != null && !speaker.isEmpty()) latestOccasion.put(speaker, o);
        if (!speaker.isEmpty() && !aside) lastBySpeaker.put(speaker, i);
        if (o != null && !speaker.isEmpty()) speakersAt.computeIfAbsent(o, k -> new HashSet<>()).add(speaker);
        return o;
    }

    /**
     * Whether statement i's own words name a new occasion that gives it neither place nor time ("said
     * in an interview", no earlier interview of the speaker's): some other occasion than the one before.
     * "In Honolulu, he told a meeting … Mr. Obama said in his interview": an occasion held apart (an
     * interview, a broadcast) is another than the speaker's occasion before, unless it is that one.
     */
    boolean namesOtherOccasion(int i) {
        Occasion named = named(i);
        if (named == null) return false;
        Occasion before = occasionBefore[i];
        if (kinds.isApart(named.kind()) && before != null && before != (tied[i] != null ? tied[i] : named)) return true;
        return tied[i] == null && indefinite(named); // "in his speech" is the one told before
    }

    /**
     * "When Clinton noted that …, Trump boasted, “…”", "Trump saying during the debate, “…,” when Clinton
     * blasted him": two statements joined by "when" in one sentence were made at one occasion. The
     * other statement: the one whose cue lies in a "when" clause opening the sentence before this
     * one's cue, or, when this one's words follow "when", the one before it; -1 if none.
     */
    int answered(int i) {
        Attribution a = attributions.get(i);
        if (a.cue() == null) return -1;
        List<Sentence> over = clause.sentencesOver(a.cue());
        if (over.isEmpty()) return -1;
        Sentence s = over.get(0);
        String text = doc.modelText();
        boolean opens = WHEN.matcher(text).region(s.start(), s.end()).lookingAt();
        Span speaker = a.speaker().mention();
        // the speaker named before its cue in this sentence, else the cue: what "when" stands before
        int at = speaker != null && speaker.start() >= s.start() && speaker.start() < a.cue().start() ? speaker.start() : a.cue().start();
        boolean follows = AFTER_WHEN.matcher(text).region(Math.max(s.start(), at - 8), at).find();
        if (!opens && !follows) return -1;
        int found = -1;
        for (int j : order) {
            Attribution b = attributions.get(j);
            if (j == i || b.cue() == null || b.cue().start() < s.start()) continue;
            // past this one's cue, or this one inside its words ("When X said Y told him …"): no other statement
            if (b.cue().start() >= a.cue().start() || b.content().contains(a.cue())) break;
            found = j;
            if (opens) break; // the first, in the opening clause
        }
        return found;
    }

    // after a dateline, if any ("QUITO, Ecuador — When Ruiz said …")
    private static final Pattern WHEN = Pattern.compile("(?:[^\\n]{0,40}?[\u2014\u2013-]\\h+)?[\\h\"'`]*When\\h");
    private static final Pattern AFTER_WHEN = Pattern.compile("[,\"'`\u201d]\\h+when\\h+$");

    /** The statement right before statement i in the text, in its paragraph or the one before and in the same post; -1 if none. */
    int statementBefore(int i) {
        int k = position[i];
        if (k <= 0) return -1;
        int j = order.get(k - 1);
        return within(j, i, 1) ? j : -1;
    }

    /** The occasion noun in the statement's reporting words nearest its cue. */
    private Occasion named(int i) {
        Span region = clause.region(i);
        Occasion best = null;
        for (Occasion o : byNoun.inside(region)) {
            if (!clause.reports(i, o.noun())) continue;
            if (best == null || distance(i, o.noun()) < distance(i, best.noun())) best = o;
        }
        return best;
    }

    private int distance(int i, Span s) {
        Span a = clause.anchor(i);
        return Math.max(0, Math.max(a.start(), s.start()) - Math.min(a.end(), s.end()));
    }

    /**
     * The latest occasion of the same kind before this one whose words give a place or time. "the
     * summit" is the one named before; "an interview" is a new one unless the speaker was at the
     * earlier ("Alexander said in an interview" is not Obama's interview in Honolulu).
     */
    private Occasion earlierOfKind(Occasion named, int i) {
        Occasion earlier = earlierOfKind(named);
        if (earlier == null || !indefinite(named)) return earlier;
        String speaker = attributions.get(i).speaker().name();
        boolean there = earlier.participants().contains(speaker) || speakersAt.getOrDefault(earlier, Set.of()).contains(speaker);
        return there ? earlier : null;
    }

    /**
     * "at a Michigan rally" and, in another paragraph, "a rally Friday evening in Michigan": an occasion
     * of the same kind and place is the same occasion, whose time the other mention gives (the nearest).
     */
    private Occasion datedBySamePlace(Occasion o) {
        if (o.time() != null || o.place() == null) return o;
        Occasion best = null;
        for (Occasion other : givingByKind.getOrDefault(o.kind(), List.of())) {
            if (other.time() == null || other.place() == null || !samePlace(o, other)) continue;
            if (best == null || Math.abs(other.noun().start() - o.noun().start()) < Math.abs(best.noun().start() - o.noun().start())) {
                best = other;
            }
        }
        return best == null ? o
                : new Occasion(o.noun(), o.kind(), o.paragraph(), o.window(), o.place(), best.time(), o.participants());
    }

    /** "a rally in Novi, Michigan" and "a rally in Michigan": one names the other's place in its words. */
    private boolean samePlace(Occasion a, Occasion b) {
        String text = doc.modelText();
        return a.place().name().equals(b.place().name()) || a.window().of(text).contains(b.place().name())
                || b.window().of(text).contains(a.place().name());
    }

    private boolean indefinite(Occasion o) {
        String text = doc.modelText();
        int at = o.window().start();
        return text.regionMatches(true, at, "a ", 0, 2) || text.regionMatches(true, at, "an ", 0, 3);
    }

    private Occasion earlierOfKind(Occasion named) {
        List<Occasion> giving = givingByKind.getOrDefault(named.kind(), List.of());
        int lo = 0, hi = giving.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (giving.get(mid).noun().start() < named.noun().start()) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? null : giving.get(lo - 1);
    }

    /**
     * "the morning after the debate": the time the article gave the occasion named inside a time
     * expression, at its latest mention of that kind before it with a time of its own ("Monday's
     * debate"), or null.
     */
    TimeExpression timeOfOccasionIn(Span expression) {
        for (Occasion named : byNoun.inside(expression)) {
            List<Occasion> giving = givingByKind.getOrDefault(named.kind(), List.of());
            for (int k = giving.size() - 1; k >= 0; k--) {
                Occasion o = giving.get(k);
                if (o.noun().start() >= expression.start() || o.time() == null) continue;
                if (!o.time().meaning().namesNoDay() && !(o.time().meaning() instanceof TimeMeaning.EventShift)) return o.time();
            }
        }
        return null;
    }

    private Occasion nearby(int i, String statedDate, Function<TimeExpression, String> dateOf) {
        if (paragraph[i] < 0) return null;
        Set<String> who = participants(i);
        if (who.isEmpty() && !items.isLiveBlog()) return null;
        Occasion best = null;
        for (Occasion o : inParagraphs(paragraph[i] - NEAR_PARAGRAPHS, paragraph[i] + NEAR_PARAGRAPHS)) {
            // a live blog's post about a text, sent from nowhere in particular: its time alone ties it
            // ("The city of Phoenix is demanding … The city sent a cease-and-desist letter Thursday.")
            boolean text = items.isLiveBlog() && o.time() != null && kinds.isWritten(o.kind());
            if (o.place() == null && !text || !items.sameItem(o.noun().start(), clause.region(i).start())) continue;
            // a live blog's post tells one event: an occasion in it that names nobody is its speakers' too
            boolean theirs = o.participants().stream().anyMatch(who::contains) || items.isLiveBlog() && o.participants().isEmpty();
            if (!theirs) continue;
            // a statement dated by its own words goes to an occasion of that date only
            if (!statedDate.isEmpty() && (o.time() == null || !statedDate.equals(dateOf.apply(o.time())))) continue;
            if (best == null || better(i, o, best)) best = o;
        }
        return best;
    }

    /** A city (or venue) before a country, then the nearer paragraph, then the earlier. */
    private boolean better(int i, Occasion a, Occasion b) {
        if ((a.place() == null) != (b.place() == null)) return a.place() != null;
        boolean cityA = a.place() != null && !places.isCountry(a.place().name()), cityB = b.place() != null && !places.isCountry(b.place().name());
        if (cityA != cityB) return cityA;
        int da = Math.abs(a.paragraph() - paragraph[i]), db = Math.abs(b.paragraph() - paragraph[i]);
        if (da != db) return da < db;
        return a.noun().start() < b.noun().start();
    }

    /** Occasions whose paragraph lies in [from, to] (occasions are in text order, so paragraphs ascend). */
    private List<Occasion> inParagraphs(int from, int to) {
        int lo = 0, hi = occasions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (occasions.get(mid).paragraph() < from) lo = mid + 1;
            else hi = mid;
        }
        List<Occasion> out = new ArrayList<>();
        for (int k = lo; k < occasions.size() && occasions.get(k).paragraph() <= to; k++) out.add(occasions.get(k));
        return out;
    }

    /** The speaker, and whom the cue addresses: a name right after it ("told Kim", "has told Kim Jong-un"). */
    private Set<String> participants(int i) {
        Set<String> out = new HashSet<>();
        Attribution a = attributions.get(i);
        if (!a.speaker().name().isEmpty()) out.add(a.speaker().name());
        if (a.cue() == null) return out;
        for (EntityMention e : entitiesIn(new Span(a.cue().end(), Math.min(doc.text().length(), a.cue().end() + ADDRESSEE_GAP)))) {
            boolean next = doc.modelText().substring(a.cue().end(), e.start()).isBlank();
            if (next && e.type() != EntityType.LOCATION && clause.reports(i, e.span())) out.add(e.canonical());
        }
        return out;
    }

    private List<EntityMention> entitiesIn(Span region) {
        List<EntityMention> all = doc.entities();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < region.start()) lo = mid + 1;
            else hi = mid;
        }
        List<EntityMention> out = new ArrayList<>();
        for (int k = lo; k < all.size() && all.get(k).start() < region.end(); k++) out.add(all.get(k));
        return out;
    }

    /**
     * A profile built on one interview quotes it throughout ("“…,” he said in a recent interview in
     * Honolulu" and, pages on, "“…,” Mr. Obama said"): a direct quote of a speaker whose latest occasion
     * was an interview, in this item of a live blog, is of that interview.
     */
    private Occasion interviewOf(int i) {
        if (attributions.get(i).kind() != QuoteKind.DIRECT) return null;
        Occasion o = latestOccasion.get(attributions.get(i).speaker().name());
        return o != null && o.kind().equals(INTERVIEW) && items.sameItem(o.noun().start(), clause.region(i).start()) ? o : null;
    }

    private static final String INTERVIEW = "interview";

    /**
     * "They sent a letter on Thursday to Senate leaders. … “…,” they wrote.": a written statement
     * quotes the dated text (letter, memo) told in its paragraph or the one before, unless its
     * speaker is someone named whom that sentence does not name.
     */
    private Occasion textBefore(int i) {
        if (paragraph[i] < 0 || !written.test(attributions.get(i))) return null;
        String speaker = attributions.get(i).speaker().name();
        int at = clause.region(i).start();
        if (named == null) named = doc.entities().stream().map(EntityMention::canonical).collect(java.util.stream.Collectors.toSet());
        Occasion best = null;
        for (Occasion o : inParagraphs(paragraph[i] - 1, paragraph[i])) {
            if (o.noun().start() >= at || o.time() == null || !kinds.isWritten(o.kind())) continue;
            if (!o.participants().isEmpty() && !o.participants().contains(speaker) && named.contains(speaker)) continue;
            if (!items.sameItem(o.noun().start(), at)) continue;
            best = o;
        }
        return best;
    }

    /** The occasion of the same speaker's latest earlier statement, when at most three paragraphs before. */
    private Occasion sameSpeakerBefore(int i) {
        int j = previousOfSpeaker(i);
        return j < 0 ? null : tied[j];
    }

    /**
     * The same speaker's latest statement before statement i, when at most {@link #SAME_OCCASION_PARAGRAPHS}
     * paragraphs before (the next quotes of one interview or speech), else -1. Call before {@link #occasionOf}(i).
     */
    int previousOfSpeaker(int i) {
        String speaker = attributions.get(i).speaker().name();
        Integer j = speaker.isEmpty() ? null : lastBySpeaker.get(speaker);
        return j == null || j == i || !sameOccasionSpan(j, i) ? -1 : j;
    }

    /**
     * The same speaker's next statement after statement i, when at most {@link #SAME_OCCASION_PARAGRAPHS}
     * paragraphs after ("Trump says …" before "Trump said during a Friday rally that …"), else -1.
     */
    int nextOfSpeaker(int i) {
        int j = nextBySpeaker[i];
        return j >= 0 && sameOccasionSpan(i, j) ? j : -1;
    }

    /**
     * "The White House is saying … White House spokesman Josh Earnest said Monday": the next statement,
     * close after statement i, of one whose mention names i's speaker and a title of speaking for it
     * ({@code speaking-for.txt}), else -1.
     */
    int nextSpeakingFor(int i, Set<String> speakingFor) {
        String speaker = attributions.get(i).speaker().name();
        if (speaker.isEmpty()) return -1;
        String named = speaker.toLowerCase(Locale.ROOT);
        for (int k = position[i] + 1; k < order.size(); k++) {
            int j = order.get(k);
            if (!sameOccasionSpan(i, j)) return -1;
            Span mention = attributions.get(j).speaker().mention();
            if (mention == null || attributions.get(j).speaker().name().equals(speaker)) continue;
            String words = mention.of(doc.text()).toLowerCase(Locale.ROOT);
            if (words.contains(named) && speakingFor.stream().anyMatch(words::contains)) return j;
        }
        return -1;
    }

    /** Whether statement {@code later} is close enough after {@code earlier} to be of its occasion. */
    boolean sameOccasionSpan(int earlier, int later) {
        return within(earlier, later, SAME_OCCASION_PARAGRAPHS);
    }

    /** Statement {@code later} at most {@code paragraphs} paragraphs after {@code earlier}, in the same post. */
    private boolean within(int earlier, int later, int paragraphs) {
        return paragraph[earlier] >= 0 && paragraph[later] >= 0 && paragraph[later] - paragraph[earlier] <= paragraphs
                && items.sameItem(clause.region(earlier).start(), clause.region(later).start());
    }
}
