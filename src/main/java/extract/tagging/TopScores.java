package extract.tagging;

/** Selection without sorting a copy of the scores, as OpenNLP's beam search does per candidate. */
final class TopScores {
    private TopScores() {
    }

    /**
     * The k-th largest score counting repeats, which is what {@code BeamSearch} reads from a sorted
     * copy ({@code sorted[max(0, n - k)]}); the smallest score when there are fewer than k.
     */
    static double kthLargest(double[] scores, int k) {
        if (scores.length <= k) {
            double min = scores[0];
            for (double s : scores) if (Double.compare(s, min) < 0) min = s;
            return min;
        }
        double[] top = new double[k]; // descending
        int filled = 0;
        for (double s : scores) {
            if (filled == k && Double.compare(s, top[k - 1]) <= 0) continue;
            int i = filled < k ? filled++ : k - 1;
            while (i > 0 && Double.compare(top[i - 1], s) < 0) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = s;
        }
        return top[k - 1];
    }
}
