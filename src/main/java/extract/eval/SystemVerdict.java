package extract.eval;

/** What became of one system row: the gold item it matched (null when spurious) and whether its speaker is right. */
public record SystemVerdict(SystemQuote row, boolean direct, String goldId, double jaccard, boolean speakerRight) {
    public boolean matched() {
        return goldId != null;
    }
}
