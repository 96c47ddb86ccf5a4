package extract.eval;

/** One article's verdicts: over all attributions, and over direct quotes alone (matched apart). */
public record ArticleScore(String article, String text, Outcome all, Outcome direct) {}
