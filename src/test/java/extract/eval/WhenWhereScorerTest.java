package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.eval.WhenWhereVerdict.Judgement;
import extract.output.QuoteRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhenWhereScorerTest {
    // The emoji before the statements shifts UTF-16 offsets by one: spans here are code points.
    private static final String TEXT = "🌉 Bridge news. The mayor said on Tuesday in Lyon that the bridge would open in May. "
            + "Her deputy said the budget was tight. Engineers say the cables are sound and the deck is dry.";
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 10);
    private final WhenWhereScorer scorer = new WhenWhereScorer(new SpeakerJudge(EvalLexicon.load()));

    private static int cp(String phrase) {
        int i = TEXT.indexOf(phrase);
        if (i < 0) throw new AssertionError(phrase);
        return TEXT.codePointCount(0, i);
    }

    private static WhenWhereStatement gold(String content, String id, String date, String... places) {
        int s = cp(content);
        Optional<IsoPeriod> d = date.equals("-") ? Optional.empty() : IsoPeriod.parse(date);
        return new WhenWhereStatement("a.txt", PUBLISHED, s, s + content.codePointCount(0, content.length()), id, "-",
                d, d.isPresent() ? "stated" : "-", List.of(places), places.length == 0 ? "-" : "stated");
    }

    private static QuoteRow row(String content, String date, String where) {
        int s = cp(content);
        return new QuoteRow("a.txt", s, s + content.codePointCount(0, content.length()), "indirect", "", "", "said",
                content, date.isEmpty() ? "" : "on Tuesday", date, where, "");
    }

    private final List<WhenWhereStatement> statements = List.of(
            gold("the bridge would open in May", "E1", "2019-01-08", "Lyon"),
            gold("the budget was tight", "E2", "-"),
            gold("the cables are sound and the deck is dry", "E3", "2019-W02"));

    @Test
    void eachValueIsJudgedAgainstTheMatchedStatement() {
        List<WhenWhereVerdict> v = scorer.score(TEXT, statements, List.of(
                row("the bridge would open in May", "2019-01-08", "Lyon, France"),
                row("the budget was tight", "2019-01-08", ""),
                row("the cables are sound and the deck is dry", "2019-01-09", "Paris")));
        assertEquals(List.of(Judgement.RIGHT, Judgement.FALSE, Judgement.MORE_PRECISE),
                v.stream().map(WhenWhereVerdict::dateJudgement).toList());
        assertEquals(List.of(Judgement.RIGHT, Judgement.OPEN, Judgement.FALSE),
                v.stream().map(WhenWhereVerdict::placeJudgement).toList());
        assertEquals("Lyon, France", v.get(0).where());
    }

    @Test
    void aRowThatOverlapsTooLittleLeavesTheStatementUnmatched() {
        List<WhenWhereVerdict> v = scorer.score(TEXT, statements, List.of(
                row("the bridge would open in May", "", ""),
                row("the deck is dry", "2019-W02", "")));
        assertEquals(Judgement.MISSED, v.get(0).dateJudgement());
        assertEquals(Judgement.MISSED, v.get(0).placeJudgement());
        assertFalse(v.get(1).matched(), "no row for it");
        assertEquals(Judgement.UNMATCHED, v.get(1).dateJudgement());
        assertFalse(v.get(2).matched(), "4 of its 9 words: below the matcher's Jaccard of 0.5");
        assertEquals(Judgement.UNMATCHED, v.get(2).placeJudgement());
    }

    @Test
    void aStatementSplitInPiecesIsJudgedOnItsFirstPiece() {
        List<WhenWhereVerdict> v = scorer.score(TEXT, statements, List.of(
                row("the deck is dry", "", ""),
                row("the cables are sound", "2019-W02", "")));
        WhenWhereVerdict e3 = v.get(2);
        assertTrue(e3.matched());
        assertEquals(Judgement.RIGHT, e3.dateJudgement());
    }

    @Test
    void datesAreComparedAtTheGoldsPrecision() {
        Optional<IsoPeriod> week = IsoPeriod.parse("2019-W02");
        assertEquals(Judgement.RIGHT, WhenWhereScorer.judgeDate(week, "2019-W02"));
        assertEquals(Judgement.MORE_PRECISE, WhenWhereScorer.judgeDate(week, "2019-01-08T20:00"));
        assertEquals(Judgement.LESS_PRECISE, WhenWhereScorer.judgeDate(week, "2019-01"));
        assertEquals(Judgement.LESS_PRECISE, WhenWhereScorer.judgeDate(IsoPeriod.parse("2019-01-06"), "2019-W01"));
        assertEquals(Judgement.WRONG, WhenWhereScorer.judgeDate(IsoPeriod.parse("2019-01-06"), "2019-W02"));
        assertEquals(Judgement.WRONG, WhenWhereScorer.judgeDate(IsoPeriod.parse("2019-12-30"), "2018"));
        assertEquals(Judgement.WRONG, WhenWhereScorer.judgeDate(week, "2019-01-14"));
        assertEquals(Judgement.WRONG, WhenWhereScorer.judgeDate(week, "2019-21"));
        assertEquals(Judgement.MISSED, WhenWhereScorer.judgeDate(week, " "));
        // a weekend: finer than its week, coarser than its Sunday
        assertEquals(Judgement.MORE_PRECISE, WhenWhereScorer.judgeDate(week, "2019-01-12/2019-01-13"));
        assertEquals(Judgement.LESS_PRECISE, WhenWhereScorer.judgeDate(IsoPeriod.parse("2019-01-13"), "2019-01-12/2019-01-13"));
        assertEquals(Judgement.WRONG, WhenWhereScorer.judgeDate(IsoPeriod.parse("2019-01-14"), "2019-01-12/2019-01-13"));
        assertEquals(Judgement.OPEN, WhenWhereScorer.judgeDate(Optional.empty(), ""));
        assertEquals(Judgement.FALSE, WhenWhereScorer.judgeDate(Optional.empty(), "2019"));
    }

    @Test
    void aGoldSpanBeyondTheTextIsAnError() {
        List<WhenWhereStatement> beyond = new ArrayList<>(statements);
        int n = TEXT.codePointCount(0, TEXT.length());
        beyond.add(new WhenWhereStatement("a.txt", PUBLISHED, n - 2, n + 5, "E9", "-", Optional.empty(), "-", List.of(), "-"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scorer.score(TEXT, beyond, List.of()));
        assertTrue(e.getMessage().startsWith("E9: span"), e.getMessage());
    }
}
