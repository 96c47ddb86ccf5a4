package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import extract.output.QuoteRow;
import extract.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {
    private static final String TEXT = "Officials said the plan was “a big mistake.” “We are done,” Kim said. “Bye.”";
    private final ArticleScorer scorer = new ArticleScorer(new SpeakerJudge(EvalLexicon.load()));

    private static Span span(String phrase) {
        int at = TEXT.indexOf(phrase);
        return new Span(at, at + phrase.length());
    }

    private static QuoteRow row(String phrase, String speaker) {
        Span s = span(phrase);
        return new QuoteRow("t", s.start(), s.end(), "direct", speaker, "", "", phrase, "", "", "", "");
    }

    @Test
    void directQuotesAloneLeaveOutFragmentsOfMixedQuotes() {
        GoldArticle article = new GoldArticle("t", TEXT, List.of(
                new GoldQuote("E1", List.of(span("the plan was “a big mistake.”")), "Officials", SourceKind.DESCRIPTION, List.of()),
                new GoldQuote("E2", List.of(span("“We are done,”")), "Kim", SourceKind.NAME, List.of())));
        ArticleScore score = scorer.score(article, List.of(
                row("“a big mistake.”", "officials"), row("“We are done,”", "Kim"), row("“Bye.”", "Kim")));

        Figures all = Figures.of(List.of(score.all()));
        assertEquals(2.0 / 3, all.precision(), 1e-12);
        assertEquals(1.0, all.recall(), 1e-12);
        Figures direct = Figures.of(List.of(score.direct()));
        assertEquals(1, direct.gold());
        assertEquals(2, direct.system()); // the mixed quote's fragment is neither right nor wrong here
        assertEquals(0.5, direct.precision(), 1e-12);
        assertEquals(1.0, direct.recall(), 1e-12);
    }

    @Test
    void speakerAccuracyIsAlsoGivenWhereTheGoldNamesSomeone() {
        GoldArticle article = new GoldArticle("t", TEXT, List.of(
                new GoldQuote("E1", List.of(span("the plan was “a big mistake.”")), "she", SourceKind.PRONOUN, List.of("the daughter")),
                new GoldQuote("E2", List.of(span("“We are done,”")), "he", SourceKind.PRONOUN, List.of("Kim Jong-un"))));
        ArticleScore score = scorer.score(article, List.of(row("the plan was “a big mistake.”", "Ana Ruiz"), row("“We are done,”", "Kim Jong-un")));
        Figures all = Figures.of(List.of(score.all()));
        assertEquals(new Figures.Ratio(1, 2), all.speakerAccuracy());
        assertEquals(new Figures.Ratio(1, 1), all.speakerWhereGoldNames(), "'the daughter' names no one by name");
    }
}
