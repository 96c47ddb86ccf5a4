package extract.tagging;

/**
 * One candidate of a beam search: its last outcome and a link to the candidate it extends, so a
 * step costs one small object instead of a copy of the whole sequence. The score accumulates
 * {@code StrictMath.log(p)} as OpenNLP's {@code Sequence} does, and the order (best score first)
 * is {@code Sequence.compareTo}'s, so a search over nodes picks what a search over sequences picks.
 */
final class BeamNode implements Comparable<BeamNode> {
    static final BeamNode ROOT = new BeamNode(null, -1, 0, 0);

    final BeamNode parent;
    final int outcome; // index into the model's outcomes; -1 on the root
    final double prob;
    final double score;
    final int length;

    private BeamNode(BeamNode parent, int outcome, double prob, double score) {
        this.parent = parent;
        this.outcome = outcome;
        this.prob = prob;
        this.score = score;
        this.length = parent == null ? 0 : parent.length + 1;
    }

    BeamNode extend(int outcome, double prob) {
        return new BeamNode(this, outcome, prob, score + StrictMath.log(prob));
    }

    /** The outcome indices from the first to this one. */
    int[] outcomes() {
        int[] out = new int[length];
        BeamNode n = this;
        for (int i = length - 1; i >= 0; i--, n = n.parent) out[i] = n.outcome;
        return out;
    }

    /** The probabilities of the outcomes, first to last. */
    double[] probs() {
        double[] out = new double[length];
        BeamNode n = this;
        for (int i = length - 1; i >= 0; i--, n = n.parent) out[i] = n.prob;
        return out;
    }

    @Override
    public int compareTo(BeamNode other) {
        return Double.compare(other.score, score);
    }
}
