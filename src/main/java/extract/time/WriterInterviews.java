package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.nlp.Sentence;
import extract.text.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's own interviews: "a number of tax experts I spoke to this week … all the experts I
 * interviewed said": a statement whose speaker the writer describes as interviewed was made in those
 * interviews, at the time the article gives them. Immutable; one per run.
 */
final class WriterInterviews {
    /** How far after "I spoke to" (chars) the time of the interviews may start ("I spoke to this week"). */
    private static final int GAP = 3;
    private final Pattern clause;

    WriterInterviews(Set<String> verbs) {
        this.clause = Pattern.compile("(?i)\\b(?:I|we)\\h+" + Lexicons.alternation(verbs) + "\\b");
    }

    /** Whether a speaker's words describe them as interviewed by the writer ("the experts I interviewed"). */
    boolean interviewed(String speakerWords) {
        return clause.matcher(speakerWords).find();
    }

    /** The first time the article gives the writer's interviews, outside quotations ("I spoke to this week"), or null. */
    TimeExpression time(AnnotatedDocument doc, Predicate<Span> quoted, Function<Sentence, List<TimeExpression>> timesIn) {
        String text = doc.modelText();
        for (Sentence s : doc.sentences()) {
            Matcher m = clause.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (quoted.test(new Span(m.start(), m.start() + 1))) continue;
                for (TimeExpression t : timesIn.apply(s)) {
                    int gap = t.span().start() - m.end();
                    if (gap >= 0 && gap <= GAP) return t;
                }
            }
        }
        return null;
    }
}
