package extract.eval;

import extract.eval.WhenWhereVerdict.Judgement;
import extract.output.QuoteRow;
import extract.text.CodePoints;
import extract.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges the time and place of the tool's rows for one article against its gold statements. Rows
 * are matched to statements by content overlap with the matcher of {@code extract eval}; a
 * statement split by its attribution and matched by several rows is judged on the piece that comes
 * first in the text, the one the reporting clause usually follows. Pure: safe to share between threads.
 */
public final class WhenWhereScorer {
    private final QuoteMatcher matcher;

    public WhenWhereScorer(SpeakerJudge judge) {
        this.matcher = new QuoteMatcher(judge);
    }

    /**
     * @throws IllegalArgumentException when a gold span lies outside the text (the gold is for another version)
     */
    public List<WhenWhereVerdict> score(String text, List<WhenWhereStatement> gold, List<QuoteRow> output) {
        CodePoints cp = new CodePoints(text);
        int length = text.codePointCount(0, text.length());
        List<GoldQuote> quotes = new ArrayList<>(gold.size());
        for (WhenWhereStatement s : gold) {
            if (s.end() > length) {
                throw new IllegalArgumentException(s.attribution() + ": span " + s.start() + "-" + s.end()
                        + " lies outside the text (" + length + " characters)");
            }
            quotes.add(new GoldQuote(s.attribution(), List.of(new Span(cp.toChar(s.start()), cp.toChar(s.end()))),
                    "", SourceKind.NONE, List.of()));
        }
        List<SystemQuote> rows = new ArrayList<>(output.size());
        for (int i = 0; i < output.size(); i++) {
            QuoteRow r = output.get(i);
            int start = Math.min(cp.toChar(Math.max(0, r.start())), text.length());
            int end = Math.max(start, Math.min(cp.toChar(Math.max(0, r.end())), text.length()));
            rows.add(new SystemQuote(i, new Span(start, end), r.speaker()));
        }
        // Direct or not does not matter here: every item counts as the same kind.
        Outcome outcome = matcher.match(new WordTokens(text), quotes, Collections.nCopies(quotes.size(), false),
                rows, Collections.nCopies(rows.size(), false));
        List<WhenWhereVerdict> verdicts = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            WhenWhereStatement s = gold.get(i);
            List<Integer> matched = outcome.gold().get(i).rows();
            if (matched.isEmpty()) {
                verdicts.add(new WhenWhereVerdict(s, false, "", "", "", Judgement.UNMATCHED, Judgement.UNMATCHED));
                continue;
            }
            QuoteRow r = output.get(matched.stream().min(Comparator.comparingInt((Integer j) -> output.get(j).start())
                    .thenComparingInt(j -> j)).orElseThrow());
            String date = nullToEmpty(r.date());
            String where = nullToEmpty(r.where());
            verdicts.add(new WhenWhereVerdict(s, true, nullToEmpty(r.when()), date, where,
                    judgeDate(s.date(), date), judgePlace(s.places(), where)));
        }
        return verdicts;
    }

    /**
     * A date is right at the gold's precision; a finer one inside the gold's period claims more than
     * the text, a coarser one around it is true but not right.
     */
    static Judgement judgeDate(Optional<IsoPeriod> gold, String system) {
        if (system.isBlank()) return gold.isPresent() ? Judgement.MISSED : Judgement.OPEN;
        if (gold.isEmpty()) return Judgement.FALSE;
        Optional<IsoPeriod> s = IsoPeriod.parse(system);
        if (s.isEmpty()) return Judgement.WRONG;
        if (s.get().sameAs(gold.get())) return Judgement.RIGHT;
        long finer = gold.get().days() - s.get().days(); // lengths, so that an interval compares too
        if (finer > 0 && s.get().within(gold.get())) return Judgement.MORE_PRECISE;
        if (finer < 0 && gold.get().within(s.get())) return Judgement.LESS_PRECISE;
        return Judgement.WRONG;
    }

    static Judgement judgePlace(List<String> gold, String system) {
        if (system.isBlank()) return gold.isEmpty() ? Judgement.OPEN : Judgement.MISSED;
        if (gold.isEmpty()) return Judgement.FALSE;
        return PlaceNames.matches(system, gold) ? Judgement.RIGHT : Judgement.WRONG;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
