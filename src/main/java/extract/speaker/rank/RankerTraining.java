package extract.speaker.rank;

import extract.doc.Lemmas;
import extract.doc.NewsDocument;
import extract.eval.GoldArticle;
import extract.eval.GoldArticles;
import extract.eval.GoldFolder;
import extract.eval.GoldQuote;
import extract.eval.SpeakerJudge;
import extract.input.SourceText;
import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.quotes.Attribution;
import extract.quotes.CueLexicon;
import extract.quotes.QuoteStage;
import extract.speaker.RankedCandidates;
import extract.speaker.SpeakerLexicon;
import extract.speaker.SpeakerStage;
import extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the speaker ranker's training examples from annotated articles: runs the quote and
 * speaker stages (the rules alone) on each article, takes the candidates the ranker would weigh for
 * each pronoun the stages resolved and each quotation without a frame, and labels them by the gold attribution the pronoun's claim
 * matches (a candidate is right when the judge of {@code extract eval} would accept it as the gold
 * speaker). Pronouns whose claim matches no gold item, or whose gold item names nobody, teach
 * nothing and are left out.
 */
public final class RankerTraining {
    /** A claim matches a gold item when their characters overlap by at least this Jaccard share. */
    static final double MATCH = 0.5;

    /** One pronoun or quotation: its candidates, whether each is right, and whether the rules' speaker was right. */
    public record Example(String article, RankedCandidates candidates, List<Boolean> right, boolean rulesRight) {
        public Example {
            right = List.copyOf(right);
        }
    }

    /** The examples of every article, in article order, and one "FILE: reason" per article that failed. */
    public record Result(List<Example> examples, int articles, List<String> errors) {}

    private final GoldFolder folder;
    private final SpeakerJudge judge;
    private final NlpModels models;

    public RankerTraining(GoldFolder folder, SpeakerJudge judge, NlpModels models) {
        this.folder = folder;
        this.judge = judge;
        this.models = models;
    }

    public Result collect(int threads) {
        Lemmas lemmas = Lemmas.load();
        QuoteStage quotes = new QuoteStage(CueLexicon.load());
        SpeakerLexicon lexicon = SpeakerLexicon.load();
        GoldArticles.Outcome<List<Example>> out = GoldArticles.run(folder, threads, () -> new Annotator(models), (annotator, e, gold) -> {
            NewsDocument doc = NewsDocument.of(annotator.annotate(new SourceText(e.text().toString(), gold.text())), lemmas);
            List<RankedCandidates> seen = new ArrayList<>();
            List<Attribution> rows = SpeakerStage.recording(lexicon, seen::add).resolve(doc, quotes.find(doc));
            return examples(gold, seen, rows);
        });
        List<Example> all = new ArrayList<>();
        out.results().forEach(all::addAll);
        return new Result(all, out.results().size(), out.errors());
    }

    /** Labels one article's pronouns and quotations by the gold item their claim matches. */
    List<Example> examples(GoldArticle gold, List<RankedCandidates> seen, List<Attribution> rows) {
        List<Example> out = new ArrayList<>();
        for (RankedCandidates rc : seen) {
            if (rc.candidates().isEmpty()) continue;
            Attribution row = null;
            for (Attribution a : rows) {
                boolean same = rc.kind() == RankedCandidates.Kind.PRONOUN ? rc.at().equals(a.speaker().mention())
                        : rc.at().equals(a.content()) && a.speaker().mention() == null;
                if (same) {
                    row = a;
                    break;
                }
            }
            if (row == null) continue;
            GoldQuote g = bestMatch(row.content(), gold.quotes());
            if (g == null || g.names().stream().allMatch(String::isBlank)) continue;
            List<Boolean> right = rc.candidates().stream().map(c -> judge.isRight(c.name(), g)).toList();
            out.add(new Example(gold.name(), rc, right, judge.isRight(row.speaker().name(), g)));
        }
        return out;
    }

    /** The gold item whose content overlaps the claim's most, if by at least {@link #MATCH}. */
    static GoldQuote bestMatch(Span content, List<GoldQuote> gold) {
        GoldQuote best = null;
        double top = MATCH;
        for (GoldQuote g : gold) {
            int common = 0, goldChars = 0;
            for (Span s : g.content()) {
                goldChars += s.length();
                common += Math.max(0, Math.min(s.end(), content.end()) - Math.max(s.start(), content.start()));
            }
            int union = goldChars + content.length() - common;
            double j = union == 0 ? 0 : (double) common / union;
            if (j >= top) {
                top = j;
                best = g;
            }
        }
        return best;
    }
}
