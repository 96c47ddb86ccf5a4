package extract.speaker.rank;

import extract.speaker.RankedCandidates;
import extract.speaker.SpeakerRanker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;

/**
 * Trains the speaker ranker on labelled pronouns and quotations, and checks it against the rules by training on
 * all articles but every {@code k}-th and scoring on those (so the rules are beaten on text the
 * model did not see, without touching dev).
 */
public final class RankerTrainer {
    /** How the ranker did on held-out items of one kind beside the rules: each counts items whose speaker was right. */
    public record Check(RankedCandidates.Kind kind, double threshold, int items, int rulesRight, int rankedRight, int rankerDecided, int rankerDecidedRight,
                        int rulesRightWhereDecided, int reachable) {}

    private final int iterations;
    private final int cutoff;
    private final double threshold;

    public RankerTrainer(int iterations, int cutoff, double threshold) {
        this.iterations = iterations;
        this.cutoff = cutoff;
        this.threshold = threshold;
    }

    public SpeakerRanker train(List<RankerTraining.Example> examples) throws IOException {
        List<Event> events = new ArrayList<>();
        for (RankerTraining.Example e : examples) {
            List<RankedCandidates.Candidate> cs = e.candidates().candidates();
            for (int i = 0; i < cs.size(); i++) events.add(SpeakerRanker.event(cs.get(i), e.right().get(i)));
        }
        return SpeakerRanker.train(events, iterations, cutoff);
    }

    /** Trains without every {@code k}-th article (by order of first appearance) and scores on those, k folds in all. */
    public List<Check> crossCheck(List<RankerTraining.Example> examples, int k) throws IOException {
        return crossCheck(examples, k, new double[] {threshold});
    }

    /** As above, once for each kind of item and threshold (the models are trained once per fold). */
    public List<Check> crossCheck(List<RankerTraining.Example> examples, int k, double[] thresholds) throws IOException {
        List<String> articles = examples.stream().map(RankerTraining.Example::article).distinct().toList();
        List<SpeakerRanker> models = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<RankerTraining.Example> train = new ArrayList<>();
            for (RankerTraining.Example e : examples) {
                if (articles.indexOf(e.article()) % k != fold) train.add(e);
            }
            models.add(train(train));
        }
        List<Check> out = new ArrayList<>();
        for (RankedCandidates.Kind kind : RankedCandidates.Kind.values()) {
            out.addAll(check(examples.stream().filter(e -> e.candidates().kind() == kind).toList(), articles, models, kind, thresholds));
        }
        return out;
    }

    private List<Check> check(List<RankerTraining.Example> examples, List<String> articles, List<SpeakerRanker> models,
                              RankedCandidates.Kind kind, double[] thresholds) {
        int k = models.size();
        int t = thresholds.length;
        int pronouns = 0, rules = 0, reachable = 0;
        int[] ranked = new int[t], decided = new int[t], decidedRight = new int[t], rulesWhereDecided = new int[t];
        for (int fold = 0; fold < k; fold++) {
            List<RankerTraining.Example> test = new ArrayList<>();
            for (RankerTraining.Example e : examples) {
                if (articles.indexOf(e.article()) % k == fold) test.add(e);
            }
            SpeakerRanker model = models.get(fold);
            for (RankerTraining.Example e : test) {
                pronouns++;
                if (e.rulesRight()) rules++;
                if (e.right().contains(Boolean.TRUE)) reachable++;
                for (int x = 0; x < t; x++) {
                    int best = best(model, e.candidates(), thresholds[x]);
                    if (best < 0) {
                        if (e.rulesRight()) ranked[x]++;
                        continue;
                    }
                    decided[x]++;
                    if (e.rulesRight()) rulesWhereDecided[x]++;
                    if (e.right().get(best)) {
                        ranked[x]++;
                        decidedRight[x]++;
                    }
                }
            }
        }
        List<Check> out = new ArrayList<>();
        for (int x = 0; x < t; x++) {
            out.add(new Check(kind, thresholds[x], pronouns, rules, ranked[x], decided[x], decidedRight[x], rulesWhereDecided[x], reachable));
        }
        return out;
    }

    /** The index of the candidate rated highest, if at least the threshold; else -1. */
    static int best(SpeakerRanker model, RankedCandidates rc, double threshold) {
        int best = -1;
        double top = threshold;
        for (int i = 0; i < rc.candidates().size(); i++) {
            double p = model.score(rc.candidates().get(i));
            if (p >= top) {
                top = p;
                best = i;
            }
        }
        return best;
    }
}
