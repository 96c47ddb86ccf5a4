package extract.speaker;

import java.util.List;
import java.util.function.Consumer;

/**
 * "he", "she", "it": the earlier name the trained {@link SpeakerRanker} rates highest, when it rates
 * it at least {@link #THRESHOLD}; below that the rule sieves after it decide. Without a model it
 * passes every mention on; when recording (training) it passes every mention on after reporting its
 * candidates.
 */
final class RankedPronoun implements SpeakerSieve {
    static final String NAME = "ranked-pronoun";
    static final double THRESHOLD = SpeakerRanker.THRESHOLD;

    private final CandidateFeatures features = new CandidateFeatures();
    private final SpeakerRanker ranker;
    private final Consumer<RankedCandidates> recorder;

    /** {@code ranker} null: off; {@code recorder} non-null: report candidates and decide nothing. */
    RankedPronoun(SpeakerRanker ranker, Consumer<RankedCandidates> recorder) {
        this.ranker = ranker;
        this.recorder = recorder;
    }

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if ((ranker == null && recorder == null) || !m.personalPronoun()) return null;
        List<CandidateFeatures.Scored> candidates = features.candidates(m, ctx);
        if (recorder != null) {
            recorder.accept(new RankedCandidates(RankedCandidates.Kind.PRONOUN, m.phrase(), candidates.stream().map(CandidateFeatures.Scored::candidate).toList()));
            return null;
        }
        CandidateFeatures.Scored best = null;
        double top = THRESHOLD;
        for (CandidateFeatures.Scored c : candidates) {
            double p = ranker.score(c.candidate());
            if (p >= top) {
                top = p;
                best = c;
            }
        }
        if (best == null) return null;
        Referent r = best.referent();
        String gender = m.gender();
        if (gender != null && ctx.genderOf(r) == null) ctx.learnGender(r, gender);
        return Resolution.found(ctx, m.phrase(), r, NAME, Resolution.arrow(ctx, m.phrase(), r.canonical())
                + String.format(java.util.Locale.ROOT, ", ranked first of %d (p = %.2f)", candidates.size(), top));
    }
}
