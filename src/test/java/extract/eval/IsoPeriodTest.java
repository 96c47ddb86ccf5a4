package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.eval.IsoPeriod.Precision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoPeriodTest {
    private static IsoPeriod p(String v) {
        return IsoPeriod.parse(v).orElseThrow(() -> new AssertionError("not parsed: " + v));
    }

    @Test
    void readsEachPrecisionAsTheDaysItCovers() {
        assertEquals(new IsoPeriod(Precision.DAY, LocalDate.of(2016, 9, 30), LocalDate.of(2016, 9, 30)), p("2016-09-30"));
        assertEquals(new IsoPeriod(Precision.MONTH, LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)), p("2016-02"));
        assertEquals(new IsoPeriod(Precision.YEAR, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)), p("2015"));
        // ISO weeks start on Monday; week 1 holds the year's first Thursday.
        assertEquals(new IsoPeriod(Precision.WEEK, LocalDate.of(2016, 9, 12), LocalDate.of(2016, 9, 18)), p("2016-W37"));
        assertEquals(new IsoPeriod(Precision.WEEK, LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3)), p("2020-W53"));
        assertEquals(new IsoPeriod(Precision.WEEK, LocalDate.of(2015, 12, 28), LocalDate.of(2016, 1, 3)), p("2015-W53"));
    }

    @Test
    void readsAnIntervalAsTheDaysFromItsFirstToItsLast() {
        IsoPeriod weekend = p("2016-09-24/2016-09-25");
        assertEquals(new IsoPeriod(Precision.INTERVAL, LocalDate.of(2016, 9, 24), LocalDate.of(2016, 9, 25)), weekend);
        assertEquals(2, weekend.days());
        assertTrue(weekend.within(p("2016-W38")));
        assertEquals("2016-09-24/2016-09-25", weekend.iso());
        assertEquals(new IsoPeriod(Precision.INTERVAL, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 28)), p("2019-01/2019-02"));
    }

    @Test
    void aTimeOfDayKeepsTheDay() {
        assertEquals(p("2019-01-06"), p("2019-01-06T19:30"));
    }

    @Test
    void writesBackWhatItRead() {
        for (String v : new String[] {"2016-09-30", "2016-W05", "2016-09", "2016"}) assertEquals(v, p(v).iso());
    }

    @Test
    void whatIsNoDateOfTheseFormsIsNotRead() {
        for (String v : new String[] {"2016-13", "2016-02-30", "2016-W54", "2019-W53", "2016-21", "2016-09-10/2016-09-08", "2016-09-08/",
                "Tuesday", "", "16-09-30"}) {
            assertTrue(IsoPeriod.parse(v).isEmpty(), v);
        }
    }

    @Test
    void sameAsNeedsTheSamePrecision() {
        assertTrue(p("2016-W37").sameAs(p("2016-W37")));
        assertFalse(p("2016-09").sameAs(p("2016-09-01")));
        assertTrue(p("2016-09-14").within(p("2016-W37")));
        assertTrue(p("2016-W37").within(p("2016-09")));
        assertFalse(p("2016-W39").within(p("2016-09"))); // 26 September .. 2 October
        assertFalse(p("2016-09").within(p("2016-09-14")));
    }
}
