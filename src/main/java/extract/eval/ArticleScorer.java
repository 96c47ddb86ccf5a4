package extract.eval;

import extract.output.QuoteRow;
import extract.text.CodePoints;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Scores the tool's rows for one article against its gold attributions: once over everything and
 * once over direct quotes alone, where both sides keep only spans inside quotation marks (system
 * rows matched to a gold attribution that is not direct stay out). Pure: safe to share between threads.
 */
public final class ArticleScorer {
    private final QuoteMatcher matcher;

    public ArticleScorer(SpeakerJudge judge) {
        this.matcher = new QuoteMatcher(judge);
    }

    public ArticleScore score(GoldArticle article, List<QuoteRow> output) {
        String text = article.text();
        CodePoints cp = new CodePoints(text);
        List<SystemQuote> rows = new ArrayList<>(output.size());
        for (int i = 0; i < output.size(); i++) {
            QuoteRow r = output.get(i);
            int start = Math.min(cp.toChar(Math.max(0, r.start())), text.length());
            int end = Math.max(start, Math.min(cp.toChar(Math.max(0, r.end())), text.length()));
            rows.add(new SystemQuote(i + 1, new Span(start, end), r.speaker(), r.speakerMention(), r.rule()));
        }
        WordTokens tokens = new WordTokens(text);
        List<Boolean> goldDirect = article.quotes().stream().map(q -> QuoteMarks.isDirect(text, q.content())).toList();
        List<Boolean> rowDirect = rows.stream().map(r -> QuoteMarks.isDirect(text, List.of(r.span()))).toList();
        Outcome all = matcher.match(tokens, article.quotes(), goldDirect, rows, rowDirect);

        List<GoldQuote> directGold = new ArrayList<>();
        Set<String> indirectIds = new HashSet<>();
        for (int i = 0; i < goldDirect.size(); i++) {
            if (goldDirect.get(i)) directGold.add(article.quotes().get(i));
            else indirectIds.add(article.quotes().get(i).id());
        }
        // A quoted fragment that rightly matched a mixed or indirect attribution is no false direct quote.
        List<SystemQuote> directRows = new ArrayList<>();
        for (int j = 0; j < rowDirect.size(); j++) {
            String gold = all.system().get(j).goldId();
            if (rowDirect.get(j) && (gold == null || !indirectIds.contains(gold))) directRows.add(rows.get(j));
        }
        Outcome direct = matcher.match(tokens, directGold, nCopies(directGold.size()), directRows, nCopies(directRows.size()));
        return new ArticleScore(article.name(), text, all, direct);
    }

    private static List<Boolean> nCopies(int n) {
        return java.util.Collections.nCopies(n, Boolean.TRUE);
    }
}
