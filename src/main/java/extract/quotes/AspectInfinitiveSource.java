package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.List;

/**
 * "He went on to say that …", "Cuban was quick to call Cruz “…”", "and continued to insist", "Trump keeps
 * saying": a reporting verb in an infinitive after a phrase of going on or beginning ({@code aspect-phrases.txt}),
 * or in its "-ing" form after such a verb ({@code gerund-aspect-verbs.txt}),
 * takes the subject of that phrase's verb (or after "and", "but" of the frame or verb before). The
 * report follows, or is a quotation right before the frame.
 */
final class AspectInfinitiveSource implements SourceSieve {
    static final String NAME = "subject-of-aspect-verb";
    private final FrameGrammar grammar;

    AspectInfinitiveSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        int i = cue.start();
        if (!cue.verb() || i < 2) return SourceResult.PASS;
        int aspect = grammar.lexicon().aspectPhraseBefore(v, i - 1);
        int phraseEnd = i - 1; // the phrase ends before "to"
        if (aspect < 1) {
            aspect = grammar.lexicon().aspectBeforeGerund(v, i); // "keeps saying"
            phraseEnd = i;
        }
        if (aspect < 1) return SourceResult.PASS;
        int j = grammar.subjectEnd(v, aspect);
        SubjectPhrase subject = grammar.phrases().leftSubject(v, j);
        Span s;
        int start;
        if (subject != null) {
            s = v.span(subject.start(), subject.end());
            start = subject.frameStart();
        } else if (j >= 0 && v.pos(j) == Upos.CCONJ && !v.inQuote(j)) {
            // "Trump joked Brooklyn was his answer, but went on to say": the subject of the frame before, else of the verb "and" joins
            List<Frame> main = earlier.stream().filter(f -> f.subject() != null).toList();
            s = main.isEmpty() ? grammar.coordinatedSubjectBefore(v, j) : SharedSubjectSource.mainFrame(v, main).subject();
            start = j + 1;
        } else {
            return SourceResult.PASS;
        }
        if (s == null) return SourceResult.PASS;
        Complement c = grammar.complement(v, i);
        // before the frame only a quotation is what was said ("“…,” he went on to say"; not "…, I began to speak")
        if (!c.after() && !ContentBeforeFrame.quotationBefore(v, start)) {
            return SourceResult.NONE;
        }
        Frame.Direction dir = c.after() ? Frame.Direction.AFTER : Frame.Direction.BEFORE;
        return SourceResult.of(Frames.of(v, cue, s, start, c.at(), dir, -1, !c.after(), NAME,
                "subject " + Frames.words(v, s) + " of “" + v.span(aspect, phraseEnd).of(v.text()) + "” before " + Frames.cueWords(v, cue)));
    }
}
