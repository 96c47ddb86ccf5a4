package extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import extract.text.ModelText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalTaggerTest {
    private static final TemporalTagger TAGGER = new TemporalTagger(new TemporalLexicon());
    private static final TemporalNormaliser NORMALISER = new TemporalNormaliser();

    /** Each expression found as "words=date", resolved against the reference date in past tense. */
    static String tag(String sentence, String reference) {
        return tag(sentence, reference, Tense.PAST);
    }

    static String tag(String sentence, String reference, Tense tense) {
        String text = ModelText.of(sentence);
        Optional<LocalDate> ref = reference.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(reference));
        List<TimeExpression> found = TAGGER.tag(text, 0, text.length());
        return String.join(" | ", found.stream()
                .map(e -> e.span().of(sentence) + "=" + NORMALISER.normalise(e, ref, tense)).toList());
    }

    // 2019-01-10 is a Thursday.
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Trump said on Sunday that talks went well.;on Sunday=2019-01-06",
        "Moon said on Thursday it was near.;on Thursday=2019-01-10",
        "He said Friday the deal was done.;Friday=2019-01-04",
        "She spoke last Thursday.;last Thursday=2019-01-03",
        "They meet next Monday.;next Monday=2019-01-14",
        "He said on Sunday morning he was tired.;on Sunday morning=2019-01-06",
        "The ministry said yesterday.;yesterday=2019-01-09",
        "The ministry said today.;today=2019-01-10",
        "He said last night.;last night=2019-01-09",
        "He told reporters this morning.;this morning=2019-01-10",
        "In a speech in Fort Pierce, Florida Friday, she said it.;Friday=2019-01-04",
        "He tweeted in the early morning hours that it was rigged.;in the early morning hours=2019-01-10",
        "She wrote in the wee hours.;in the wee hours=2019-01-10",
        "It was said the day before yesterday.;the day before yesterday=2019-01-08",
        "Kim said last year.;last year=2018",
        "It rose earlier this year.;earlier this year=2019",
        "It fell late last year.;late last year=2018",
        "He left last month.;last month=2018-12",
        "She arrives next month.;next month=2019-02",
        "He said earlier this month.;earlier this month=2019-01",
        "He said last week.;last week=2019-W01",
        "He said this week.;this week=2019-W02",
        "He said two days ago.;two days ago=2019-01-08",
        "He said a year ago.;a year ago=2018",
        "He wrote three months ago.;three months ago=2018-10",
        "The meeting on January 8, 2019 ended.;on January 8, 2019=2019-01-08",
        "It was signed Jan. 8, 2019.;Jan. 8, 2019=2019-01-08",
        "It was signed on 8 January 2019.;on 8 January 2019=2019-01-08",
        "It was signed on Tuesday, Jan. 8.;on Tuesday, Jan. 8=2019-01-08",
        "It was signed on December 12.;on December 12=2018-12-12",
        "It was signed in June 2018.;in June 2018=2018-06",
        "It was signed in December.;in December=2018-12",
        "It happened in early January.;in early January=2019-01",
        "It happened in 2017.;in 2017=2017",
        "It was agreed last summer.;last summer=2018-22",
        "It was agreed in the summer of 2016.;in the summer of 2016=2016-22",
        "He said in his New Year’s address.;in his New Year’s address=2019-01-01",
        "He said at Christmas.;at Christmas=2018-12-25",
        "He said it in a Labor Day interview.;in a Labor Day interview=2018-09-03",
        "He spoke on Thanksgiving.;on Thanksgiving=2018-11-22",
        "Xi said during Kim’s visit to the capital.;during Kim’s visit=",
        "The day before Monday's debate, she was calm.;The day before Monday's debate=2019-01-06",
        "Following Monday's debate the site checked the claim.;Monday's=2019-01-07",
        "He spoke the morning after Monday's debate.;the morning after Monday's debate=2019-01-08",
        "He spoke the night after Monday's debate.;the night after Monday's debate=2019-01-07",
        "He complained the morning after the debate.;the morning after the debate=",
        "Trump said during a Friday evening rally in Michigan.;during a Friday evening rally=2019-01-04",
        "Trump said during Monday’s debate.;during Monday’s debate=2019-01-07",
        "He said at 3 p.m. on Thursday.;at 3 p.m. on Thursday=2019-01-10T15:00",
        "He said on Thursday at 10:30.;on Thursday at 10:30=2019-01-10T10:30",
        "The report was published 2019-01-09.;2019-01-09=2019-01-09",
        "It was agreed in the fall of 2016.;in the fall of 2016=2016-23",
        "It was signed 8 Jan 2019.;8 Jan 2019=2019-01-08",
        "It ended at noon on Friday.;at noon on Friday=2019-01-04T12:00",
        "Growth slowed in mid-2018.;in mid-2018=2018",
        "He left Sept. 30.;Sept. 30=2018-09-30",
        "The poll was taken from December 13 through Sunday.;from December 13=2018-12-13 | Sunday=2019-01-06",
    })
    void tagsAndResolves(String sentence, String expected) {
        assertEquals(expected, tag(sentence, "2019-01-10"));
    }

    // 2019-01-10 is a Thursday.
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "P;He said over the weekend that the plan was dead.;over the weekend=2019-01-05/2019-01-06",
        "P;She said this weekend that talks had resumed.;this weekend=2019-01-05/2019-01-06",
        "F;They will meet this weekend.;this weekend=2019-01-12/2019-01-13",
        "P;They met last weekend.;last weekend=2019-01-05/2019-01-06",
        "P;He said recently that it was over.;recently=",
        "P;He said earlier that it was over.;earlier=",
        "P;In recent days, officials said it was over.;In recent days=",
        "P;He said earlier this week that it was over.;earlier this week=2019-W02",
        "P;Sales fell late last month.;late last month=2018-12",
        "P;According to a 2009 report, the river was dry.;2009=2009",
        "P;The company reported fourth-quarter earnings.;fourth-quarter=2018-36",
        "P;Sales rose in the third quarter of 2018.;in the third quarter of 2018=2018-35",
        "P;In the first half of 2019, sales rose.;In the first half of 2019=2019-40",
        "P;Profits rose in Q2 2018.;Q2 2018=2018-34",
        "P;The firm said on Friday, March 13, 2020, that it would close.;on Friday, March 13, 2020=2020-03-13",
        // the weekday picks the year: January 11 was a Friday in 2019, not in 2018
        "P;The firm said on Friday, January 11, that it would close.;on Friday, January 11=2019-01-11",
        "P;The summit ran Jan. 8-10 in Hanoi.;Jan. 8-10=2019-01-08/2019-01-10",
        "P;The summit ran Jan. 8–10 in Hanoi.;Jan. 8–10=2019-01-08/2019-01-10",
        "P;Talks were held between March 3 and 5.;between March 3 and 5=2018-03-03/2018-03-05",
        "P;Talks ran from Dec. 30 to Jan. 2.;from Dec. 30 to Jan. 2=2018-12-30/2019-01-02",
        "P;He said Tuesday night that the deal was done.;Tuesday night=2019-01-08",
        "P;The ministry said late Tuesday that the deal was done.;late Tuesday=2019-01-08",
        "F;Voters will vote on Nov. 6.;on Nov. 6=2019-11-06",
        "P;Voters voted on Nov. 6.;on Nov. 6=2018-11-06",
        // a day just after the reference date is that day, not last year's
        "P;It was announced Jan. 12.;Jan. 12=2019-01-12",
        "P;It was announced Jan. 20.;Jan. 20=2018-01-20",
    })
    void formsOfThisRelease(String tense, String sentence, String expected) {
        assertEquals(expected, tag(sentence, "2019-01-10", tense.equals("F") ? Tense.FUTURE : Tense.PAST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "An earlier report said so.",
        "He scored in the first half.",
    })
    void notTimesOfThisRelease(String sentence) {
        assertEquals("", tag(sentence, "2019-01-10"));
    }

    @Test
    void aRangeRunsForward() {
        assertEquals("on Jan. 8=2019-01-08", tag("Five people died on Jan. 8 and 3 were hurt.", "2019-01-10"));
    }

    @Test
    void weekdayOnTheReferenceDayIsThatDay() {
        assertEquals("on Thursday=2019-01-10", tag("He said on Thursday.", "2019-01-10"));
        assertEquals("last Thursday=2019-01-03", tag("He said last Thursday.", "2019-01-10"));
        assertEquals("on Thursday=2019-01-10", tag("He will speak on Thursday.", "2019-01-10", Tense.FUTURE));
        assertEquals("on Friday=2019-01-11", tag("He will speak on Friday.", "2019-01-10", Tense.FUTURE));
    }

    @Test
    void yearBoundaries() {
        // 2019-01-01 is a Tuesday
        assertEquals("on Sunday=2018-12-30", tag("He said on Sunday.", "2019-01-01"));
        assertEquals("last week=2018-W52", tag("He said last week.", "2019-01-02"));
        assertEquals("last month=2018-12", tag("He said last month.", "2019-01-02"));
        assertEquals("next month=2020-01", tag("He will say next month.", "2019-12-30", Tense.FUTURE));
        assertEquals("in December=2018-12", tag("He said in December.", "2019-01-02"));
        assertEquals("in January=2020-01", tag("He will go in January.", "2019-12-30", Tense.FUTURE));
        assertEquals("yesterday=2018-12-31", tag("He said yesterday.", "2019-01-01"));
        assertEquals("on December 31=2018-12-31", tag("He said on December 31.", "2019-01-01"));
        assertEquals("this week=2020-W01", tag("He said this week.", "2019-12-31"));
        assertEquals("in his New Year’s address=2019-01-01", tag("Kim said in his New Year’s address.", "2019-01-01"));
        assertEquals("last winter=2017-24", tag("It froze last winter.", "2019-01-10"));
        assertEquals("this winter=2018-24", tag("It froze this winter.", "2019-01-10"));
    }

    @Test
    void withoutReferenceDateOnlyAbsoluteDatesResolve() {
        assertEquals("on Sunday=", tag("He said on Sunday.", ""));
        assertEquals("last year=", tag("He said last year.", ""));
        assertEquals("on January 8, 2019=2019-01-08", tag("He said on January 8, 2019.", ""));
        assertEquals("in March 2018=2018-03", tag("He said in March 2018.", ""));
        assertEquals("at Christmas 2017=2017-12-25", tag("He said at Christmas 2017.", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Theresa May said the vote would go ahead.",
        "May said the vote would go ahead.",
        "Protesters march through the city.",
        "Thousands will March on Washington.",
        "The Sunday Times reported the talks.",
        "Prices may fall further, she said.",
        "He said 28,500 troops remain.",
        "It came a week after the summit.",
        "The spring in his step was gone.",
        "Super Tuesday voters were polled.",
        "He voted in Super Tuesday primaries.",
        "USA TODAY reported the talks.",
        "She told USA Today the talks had failed.",
        "Speaking to the BBC's Today programme, she admitted mistakes.",
        "The wall fell in the early 1990s.",
        "His comments start around the 2:05 mark.",
        "The office is shut every Monday.",
        "Markets open on the first Monday of the month.",
    })
    void notTimes(String sentence) {
        assertEquals("", tag(sentence, "2019-01-10"));
    }

    @Test
    void namesAndVerbsCountWhenTheContextMakesThemTimes() {
        assertEquals("in May=2018-05", tag("The vote was held in May.", "2019-01-10"));
        assertEquals("March 5=2018-03-05", tag("The vote was held March 5.", "2019-01-10"));
        assertEquals("last fall=2018-23", tag("It was built last fall.", "2019-01-10"));
        assertEquals("On Sunday=2019-01-06", tag("On Sunday Trump said it was fine.", "2019-01-10"));
    }

    // 2019-01-10 is a Thursday; the weekend before it is January 5 and 6.
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '|', value = {
        "On this weekend's edition of “Good Morning Sunday,” the mayor spoke.;On this weekend=2019-01-06",
        "At last weekend's rally on Saturday, she spoke.;At last weekend=2019-01-05 | on Saturday=2019-01-05",
        "This weekend's talks were long, and on Sunday they ended.;This weekend=2019-01-05/2019-01-06 | on Sunday=2019-01-06",
    })
    void aWeekendNarrowsToTheDayItsWordsName(String sentence, String expected) {
        assertEquals(expected, tag(sentence, "2019-01-10"));
    }
}
