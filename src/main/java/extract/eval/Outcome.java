package extract.eval;

import java.util.List;

/** The verdicts on every gold item and every system row of one article, each counted once. */
public record Outcome(List<GoldVerdict> gold, List<SystemVerdict> system) {
    public Outcome {
        gold = List.copyOf(gold);
        system = List.copyOf(system);
    }
}
