package extract.quotes;

import extract.doc.NewsDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An interview printed question by question: paragraphs opening with "Q:" or "Question:" (the interviewer)
 * and "A:" or "Answer:" (the one interviewed), or with the name of the one who answers ("Sahm:", "Claudia
 * Sahm:") where the questions carry "Q:". Each turn is the words of its speaker, word for word, like a
 * quotation; a turn's name says who speaks, else the one interviewed is the person named most often before the
 * first question ("Q&A with Vice President Joe Biden. Vice President Joe Biden spent Thursday …"), when those words
 * say an interview follows (an explainer's own "Q: What is …? A: …" names no one).
 */
final class InterviewTurns {
    static final String NAME = "interview-turn";
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*(Q|A|Question|Answer)[ \\t]*:[ \\t]+");
    /** A name of one to three capitalised words opening a paragraph, then a colon ("Sahm: ", "Claudia Sahm: "). */
    private static final Pattern NAME_LABEL = Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2})[ \\t]*:[ \\t]+");
    /** Fewer answers than these make no interview: a lone "A:" is a list's item or a label. */
    private static final int MIN_ANSWERS = 2;

    enum Role { QUESTION, ANSWER }

    /** {@code name}: the words of the label that names the turn's speaker ("Sahm"), null after "Q:" or "A:". */
    record Turn(Span content, Role role, Span name) {}

    private InterviewTurns() {}

    /**
     * The turns of the document, in order; none unless it reads as an interview. Where the questions are
     * labelled, a turn runs on over the paragraphs after it up to the next label (an answer of several
     * paragraphs); the last one, whose end no label marks, is its own paragraph.
     */
    static List<Turn> of(String text) {
        List<MatchResult> labels = new ArrayList<>(LABEL.matcher(text).results().toList());
        // (where the questions carry no label, a paragraph without one may be a question: each turn is one paragraph)
        boolean labelledQuestions = labels.stream().anyMatch(m -> m.group(1).startsWith("Q"));
        if (labelledQuestions) {
            labels.addAll(namedAnswers(text));
            labels.sort(Comparator.comparingInt(MatchResult::start));
        }
        List<Turn> turns = new ArrayList<>();
        int answers = 0;
        for (int k = 0; k < labels.size(); k++) {
            MatchResult m = labels.get(k);
            int end = k + 1 < labels.size() && labelledQuestions ? labels.get(k + 1).start() : paragraphEnd(text, m.end());
            while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end <= m.end()) continue;
            boolean named = !ROLE_LABELS.contains(m.group(1));
            Role role = !named && m.group(1).startsWith("Q") ? Role.QUESTION : Role.ANSWER;
            if (role == Role.ANSWER) answers++;
            turns.add(new Turn(new Span(m.end(), end), role, named ? new Span(m.start(1), m.end(1)) : null));
        }
        return answers >= MIN_ANSWERS ? turns : List.of();
    }

    private static final Set<String> ROLE_LABELS = Set.of("Q", "A", "Question", "Answer");

    /** The labels of names that open at least {@link #MIN_ANSWERS} paragraphs each ("Sahm: I think so."). */
    private static List<MatchResult> namedAnswers(String text) {
        List<MatchResult> all = NAME_LABEL.matcher(text).results().filter(m -> !ROLE_LABELS.contains(m.group(1))).toList();
        Map<String, Integer> count = new HashMap<>();
        for (MatchResult m : all) count.merge(m.group(1), 1, Integer::sum);
        return all.stream().filter(m -> count.get(m.group(1)) >= MIN_ANSWERS).toList();
    }

    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * The first mention of the person named most often before the first turn (the earliest on a tie), where the
     * words before it say an interview follows ({@code interview-cues.txt}); null if none.
     */
    static Span interviewee(NewsDocument doc, List<Turn> turns, CueLexicon lexicon) {
        if (turns.isEmpty()) return null;
        int before = turns.get(0).content().start();
        if (!lexicon.announcesInterview(doc.text().substring(0, before))) return null;
        Map<String, Integer> count = new HashMap<>();
        Map<String, Span> first = new HashMap<>();
        for (EntityMention e : doc.entities()) {
            if (e.start() >= before || e.type() != EntityType.PERSON) continue;
            count.merge(e.canonical(), 1, Integer::sum);
            first.putIfAbsent(e.canonical(), e.span());
        }
        String best = null;
        for (String name : count.keySet()) {
            if (best == null || count.get(name) > count.get(best)
                    || count.get(name).equals(count.get(best)) && first.get(name).start() < first.get(best).start()) {
                best = name;
            }
        }
        return best == null ? null : first.get(best);
    }

    /** One claim per turn: an answer from the one interviewed, a question from the interviewer (unnamed). */
    static List<Claim> claims(NewsDocument doc, List<Turn> turns, CueLexicon lexicon) {
        Span interviewee = interviewee(doc, turns, lexicon);
        List<Claim> out = new ArrayList<>();
        for (Turn t : turns) {
            Decision span = Decision.of(NAME, t.name() != null ? "an answer after “" + t.name().of(doc.text()) + ":”"
                    : t.role() == Role.ANSWER ? "an answer after “A:”" : "a question after “Q:”");
            ClaimSource source;
            Decision why;
            if (t.name() != null) {
                source = new ClaimSource.Named(t.name());
                why = Decision.of(NAME, "“" + t.name().of(doc.text()) + "”, the name before the answer");
            } else if (t.role() == Role.QUESTION) {
                source = new ClaimSource.Unnamed();
                why = Decision.of(NAME, "the interviewer’s question");
            } else if (interviewee != null) {
                source = new ClaimSource.Named(interviewee);
                why = Decision.of(NAME, "“" + interviewee.of(doc.text()) + "”, named most before the first question");
            } else {
                source = new ClaimSource.Unnamed();
                why = Decision.of(NAME, "no one interviewed named before the first question");
            }
            out.add(new Claim(t.content(), QuoteKind.DIRECT, null, source, Decision.NONE, why, span));
        }
        return out;
    }
}
