package extract.time;

import extract.doc.QuoteMarks;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.quotes.Attribution;
import extract.text.Span;
import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which words of a sentence report a statement rather than carry it. A time or place
 * belongs to a statement when it lies in the sentence of its cue, outside every quotation, outside
 * what was said (its own content, and any other statement's content that does not hold its cue),
 * outside relative clauses ("Kim, who met Trump in Singapore, said ..."), outside another clause
 * of the sentence (", comparing it to the crash of 1987"; ", while Moon said on Thursday"), and no
 * other statement's cue is closer to it. Closest to the cue wins, and crossing quoted or reported
 * words costs more than any distance, so the cue's own clause comes first. Times may stand inside
 * the speaker's words ("The ministry on Friday said"), places may not ("Republicans in Ohio said").
 *
 * <p>All look-ups go through {@link SpanIndex}, so the work per statement depends on its sentence,
 * not on the length of the article.
 */
final class ReportingClause {
    /** What is being attached: the speaker's own words may hold a time but not a place. */
    enum What { TIME, PLACE }

    private static final int CROSSING = 10_000;
    /** First tags (Universal POS) of a phrase that names or describes rather than reports. */
    private static final Set<String> DESCRIPTIVE = Set.of("DET", "NUM", "ADJ", "NOUN", "PROPN");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
    private static final Pattern RELATIVE = Pattern.compile(",\\h+(?i:who|which|whose|where|when)\\b[^,\"]*");
    private static final Set<String> OPENERS = Lexicons.words("clause-openers.txt");
    private static final Set<String> REPORTING_PARTICIPLES = Lexicons.words("reporting-participles.txt");

    private final AnnotatedDocument doc;
    private final List<Span> anchors = new ArrayList<>();
    private final List<Span> regions = new ArrayList<>();      // per attribution: the sentences of its anchor
    private final List<List<Span>> barred = new ArrayList<>(); // per attribution: stretches it may not take from
    private final List<Span> speakerWords = new ArrayList<>(); // per attribution: its speaker's words (null if none)
    private final List<List<Span>> topics = new ArrayList<>();  // per attribution: what its sentences speak about
    private final SpanIndex<Integer> byRegion;                 // attribution indices by region
    private final SpanIndex<Span> quotations;
    private final SpanIndex<Integer> contents;                 // attribution indices by content

    ReportingClause(AnnotatedDocument doc, List<Attribution> attributions) {
        this.doc = doc;
        for (Attribution a : attributions) {
            anchors.add(anchorOf(a));
            regions.add(region(anchorOf(a)));
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < attributions.size(); i++) indices.add(i);
        byRegion = new SpanIndex<>(indices, regions::get);
        SpanIndex<Integer> byContent = new SpanIndex<>(indices, i -> attributions.get(i).content());
        quotations = new SpanIndex<>(QuoteMarks.find(doc.text()), s -> s); // the quote stage's own table
        contents = byContent;
        SpanIndex<Span> relativeClauses = new SpanIndex<>(relativeClauses(), s -> s);
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            Span anchor = anchors.get(i);
            Span region = regions.get(i);
            List<Span> out = new ArrayList<>(ownContent(a, anchor));
            for (int j : byContent.overlapping(region)) {
                if (j != i && !attributions.get(j).content().contains(anchor)) out.add(attributions.get(j).content());
            }
            for (Span q : quotations.overlapping(region)) {
                if (!q.contains(anchor)) out.add(q);
            }
            for (Span r : relativeClauses.overlapping(region)) {
                if (!r.contains(anchor)) out.add(r);
            }
            out.addAll(appositives(a));
            out.addAll(otherClauses(anchor));
            Span before = otherClauseBeforeSpeaker(a);
            if (before != null) out.add(before);
            barred.add(out.stream().filter(b -> b.overlaps(region)).toList());
            // "Republicans in Washington said": the speaker's own words say who, not where
            speakerWords.add(a.speaker().mention() != null && a.cue() != null ? a.speaker().mention() : null);
            topics.add(topicPhrases(anchor));
        }
    }

    /**
     * The statement's own content, less the frame set in it between commas or dashes ("The
     * difference now, he told me on Friday, is that …": "on Friday" reports, it is not said).
     */
    private List<Span> ownContent(Attribution a, Span anchor) {
        Span c = a.content();
        if (c.start() >= anchor.end()) return settingAfterObject(c, anchor);
        if (!c.contains(anchor) || c.equals(anchor)) return List.of(c);
        int from = a.speaker().mention() != null && c.contains(a.speaker().mention())
                ? Math.min(anchor.start(), a.speaker().mention().start()) : anchor.start();
        int to = Math.max(anchor.end(), a.speaker().mention() != null && c.contains(a.speaker().mention())
                ? a.speaker().mention().end() : anchor.end());
        int asideStart = -1, asideEnd = -1;
        for (Sentence s : sentencesOver(anchor)) {
            for (Token t : s.tokens()) {
                if (!isBreak(t.text()) || !c.contains(t.span())) continue;
                if (t.end() <= from) asideStart = t.start();
                else if (t.start() >= to && asideEnd < 0) asideEnd = t.end();
            }
        }
        if (asideStart < 0 || asideEnd < 0) return List.of(c);
        return List.of(new Span(c.start(), asideStart), new Span(asideEnd, c.end()));
    }

    /**
     * "encouraging his supporters at a rally Friday evening in Michigan to ask why …": between the
     * hearer and the "to" or "that" of what was said, a phrase opened by "at", "during" or "in" tells
     * where and when the words were spoken, though the content is taken from the hearer on.
     */
    private List<Span> settingAfterObject(Span c, Span anchor) {
        for (Sentence s : sentencesOver(anchor)) {
            List<Token> toks = s.tokens();
            int first = 0;
            while (first < toks.size() && toks.get(first).start() < c.start()) first++;
            int setting = -1;
            for (int k = first + 1; k < toks.size() && k <= first + SETTING_REACH && c.contains(toks.get(k).span()); k++) {
                Token t = toks.get(k);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (t.pos().equals("VERB") || t.pos().equals("AUX") || t.text().length() == 1 && QuoteMarks.isMark(t.text().charAt(0))) break;
                if (setting < 0 && SETTING_WORDS.contains(w)) setting = k;
                if (setting >= 0 && (w.equals("to") && t.pos().equals("PART") || w.equals("that") && t.pos().equals("SCONJ"))) {
                    return List.of(new Span(c.start(), toks.get(setting).start()), new Span(t.start(), c.end()));
                }
            }
        }
        return List.of(c);
    }

    private static final Set<String> SETTING_WORDS = Set.of("at", "during", "in");
    /** How many tokens after the hearer's first word the setting and the "to" or "that" may reach. */
    private static final int SETTING_REACH = 14;

    /** The words that make the statement: its cue, else its speaker, else its content. */
    static Span anchorOf(Attribution a) {
        if (a.cue() != null) return a.cue();
        if (a.speaker().mention() != null) return a.speaker().mention();
        return a.content();
    }

    /** The words that make statement i (see {@link #anchorOf}). */
    Span anchor(int i) {
        return anchors.get(i);
    }

    /** Whether a span overlaps a quotation. */
    boolean isQuoted(Span s) {
        return quotations.anyOverlaps(s);
    }

    /** Whether a span lies in quoted or reported words: a quotation or any statement's content. */
    boolean isSaid(Span s) {
        return quotations.anyOverlaps(s) || contents.anyOverlaps(s);
    }

    /** The stretch of the sentences attribution {@code i}'s statement is made in. */
    Span region(int i) {
        return regions.get(i);
    }

    /**
     * "Graham told The New York Times then.", "reported at the time that": a word in the reporting
     * words after the cue that points back to a time told before. Its span, or null.
     */
    Span pointsBack(int i) {
        Span anchor = anchors.get(i);
        for (Sentence s : sentencesOver(anchor)) {
            List<Token> toks = s.tokens();
            Span thatsWhen = thatsWhen(toks, anchor);
            if (thatsWhen != null) return thatsWhen;
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                if (t.start() < anchor.end()) continue;
                String w = t.text().toLowerCase(Locale.ROOT);
                Span back = null;
                // the tagger reads "then" as anything; "and then" goes on in time, it does not point back
                if (w.equals("then") && !(k > 0 && GOING_ON.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT)))) {
                    back = t.span();
                }
                if (w.equals("at") && k + 2 < toks.size() && toks.get(k + 1).text().equalsIgnoreCase("the")
                        && toks.get(k + 2).text().equalsIgnoreCase("time")) {
                    back = new Span(t.start(), toks.get(k + 2).end());
                }
                if (back != null && reports(i, back)) return back;
            }
        }
        return null;
    }

    /** "That's when she pointed to reports …", "That was when": the sentence opens by pointing back, before the cue. */
    private static Span thatsWhen(List<Token> toks, Span anchor) {
        StringBuilder opening = new StringBuilder();
        for (Token t : toks) {
            if (t.start() >= anchor.start() || opening.length() > THATS_WHEN_LENGTH) break;
            opening.append(t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).append(' ');
            if (t.text().equalsIgnoreCase("when")) {
                return THATS_WHEN.contains(opening.toString().strip()) ? new Span(toks.get(0).start(), t.end()) : null;
            }
        }
        return null;
    }

    private static final Set<String> THATS_WHEN = Set.of("that 's when", "that is when", "that was when", "this is when",
            "this was when", "that's when");
    private static final int THATS_WHEN_LENGTH = 16;

    /** Whether a span lies in attribution {@code i}'s reporting words (not barred as quoted, reported or another clause). */
    boolean reports(int i, Span s) {
        return regions.get(i).contains(s) && cost(i, s, What.TIME) != Integer.MAX_VALUE;
    }

    /**
     * The candidate that reports attribution {@code i}'s statement, if any.
     * @param candidates indexed by their spans
     */
    <T> Optional<T> pick(int i, SpanIndex<T> candidates, Function<T, Span> spanOf, What what) {
        Span region = regions.get(i);
        T best = null;
        int bestCost = Integer.MAX_VALUE;
        for (T c : candidates.inside(region)) {
            Span s = spanOf.apply(c);
            int cost = cost(i, s, what);
            if (cost == Integer.MAX_VALUE || claimedByAnother(i, s, cost, what)) continue;
            // on a tie the words after the cue win: "said on Sunday"
            if (cost < bestCost || (cost == bestCost && s.start() > anchors.get(i).start())) {
                best = c;
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Past unless the cue is in the future ("will say", "is due to address", "plans to announce"):
     * which way a weekday or date without "last" or "next" points.
     */
    Tense tense(int i) {
        Span cue = anchors.get(i);
        for (Sentence s : sentencesOver(cue)) {
            List<Token> toks = s.tokens();
            for (int k = toks.size() - 1; k >= 0; k--) {
                if (!toks.get(k).span().overlaps(cue)) continue; // the cue's last word: "will say"
                for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                    String w = toks.get(j).text().toLowerCase(Locale.ROOT);
                    // "will say"; "is due to address", "plans to announce" (the "to" right before the cue)
                    if (Tense.marksFuture(toks, j) && (!w.equals("to") || j == k - 1)) return Tense.FUTURE;
                    if (!w.equals("to") && !toks.get(j).pos().equals("ADV") && !toks.get(j).pos().equals("PART")) break;
                }
                return Tense.PAST;
            }
        }
        return Tense.PAST;
    }

    private boolean claimedByAnother(int i, Span s, int cost, What what) {
        for (int j : byRegion.overlapping(s)) {
            if (j == i || anchors.get(j).equals(anchors.get(i))) continue;
            if (!regions.get(j).contains(s)) continue;
            if (cost(j, s, what) < cost) return true;
        }
        return false;
    }

    /** Distance from the anchor, plus a penalty per stretch of quoted or reported words crossed; MAX when barred. */
    private int cost(int i, Span s, What what) {
        Span anchor = anchors.get(i);
        for (Span b : barred.get(i)) {
            if (b.overlaps(s)) return Integer.MAX_VALUE;
        }
        if (what == What.PLACE && speakerWords.get(i) != null && speakerWords.get(i).overlaps(s)) return Integer.MAX_VALUE;
        if (what == What.PLACE) {
            for (Span t : topics.get(i)) {
                if (t.overlaps(s)) return Integer.MAX_VALUE;
            }
        }
        int from = Math.min(anchor.end(), s.end());
        int to = Math.max(anchor.start(), s.start());
        int cost = Math.max(0, to - from);
        for (Span b : barred.get(i)) {
            if (b.start() >= from && b.end() <= to) cost += CROSSING;
        }
        return cost;
    }

    /**
     * Clauses of the anchor's sentences that do not hold it, opened after a comma, semicolon or dash
     * by a conjunction ("while", "although", lexicon clause-openers.txt) or a participle that does
     * not describe the speaking (", comparing it to ..." but not ", speaking in Geneva"); each runs
     * to the next comma, semicolon or dash, or to the end of the sentence.
     */
    private List<Span> otherClauses(Span anchor) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : sentencesOver(anchor)) {
            List<Token> toks = s.tokens();
            for (int k = 1; k < toks.size(); k++) {
                if (!isBreak(toks.get(k - 1).text()) || !opensClause(toks.get(k))) continue;
                int end = k + 1;
                while (end < toks.size() && !isBreak(toks.get(end).text())) end++;
                Span clause = new Span(toks.get(k).start(), toks.get(end - 1).end());
                if (!clause.overlaps(anchor)) out.add(clause);
            }
        }
        return out;
    }

    /**
     * "spoke out about the death of Terence Crutcher in Tulsa": a place in what a statement is about
     * is where that happened, not where it was said. From the topic word to the next punctuation, verb or
     * clause opener ("spoke about her ties to churches while at the convention in Kansas City").
     */
    private List<Span> topicPhrases(Span anchor) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : sentencesOver(anchor)) {
            List<Token> toks = s.tokens();
            for (int k = 0; k + 1 < toks.size(); k++) {
                if (!TOPIC_WORDS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) continue;
                int end = k + 1;
                while (end < toks.size() && !toks.get(end).pos().equals("PUNCT") && !toks.get(end).pos().equals("VERB")
                        && !toks.get(end).pos().equals("AUX") && !OPENERS.contains(toks.get(end).text().toLowerCase(Locale.ROOT))) {
                    end++;
                }
                if (end > k + 1) out.add(new Span(toks.get(k).start(), toks.get(end - 1).end()));
            }
        }
        return out;
    }

    private static final Set<String> TOPIC_WORDS = Set.of("about", "regarding", "concerning");
    private static final Set<String> GOING_ON = Set.of("and", "but", "or");

    private static boolean isBreak(String token) {
        return token.equals(",") || token.equals(";") || token.equals("--") || token.equals("\u2014") || token.equals("\u2013");
    }

    private static boolean opensClause(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (OPENERS.contains(w)) return true;
        return t.pos().equals("VERB") && w.endsWith("ing") && !REPORTING_PARTICIPLES.contains(w);
    }

    /**
     * When the speaker is named before the cue, words before the speaker report the statement only
     * as an opening phrase ("In a report on Thursday, KCNA said"); after a finite verb they belong
     * to another clause ("The trip to China came a week after Kim, in his address, warned").
     */
    private Span otherClauseBeforeSpeaker(Attribution a) {
        Span speaker = a.speaker().mention();
        if (speaker == null || a.cue() == null || speaker.end() > a.cue().start()) return null;
        for (Sentence s : sentencesOver(speaker)) {
            if (!s.span().contains(speaker.start())) continue;
            List<Token> toks = s.tokens();
            for (int k = 1; k < toks.size() && toks.get(k).start() < speaker.start(); k++) {
                if (isFiniteVerb(toks.get(k)) && !attributive(toks, k)) return new Span(s.start(), whenPhraseStart(toks, speaker.start()));
            }
        }
        return null;
    }

    /**
     * "in the spotlight since Monday's debate, when Clinton cited": a "when" clause before the
     * speaker is the time of the phrase before its comma, back to its preposition. Returns where that
     * phrase starts, else {@code speakerStart}.
     */
    private static int whenPhraseStart(List<Token> toks, int speakerStart) {
        int w = 0;
        while (w < toks.size() && toks.get(w).end() <= speakerStart) w++;
        w--; // the word before the speaker
        if (w < 2 || !toks.get(w).text().equalsIgnoreCase("when") || !toks.get(w - 1).text().equals(",")) return speakerStart;
        for (int k = w - 2; k > 0; k--) {
            Token t = toks.get(k);
            if (isFiniteVerb(t) || t.pos().equals("PUNCT")) return speakerStart;
            if (t.pos().equals("ADP")) return t.start();
        }
        return speakerStart;
    }

    /**
     * Noun phrases set off by commas after the speaker describe the speaker, and the places in
     * them are where the speaker is from ("Leon, 63, a voter raised in Chile, said"; "said Leon, a
     * voter raised in Chile"); phrases opening with a preposition, verb or adverb still report
     * ("Kim, in his address, said").
     */
    private List<Span> appositives(Attribution a) {
        Span speaker = a.speaker().mention();
        List<Span> out = new ArrayList<>();
        if (speaker == null || a.cue() == null) return out;
        for (Sentence s : sentencesOver(speaker)) {
            if (!s.span().contains(speaker.start())) continue;
            // up to the cue when the speaker comes first, else to the end of the sentence
            int limit = speaker.end() <= a.cue().start() ? a.cue().start() : s.end();
            List<Token> toks = s.tokens();
            for (int k = 0; k + 1 < toks.size() && toks.get(k).start() < limit; k++) {
                if (toks.get(k).start() < speaker.end() || !toks.get(k).text().equals(",")) continue;
                int end = k + 1;
                while (end < toks.size() && toks.get(end).start() < limit && !toks.get(end).text().equals(",")) end++;
                Token first = toks.get(k + 1);
                if (DESCRIPTIVE.contains(first.pos()) || POSSESSIVE_PRONOUNS.contains(first.text().toLowerCase(Locale.ROOT))) {
                    out.add(new Span(toks.get(k).start(), Math.min(toks.get(end - 1).end(), limit)));
                }
            }
        }
        return out;
    }

    /** "a widely read column", "the leaked memo": a participle between a determiner or adverb and its noun describes the noun. */
    private static boolean attributive(List<Token> toks, int k) {
        if (k + 1 >= toks.size() || !toks.get(k).pos().equals("VERB")) return false;
        String before = toks.get(k - 1).pos(), after = toks.get(k + 1).pos();
        return (before.equals("DET") || before.equals("ADV")) && after.equals("NOUN");
    }

    /**
     * Universal POS has no finite-verb tag, so "-ing" forms are told apart by their ending and an
     * opening participle ("Asked about it, Trump said") by being first, which the caller skips.
     */
    private static boolean isFiniteVerb(Token t) {
        return t.pos().equals("VERB") && !t.text().endsWith("ing") || t.pos().equals("AUX");
    }

    /** The stretch of the sentences the anchor lies in. */
    private Span region(Span anchor) {
        int start = anchor.start(), end = anchor.end();
        for (Sentence s : sentencesOver(anchor)) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return new Span(start, end);
    }

    /** The sentences a span touches, found by binary search (sentences are in text order). */
    List<Sentence> sentencesOver(Span span) {
        List<Sentence> all = doc.sentences();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).end() <= span.start()) lo = mid + 1;
            else hi = mid;
        }
        int to = lo;
        while (to < all.size() && (all.get(to).start() < span.end() || all.get(to).span().contains(span.start()))) to++;
        return all.subList(lo, to);
    }

    /** The stretches of text the statements' times and places can come from. */
    List<Span> regions() {
        return regions;
    }

    private List<Span> relativeClauses() {
        List<Span> out = new ArrayList<>();
        Matcher m = RELATIVE.matcher(doc.modelText());
        for (Sentence s : doc.sentences()) {
            m.region(s.start(), s.end());
            while (m.find()) out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
