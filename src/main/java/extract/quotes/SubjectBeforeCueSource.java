package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.List;

/**
 * "Xi has told", "Rosa Delgado, 59, of Ashton, Md., said", "the coach, Marco Bianchi, said": the
 * subject noun phrase before the cue, across appositives. The content follows the frame ("said
 * that", "said:") or precedes it ("“…,” he said"), or lies on both sides of a parenthetical frame.
 */
final class SubjectBeforeCueSource implements SourceSieve {
    static final String NAME = "subject-before-cue";
    private final FrameGrammar grammar;

    SubjectBeforeCueSource(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    /** The subject starting at word s follows an "as" that opens its sentence (perhaps after "But") or follows a comma. */
    private static boolean asClause(TokenView v, int s) {
        return FrameGrammar.afterOpeningAs(v, s) || s >= 2 && v.is(s - 1, "as") && !v.inQuote(s - 1) && v.is(s - 2, ",");
    }

    /**
     * "The firm lobbied on gaming, at both levels, said Charlie Black.": the subject found lies before a
     * verb of its own ("lobbied", read as a participle), the cue follows a comma, and a name after it
     * ends the sentence: the name is the source, after the cue.
     */
    private boolean nameEndsSentenceAfter(TokenView v, int cue, SubjectPhrase subject) {
        CueLexicon lexicon = grammar.lexicon();
        if (cue < 1 || !v.is(cue - 1, ",") || v.inQuote(cue - 1) || lexicon.takesHearer(v.lower(cue))
                || lexicon.objectReport(v.lower(cue))) {
            return false; // "Graham, a former candidate, told CBS News.": the hearer; "praised Sanders": the object
        }
        WordRange after = InvertedSubjectSource.phraseAfter(v, cue, grammar.phrases());
        if (after == null || !v.nameLike(after.end() - 1) || after.end() < v.size() && !v.is(after.end(), ".") && !v.is(after.end(), ",")) {
            return false;
        }
        // a verb before the subject ("… related to Trump's hotels, …, said") has it for object; one right after
        // it, before any comma ("The firm lobbied on gaming, …, said"), makes it the subject of another clause
        for (int m = 0; m < subject.frameStart(); m++) if (finiteVerb(v, m)) return true;
        for (int m = subject.end(); m < cue - 1 && !v.is(m, ","); m++) if (finiteVerb(v, m)) return true;
        return false;
    }

    /**
     * "… which was “extremely distressing,” wrote Taylor, who had never smoked": right after a closing quotation
     * the cue and a name, with a comma or the sentence's end after it, are inverted; the name speaks, not a subject
     * found before the quotation.
     */
    private boolean nameAfterQuotation(TokenView v, int cue) {
        if (!ContentBeforeFrame.quotationBefore(v, cue)) return false;
        WordRange after = InvertedSubjectSource.phraseAfter(v, cue, grammar.phrases());
        return after != null && v.nameLike(after.start()) && v.nameLike(after.end() - 1)
                && (after.end() >= v.size() || v.is(after.end(), ",") || v.is(after.end(), "."));
    }

    private static boolean finiteVerb(TokenView v, int m) {
        return v.isVerb(m) && !v.inQuote(m) && !v.lower(m).endsWith("ing");
    }

    @Override
    public SourceResult decide(TokenView v, CueSite site, List<Frame> earlier) {
        Cue cue = site.cue();
        if (!cue.verb()) return SourceResult.PASS;
        int i = cue.start();
        SubjectPhrase subject = site.subject();
        // "opened a Rochester rally blasting …": the occasion is the verb's object; the subject before it speaks
        if (subject == null || SharedSubjectSource.occasionObject(v, site, grammar.lexicon()) != null) return SourceResult.PASS;
        if (nameEndsSentenceAfter(v, i, subject) || nameAfterQuotation(v, i)) return SourceResult.PASS;
        // "Do you support Donald Trump? Like the page": outside quotations "you" is the reader, no source
        if (subject.end() - subject.start() == 1 && v.is(subject.start(), "you") && !v.inQuote(subject.start())) return SourceResult.NONE;
        // "Keeps saying she opposed the war": in a list of someone's deeds the sentence opens with its verb; no subject
        if (subject.start() == 0 && subject.end() == 1 && subject.end() == i && v.pos(0) == Upos.VERB && !v.inQuote(0) && v.lower(i).endsWith("ing")) {
            return SourceResult.NONE;
        }
        Complement c = grammar.complement(v, i);
        if (!c.after() && c.resume() >= 0 && v.onlyPunctuationBefore(subject.frameStart())) {
            // "Rubio says, win or lose, he's staying in the race": nothing before, so the report follows
            c = new Complement(true, grammar.afterParenthetical(v, c.resume()));
        } else if (!c.after() && c.resume() >= 0 && asClause(v, subject.frameStart())) {
            // "As Crane said, the two have become …", "…, as The Times reported on Saturday, he has …": the clause after
            c = new Complement(true, c.resume());
        }
        Frame.Direction dir = c.after() ? Frame.Direction.AFTER : Frame.Direction.BEFORE;
        boolean parenthetical = subject.frameStart() > 0 && v.is(subject.frameStart() - 1, ",");
        int resume = parenthetical ? c.resume() : -1;
        // "Sales were great, he said, wiping sweat off his face": a participle after it, with no verb
        // of a clause of its own to follow ("..., he said, replacing her would be hard"), is the writer's
        if (resume >= 0 && FrameGrammar.participleAdjunct(v, resume)) resume = -1;
        // ("…, an official said, adding that …": a reporting participle opens a frame of its own)
        if (resume >= 0 && v.lower(resume).endsWith("ing") && grammar.lexicon().isSpeechVerb(v.lower(resume))) resume = -1;
        Span s = v.span(subject.start(), subject.end());
        return SourceResult.of(Frames.of(v, cue, s, subject.frameStart(), c.at(), dir, resume, !c.after() && resume < 0,
                NAME, "subject " + Frames.words(v, s) + " of " + Frames.cueWords(v, cue)));
    }
}
