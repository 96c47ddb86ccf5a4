package extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Matches system rows to gold items one to one by word-token Jaccard overlap (at least
 * {@link #THRESHOLD}). When a gold quote is split by its attribution ("A," he said. "B.") the system
 * rows that lie mostly inside it may be merged and matched to it together. Candidates are taken
 * best overlap first, so each gold item and each row ends up in at most one match.
 */
final class QuoteMatcher {
    static final double THRESHOLD = 0.5;

    private record Candidate(int gold, List<Integer> rows, double jaccard) {}

    private final SpeakerJudge judge;

    QuoteMatcher(SpeakerJudge judge) {
        this.judge = judge;
    }

    Outcome match(WordTokens tokens, List<GoldQuote> gold, List<Boolean> goldDirect,
                  List<SystemQuote> rows, List<Boolean> rowDirect) {
        List<BitSet> g = gold.stream().map(q -> tokens.of(q.content())).toList();
        List<BitSet> s = rows.stream().map(r -> tokens.of(r.span())).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            List<Integer> inside = new ArrayList<>();
            for (int j = 0; j < s.size(); j++) {
                int common = common(g.get(i), s.get(j));
                if (common == 0) continue;
                double jac = WordTokens.jaccard(g.get(i), s.get(j));
                if (jac >= THRESHOLD) candidates.add(new Candidate(i, List.of(j), jac));
                if (2 * common > s.get(j).cardinality()) inside.add(j);
            }
            List<Integer> pieces = disjointPieces(g.get(i), s, inside);
            if (pieces.size() > 1) {
                double jac = WordTokens.jaccard(g.get(i), union(s, pieces));
                if (jac >= THRESHOLD) candidates.add(new Candidate(i, pieces, jac));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::jaccard).reversed()
                .thenComparing(c -> -c.rows().size())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(c -> c.rows().get(0)));

        int[] goldOf = new int[s.size()];
        Arrays.fill(goldOf, -1);
        List<List<Integer>> rowsOf = new ArrayList<>();
        double[] jaccardOf = new double[g.size()];
        for (int i = 0; i < g.size(); i++) rowsOf.add(List.of());
        for (Candidate c : candidates) {
            if (!rowsOf.get(c.gold()).isEmpty()) continue;
            List<Integer> free = c.rows().stream().filter(j -> goldOf[j] < 0).toList();
            if (free.isEmpty()) continue;
            double jac = free.size() == c.rows().size() ? c.jaccard() : WordTokens.jaccard(g.get(c.gold()), union(s, free));
            if (jac < THRESHOLD) continue;
            rowsOf.set(c.gold(), free);
            jaccardOf[c.gold()] = jac;
            for (int j : free) goldOf[j] = c.gold();
        }

        List<GoldVerdict> goldVerdicts = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            List<Integer> matched = rowsOf.get(i);
            SystemQuote main = matched.isEmpty() ? null : rows.get(mainRow(g.get(i), s, matched));
            String speaker = main == null ? "" : main.speaker();
            boolean right = main != null && judge.isRight(main, gold.get(i));
            goldVerdicts.add(new GoldVerdict(gold.get(i), goldDirect.get(i),
                    matched.stream().map(j -> rows.get(j).id()).toList(), jaccardOf[i], speaker, right));
        }
        List<SystemVerdict> systemVerdicts = new ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            int i = goldOf[j];
            SystemQuote r = rows.get(j);
            systemVerdicts.add(i < 0
                    ? new SystemVerdict(r, rowDirect.get(j), null, 0, false)
                    : new SystemVerdict(r, rowDirect.get(j), gold.get(i).id(), jaccardOf[i], judge.isRight(r, gold.get(i))));
        }
        return new Outcome(goldVerdicts, systemVerdicts);
    }

    /**
     * The pieces of a split quote do not overlap: largest share of the gold first, a row that
     * repeats words already taken stays out (a duplicate is not a piece).
     */
    private static List<Integer> disjointPieces(BitSet gold, List<BitSet> s, List<Integer> inside) {
        List<Integer> bySize = new ArrayList<>(inside);
        bySize.sort(Comparator.comparingInt((Integer j) -> -common(gold, s.get(j))).thenComparingInt(j -> j));
        BitSet taken = new BitSet();
        List<Integer> pieces = new ArrayList<>();
        for (int j : bySize) {
            if (s.get(j).intersects(taken)) continue;
            pieces.add(j);
            taken.or(s.get(j));
        }
        pieces.sort(Comparator.naturalOrder());
        return pieces;
    }

    /** The row that shares most words with the gold item speaks for a merged match. */
    private static int mainRow(BitSet gold, List<BitSet> s, List<Integer> matched) {
        int best = matched.get(0);
        for (int j : matched) {
            if (common(gold, s.get(j)) > common(gold, s.get(best))) best = j;
        }
        return best;
    }

    private static int common(BitSet a, BitSet b) {
        BitSet c = (BitSet) a.clone();
        c.and(b);
        return c.cardinality();
    }

    private static BitSet union(List<BitSet> sets, List<Integer> which) {
        BitSet u = new BitSet();
        for (int j : which) u.or(sets.get(j));
        return u;
    }
}
