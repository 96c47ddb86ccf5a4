package extract.eval;

import java.util.List;

/**
 * What became of one gold item: the system rows matched to it (empty when missed), their token
 * Jaccard overlap with it, the speaker those rows give and whether it names the gold source.
 */
public record GoldVerdict(GoldQuote gold, boolean direct, List<Integer> rows, double jaccard,
                          String speaker, boolean speakerRight) {
    public GoldVerdict {
        rows = List.copyOf(rows);
    }

    public boolean matched() {
        return !rows.isEmpty();
    }
}
