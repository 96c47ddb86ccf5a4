package extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame stage: finds the reporting frames of a sentence. The sieves run in the order listed
 * here; for each word the first cue sieve that sees a cue wins, and for each cue the first source
 * sieve that decides (a frame, or none) wins.
 */
final class FrameFinder {
    private final HeadlineColonFrame headline;
    private final List<CueSieve> cueSieves;
    private final List<SourceSieve> sourceSieves;
    private final FrameGrammar grammar;

    FrameFinder(FrameGrammar grammar) {
        CueLexicon lexicon = grammar.lexicon();
        this.grammar = grammar;
        this.headline = new HeadlineColonFrame(grammar);
        this.cueSieves = List.of(
                new SourcePhraseCue(lexicon),
                new ParticleObjectCue(lexicon),
                // before the speech verbs: "described the deal as “a giveaway”" names, and needs no clause
                new NamingVerbCue(grammar),
                new SpeechVerbCue(lexicon),
                new BeliefVerbCue(grammar),
                new DocumentPhraseCue(grammar),
                new ClaimNounCue(lexicon),
                new VerbAfterQuoteCue(grammar),
                new VerbBeforeColonQuoteCue(lexicon));
        this.sourceSieves = List.of(
                new PhraseObjectSource(grammar),
                new ClaimOwnerSource(),
                new UnnamedAskerSource(grammar),
                new PassiveAgentSource(grammar),
                new PassiveSubjectGuard(grammar),
                new ParticipleClauseSource(grammar),
                new AspectInfinitiveSource(grammar),
                new NameAfterQuotationSource(grammar),
                new SubjectBeforeCueSource(grammar),
                new SharedSubjectSource(grammar),
                new InvertedSubjectSource(grammar));
    }

    List<Frame> find(TokenView v) {
        List<Frame> frames = new ArrayList<>();
        Frame h = headline.find(v);
        if (h != null) frames.add(h);
        for (int i = 0; i < v.size(); i++) {
            // "the self-described socialist", "a state-sponsored hacker": no cue inside a word
            if (v.inQuote(i) || v.afterHyphen(i) || v.opensCompound(i)) continue;
            Cue cue = cueAt(v, i);
            if (cue == null) continue;
            Frame f = frameOf(v, cue, frames);
            if (f != null) {
                frames.add(f);
                i = Math.max(i, f.cueEnd() - 1);
            }
        }
        return frames;
    }

    private Cue cueAt(TokenView v, int i) {
        for (CueSieve s : cueSieves) {
            Cue c = s.find(v, i);
            if (c != null) return c;
        }
        return null;
    }

    private Frame frameOf(TokenView v, Cue cue, List<Frame> earlier) {
        int subjectEnd = grammar.subjectEnd(v, cue.start());
        SubjectPhrase subject = null;
        if (cue.verb()) {
            subject = grammar.phrases().shownSpeaker(v, cue.start());
            if (subject == null) subject = grammar.phrases().leftSubject(v, subjectEnd);
        }
        CueSite site = new CueSite(cue, subjectEnd, subject);
        for (SourceSieve s : sourceSieves) {
            SourceResult r = s.decide(v, site, earlier);
            if (r.decided()) return r.frame();
        }
        return null;
    }
}
