package extract.quotes;

import extract.nlp.AnnotatedDocument;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.speaker.DocumentSpeakers;
import extract.speaker.Speaker;
import extract.speaker.SpeakerLexicon;
import extract.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the attributions of a document: reporting frames with their content (direct, mixed or
 * indirect), quotations split by their attribution, and stand-alone quotations that take the
 * speaker of their paragraph. Immutable and shareable; all per-document state is local.
 */
public final class AttributionFinder {
    private static final int MIN_STANDALONE_WORDS = 4;

    private final FrameFinder frameFinder;
    private final CueLexicon cues;
    private final SpeakerLexicon speakerLexicon;
    private final QuotedTitles titles = QuotedTitles.fromResources();

    public AttributionFinder(CueLexicon cues, SpeakerLexicon speakers) {
        this.frameFinder = new FrameFinder(cues);
        this.cues = cues;
        this.speakerLexicon = speakers;
    }

    public List<Attribution> find(AnnotatedDocument doc) {
        List<Span> quotes = QuoteMarks.find(doc.text());
        SpanIndex<Span> quoteIndex = new SpanIndex<>(quotes, q -> q);
        List<TokenView> views = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            TokenView v = new TokenView(doc.sentences().get(s), quotedTokens(doc.sentences().get(s), quoteIndex), cues);
            views.add(v);
            List<Frame> frames = frameFinder.find(s, v);
            for (int k = 0; k < frames.size(); k++) {
                Candidate c = candidate(v, frames, k, quoteIndex);
                // a frame with no content of its own may still take a quotation next to it
                candidates.add(c != null ? c : new Candidate(frames.get(k), null, null));
            }
        }
        List<Candidate> kept = resolveNesting(candidates.stream().filter(c -> c.content() != null).toList());
        List<Attribution> bare = new ArrayList<>();
        DocumentSpeakers speakers = new DocumentSpeakers(doc,
                span -> quoteIndex.overlapping(span).stream().anyMatch(q -> q.contains(span)), speakerLexicon);
        List<Attribution> out = resolveSpeakers(speakers, candidates, kept, bare);
        List<Attribution> frames = new ArrayList<>(out);
        frames.addAll(bare);
        out.addAll(splitAndStandaloneQuotes(doc, views, quotes, out, frames, speakers));
        // "said on “Meet the Press.”": a quoted title is no quotation
        out.removeIf(a -> a.kind() == QuoteKind.DIRECT && titles.isTitle(a.content().of(doc.text())));
        out.sort(Comparator.comparing(Attribution::content));
        return out;
    }

    /** A frame with its content span and kind (both null when it has none), before speakers are resolved. */
    private record Candidate(Frame frame, Span content, QuoteKind kind) {}

    private Candidate candidate(TokenView v, List<Frame> frames, int k, SpanIndex<Span> quoteIndex) {
        Frame f = frames.get(k);
        int from, to;
        if (f.direction() == Frame.Direction.AFTER) {
            from = f.end();
            int next = k + 1;
            // "claiming that he had a source who told him ...": a relative clause's frame is part of the
            // content, and so is a frame whose subject opens it ("May said that the country would declare")
            boolean nested = false;
            while (next < frames.size() && (isRelative(v, frames.get(next)) || frames.get(next).start() <= from
                    || subordinate(v, frames.get(next)) || nested && continuesClause(v, frames.get(next))
                    || complementOfVerb(v, frames.get(next), from))) {
                // "According to X, those documents reveal the DNC has asked ...": a frame that opens the
                // content takes in the frames of its own content too, up to a new clause
                nested |= frames.get(next).start() <= from && frames.get(next).direction() == Frame.Direction.AFTER;
                next++;
            }
            to = next < frames.size() ? frames.get(next).start() : v.size();
            if (isRelative(v, f) && f.start() > 0 && v.is(f.start() - 1, ",")) {
                // "the EU, which contended that Ireland undertaxed Apple, is ...": the clause ends at its comma
                for (int i = from; i < to; i++) {
                    if (v.is(i, ",") && !v.inQuote(i)) {
                        to = i;
                        break;
                    }
                }
            }
        } else {
            // "after Kim concluded a trip": a frame inside a subordinate clause reports nothing before it
            if (f.start() > 0 && (v.pos(f.start() - 1).equals("SCONJ") || v.pos(f.start() - 1).equals("ADP"))) return null;
            Frame prev = k > 0 ? frames.get(k - 1) : null;
            from = prev != null && prev.direction() == Frame.Direction.BEFORE ? prev.end() : 0;
            // a parenthetical frame reports the words on both sides of it: one span over both
            to = f.resume() >= 0 ? (k + 1 < frames.size() ? frames.get(k + 1).start() : v.size()) : f.start();
            // "While most were confidential, according to X, two were secret": only the main clause after it
            if (f.resume() >= 0 && v.pos(from).equals("SCONJ") && !v.inQuote(from)) from = f.resume();
        }
        for (int i = from + 1; i + 1 < to; i++) {
            // "He claimed that X, although he refused to ...": the writer's clause is not the report
            if (v.is(i, ",") && !v.inQuote(i) && (cues.narratorClause(v.lower(i + 1)) || narratorEvent(v, i + 1))) {
                to = i;
                break;
            }
        }
        while (from < to && (isTrimmable(v, from) || v.is(from, "that"))) from++;
        while (to > from && isTrimmable(v, to - 1)) to--;
        if (f.direction() == Frame.Direction.BEFORE) from = quotationAfterColon(v, from, to);
        if (to <= from) return null;
        Span content = extendOverQuotes(FrameFinder.span(v, from, to), quoteIndex);
        // after "Name:" the words are the statement, verb or not ("Lynch: No outside influence on probe")
        boolean colon = v.is(f.cueStart(), ":");
        // "..., according to the poll average": the phrase marks a report even where the tagger found no verb
        boolean accordingTo = v.is(f.cueStart(), "according");
        List<Span> quotes = quoteIndex.overlapping(content);
        QuoteKind kind = kindOf(content, quotes, v, from, to, !colon && !accordingTo);
        if (kind == null) return null;
        if (kind == QuoteKind.DIRECT) content = covering(content, quotes);
        return new Candidate(f, content, kind);
    }

    /**
     * ", and Emanuel released the video", ", but he railed against ...": after a comma, "and" or "but"
     * with a name or pronoun and a verb in the past tense starts the writer's account of what happened
     * next, not more of the report.
     */
    private static boolean narratorEvent(TokenView v, int k) {
        if (k + 2 >= v.size() || !(v.is(k, "and") || v.is(k, "but")) || v.inQuote(k)) return false;
        int subject = k + 1;
        int verb = subject + 1;
        while (verb < v.size() && v.nameLike(verb) && v.nameLike(verb - 1)) verb++; // "Rahm Emanuel"
        boolean named = v.pos(subject).equals("PRON") && (v.is(subject, "he") || v.is(subject, "she")) || v.nameLike(subject);
        return named && verb < v.size() && v.pos(verb).equals("VERB") && v.lower(verb).endsWith("ed");
    }

    /**
     * "Murphy lamented the churn: “There's a ton of it,” he said.": when the words before a cue end
     * in a quotation opened after a colon, the quotation alone is the report. Returns the new start.
     */
    private static int quotationAfterColon(TokenView v, int from, int to) {
        int close = to - 1;
        if (close <= from || !v.isQuoteMark(close)) return from;
        int open = close - 1;
        while (open > from && !v.isQuoteMark(open)) open--;
        return open > from && v.is(open - 1, ":") ? open : from;
    }

    /**
     * "said he had taken no fees since announcing his candidacy": a gerund after a subordinating word
     * or a preposition (not "that") belongs to the clause before it, which runs on over it.
     */
    private static boolean subordinate(TokenView v, Frame f) {
        int before = f.cueStart() - 1;
        return before >= 0 && v.lower(f.cueStart()).endsWith("ing") && !v.inQuote(before) && !v.is(before, "that")
                && (v.pos(before).equals("SCONJ") || v.pos(before).equals("ADP"));
    }

    /** "those documents reveal the DNC has asked": a frame right after another verb (or its "that") is that verb's object. */
    private static boolean complementOfVerb(TokenView v, Frame f, int from) {
        int before = f.start() - 1;
        if (before <= from || v.inQuote(before)) return false;
        // "will not attend the convention and others have said": a subject joined by "and" starts a clause of its own
        for (int i = f.start(); i < f.cueStart(); i++) if (v.pos(i).equals("CCONJ")) return false;
        return v.isVerb(before) || v.is(before, "that") && before > from && v.isVerb(before - 1);
    }

    /** The frame's first word follows a word of the same clause, not a comma, semicolon or conjunction. */
    private static boolean continuesClause(TokenView v, Frame f) {
        int before = f.start() - 1;
        return before >= 0 && !v.isPunct(before) && !v.pos(before).equals("CCONJ");
    }

    private static boolean isRelative(TokenView v, Frame f) {
        return f.subject() != null && f.subject().length() <= 5
                && (v.is(f.start(), "who") || v.is(f.start(), "which") || v.is(f.start(), "that"));
    }

    private static boolean isTrimmable(TokenView v, int i) {
        return v.isPunct(i) && !v.isQuoteMark(i) || v.pos(i).equals("CCONJ") && !v.inQuote(i);
    }

    private static Span extendOverQuotes(Span content, SpanIndex<Span> quoteIndex) {
        int start = content.start(), end = content.end();
        for (Span q : quoteIndex.overlapping(content)) {
            if (q.start() < start && start < q.end()) start = q.start();
            if (q.start() < end && end < q.end()) end = q.end();
        }
        return new Span(start, end);
    }

    /**
     * Direct when one quotation holds all the content's words, mixed when some, else indirect; null:
     * not speech. {@code quotes} are the quotations that overlap the content.
     */
    private static QuoteKind kindOf(Span content, List<Span> quotes, TokenView v, int from, int to, boolean needsClause) {
        int words = 0, quotedWords = 0;
        boolean clause = v.is(from, "to") && from + 1 < to && v.isVerb(from + 1); // "promised to find a buyer"
        boolean subject = false;
        for (int i = from; i < to; i++) {
            if (v.isPunct(i)) continue;
            words++;
            if (v.inQuote(i)) quotedWords++;
            // a clause: a verb after a word that can be its subject ("the plant will close")
            if (v.isVerb(i) && subject) clause = true;
            String p = v.pos(i);
            subject |= p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") || p.equals("NUM") || v.nameLike(i);
        }
        Span q = covering(content, quotes);
        if (q != null && content.start() >= q.start() && content.end() <= q.end() + 1) return QuoteKind.DIRECT;
        if (quotedWords == words && words > 0 && q != null) return QuoteKind.DIRECT;
        if (quotedWords > 0 || overlapsAny(content, quotes)) return words >= 2 ? QuoteKind.MIXED : null;
        return words >= 3 && (clause || !needsClause) ? QuoteKind.INDIRECT : null;
    }

    private static Span covering(Span content, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.overlaps(content) && q.start() <= content.start() + 1 && q.end() >= content.end() - 1) return q;
        }
        return null;
    }

    private static boolean overlapsAny(Span s, List<Span> quotes) {
        for (Span q : quotes) if (q.overlaps(s)) return true;
        return false;
    }

    /**
     * One attribution per content: a wrapper ("..., the agency added", "according to X") yields to
     * the attribution it contains; an attribution inside another's content is part of that content.
     */
    private static List<Candidate> resolveNesting(List<Candidate> all) {
        SpanIndex<Candidate> byContent = new SpanIndex<>(all, Candidate::content);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            // ("According to X, S" leads its sentence: S is X's, whatever S reports in turn)
            boolean leading = c.frame().direction() == Frame.Direction.AFTER;
            if (c.frame().wrapper() && !leading && containsOtherCue(c, byContent)) continue;
            kept.add(c);
        }
        SpanIndex<Candidate> keptByContent = new SpanIndex<>(kept, Candidate::content);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            boolean inner = false;
            for (Candidate o : keptByContent.overlapping(c.frame().cue())) {
                inner |= o != c && o.content().contains(c.frame().cue()) && !c.content().contains(o.frame().cue());
            }
            if (!inner) out.add(c);
        }
        return out;
    }

    private static boolean containsOtherCue(Candidate c, SpanIndex<Candidate> byContent) {
        for (Candidate o : byContent.overlapping(c.content())) {
            if (o != c && c.content().contains(o.frame().cue())) return true;
        }
        return false;
    }

    /**
     * Speakers in text order, so pronouns see the speakers before them. Returns the kept attributions;
     * {@code bare} receives the frames with no content, as attributions whose content is their cue.
     */
    private static List<Attribution> resolveSpeakers(DocumentSpeakers speakers, List<Candidate> all,
            List<Candidate> kept, List<Attribution> bare) {
        List<Candidate> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing(c -> c.frame().cue()));
        java.util.Set<Candidate> keptSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keptSet.addAll(kept);
        List<Attribution> out = new ArrayList<>();
        for (Candidate c : ordered) {
            Span subject = c.frame().subject();
            if (c.content() == null && subject != null) {
                Span cue = c.frame().cue();
                bare.add(new Attribution(cue, QuoteKind.DIRECT, cue, speakers.resolve(subject)));
                continue;
            }
            if (!keptSet.contains(c)) {
                if (subject != null) speakers.remember(subject);
                continue;
            }
            Speaker sp = subject == null ? Speaker.NONE : speakers.resolve(subject);
            out.add(new Attribution(c.content(), c.kind(), c.frame().cue(), sp));
        }
        return out;
    }

    /**
     * Quotations no frame took: the first part of a split quote ("A," he said, "B.") takes the frame
     * that follows it; a quotation standing as its own sentence takes its paragraph's speaker when that
     * is unambiguous. Short quoted words with no speech act (titles, scare quotes) are left out.
     */
    private static List<Attribution> splitAndStandaloneQuotes(AnnotatedDocument doc, List<TokenView> views,
            List<Span> quotes, List<Attribution> found, List<Attribution> frames, DocumentSpeakers speakers) {
        List<Attribution> extra = new ArrayList<>();
        String text = doc.text();
        SpanIndex<Attribution> byContent = new SpanIndex<>(found, Attribution::content);
        SpanIndex<Attribution> byCue = new SpanIndex<>(frames.stream().filter(a -> a.cue() != null).toList(), Attribution::cue);
        ParagraphSpeakers paragraphs = new ParagraphSpeakers(doc.sentences(), found);
        for (Span q : quotes) {
            boolean taken = !byContent.overlapping(q).isEmpty()
                    || !extra.isEmpty() && extra.get(extra.size() - 1).content().overlaps(q);
            if (taken) continue;
            Attribution next = attributionRightAfter(q, byCue, text);
            if (next == null) next = attributionRightBefore(q, byCue, text);
            if (next != null) {
                extra.add(new Attribution(q, QuoteKind.DIRECT, next.cue(), next.speaker()));
                continue;
            }
            Span signed = signature(q, text);
            if (signed != null) {
                extra.add(new Attribution(q, QuoteKind.DIRECT, null, speakers.resolve(signed)));
                continue;
            }
            if (!standsAlone(q, views, paragraphs)) continue;
            extra.add(new Attribution(q, QuoteKind.DIRECT, null, paragraphs.speakerFor(q)));
        }
        return extra;
    }

    /** An attribution whose speaker mention or cue follows the quote with only punctuation between. */
    private static Attribution attributionRightAfter(Span q, SpanIndex<Attribution> byCue, String text) {
        for (Attribution a : byCue.startingIn(q.end(), q.end() + 300)) {
            int frameStart = Math.min(a.cue().start(), a.speaker().mention() == null ? Integer.MAX_VALUE
                    : a.speaker().mention().start());
            if (frameStart < q.end() || a.content().start() < q.end()) continue;
            if (onlyPunctuation(text, q.end(), frameStart)) return a;
        }
        return null;
    }

    /**
     * The second part of a split quote after a frame with a phrase of its own ("A," Trump said during
     * a rally in Ohio, "B."): the attribution whose cue ends shortly before the quote, with a comma
     * just before the quote and no other quotation between.
     */
    private static Attribution attributionRightBefore(Span q, SpanIndex<Attribution> byCue, String text) {
        for (Attribution a : byCue.startingIn(q.start() - 120, q.start())) {
            if (a.cue().end() > q.start() || a.content().end() > q.start()) continue;
            if (q.start() - a.cue().end() > 80) continue;
            String between = text.substring(a.cue().end(), q.start()).strip();
            if ((between.isEmpty() || between.endsWith(",") || between.endsWith(":"))
                    && between.chars().noneMatch(c -> c == '"' || c == '\u201C' || c == '\u201D')) {
                return a;
            }
        }
        return null;
    }

    /**
     * A quotation signed with a dash and a name ("…” ― Pamela Padilla", as in collected reader
     * quotes): the name's span, or null. The name must end its paragraph.
     */
    private static Span signature(Span q, String text) {
        int i = q.end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(i)) < 0) return null;
        i++;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int start = i;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        int end = i;
        while (end > start && ".,; ".indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end - start < 2 || end - start > 60 || !Character.isUpperCase(text.codePointAt(start))) return null;
        for (String word : text.substring(start, end).split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !word.equals("de") && !word.equals("van")) return null;
        }
        return new Span(start, end);
    }

    /** Punctuation and spaces only, within one paragraph: a quote ending a paragraph is not the next one's. */
    private static boolean onlyPunctuation(String text, int from, int to) {
        if (to - from > 4) return false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\n' || c == '\r') return false;
        }
        return true;
    }

    /** At least a few words, and the quotation is (nearly) the whole of its sentence or sentences. */
    private static boolean standsAlone(Span q, List<TokenView> views, ParagraphSpeakers paragraphs) {
        int words = 0, outside = 0;
        for (int si = paragraphs.sentenceAt(q.start()); si >= 0 && si < views.size(); si++) {
            TokenView v = views.get(si);
            Sentence s = v.sentence();
            if (s.start() >= q.end()) break;
            if (s.end() <= q.start()) continue;
            for (int i = 0; i < v.size(); i++) {
                if (v.isPunct(i)) continue;
                if (q.contains(v.token(i).start())) words++;
                else outside++;
            }
        }
        return words >= MIN_STANDALONE_WORDS && outside <= Math.max(1, words / 5);
    }

    private static boolean[] quotedTokens(Sentence s, SpanIndex<Span> quotes) {
        List<Token> tokens = s.tokens();
        boolean[] in = new boolean[tokens.size()];
        List<Span> near = quotes.overlapping(s.span());
        for (int i = 0; i < in.length; i++) {
            Token t = tokens.get(i);
            for (Span q : near) {
                if (q.start() <= t.start() && t.end() <= q.end()) {
                    in[i] = true;
                    break;
                }
            }
        }
        return in;
    }
}
