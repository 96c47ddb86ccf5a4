package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.List;

/**
 * "a series of tweets saying ...": before a participle cue, a noun phrase is the medium; the
 * speaker is the subject of the clause the participle hangs on. A name right before the participle
 * is no medium but its speaker ("footage of Trump saying").
 */
final class ParticipleClauseSource implements SourceSieve {
    static final String NAME = "subject-of-main-clause";
    private final FrameGrammar grammar;

    ParticipleClauseSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        int i = cue.start();
        if (!cue.verb() || !v.lower(i).endsWith("ing")) return SourceResult.PASS;
        // "while Trump is arguing that": a progressive has its own subject
        if (i > 0 && v.pos(i - 1) == Upos.AUX) return SourceResult.PASS;
        SubjectPhrase medium = site.subject();
        if (medium == null || grammar.lexicon().subjectPronoun(v.lower(medium.start()))) return SourceResult.PASS;
        // "footage of Trump saying", "showed Ruiz saying": a name right before the participle is its subject, no medium
        if (i == medium.end() && v.nameLike(i - 1)) return SourceResult.PASS;
        // "a Donald Trump tweet attacking …", "a New York Times report saying": a medium that names its
        // author speaks for the author, not for the clause it hangs on
        for (int k = medium.start() + 1; k < medium.end() - 1; k++) if (v.nameLike(k)) return SourceResult.PASS;
        // "with many nations feeling that …": after "with" the phrase is the participle's own subject
        if (i == medium.end() && medium.frameStart() > 0 && v.is(medium.frameStart() - 1, "with")) return SourceResult.PASS;
        if (people(v, medium)) return SourceResult.PASS;
        Span main = grammar.mainSubjectBefore(v, medium.start() - 1);
        Complement c = grammar.complement(v, i);
        if (main == null || !c.after()) return SourceResult.PASS;
        return SourceResult.of(Frames.of(v, cue, main, medium.frameStart(), c.at(), Frame.Direction.AFTER, -1, false,
                NAME, Frames.words(v, main) + ", whose " + Frames.words(v, v.span(medium.start(), medium.end())) + " "
                        + Frames.cueWords(v, cue)));
    }

    /**
     * "a man claiming allegiance", "donors seeking help", "62 percent of voters saying": people (or a
     * number of them) heading the phrase before the participle are its subject, no medium; unless the
     * phrase is a verb's object ("emailed supporters saying": the subject of "emailed" says it).
     */
    private boolean people(TokenView v, SubjectPhrase medium) {
        if (medium.start() > 0 && v.isVerb(medium.start() - 1)) return false;
        int head = lastBeforePreposition(v, medium.start(), medium.end()); // "a text message to supporters"
        if (person(v, head)) return true;
        boolean number = v.pos(head) == Upos.NUM || grammar.lexicon().quantifier(v.lower(head));
        if (!number && !(head > medium.start() && v.pos(head - 1) == Upos.NUM)) return false;
        // "some", "most of them", "62 percent of voters"; not "at one point", "a $40 million lawsuit"
        int of = head + 1 < medium.end() && v.is(head + 1, "of") ? head + 2 : -1;
        if (of < 0) return number;
        return person(v, lastBeforePreposition(v, of, medium.end()));
    }

    /** The last word from {@code from} before a preposition or {@code end}: a noun phrase's head. */
    private static int lastBeforePreposition(TokenView v, int from, int end) {
        int k = from;
        while (k + 1 < end && v.pos(k + 1) != Upos.ADP) k++;
        return k;
    }

    private boolean person(TokenView v, int i) {
        return v.pos(i) == Upos.PRON || grammar.lexicon().people(v.lower(i));
    }
}
