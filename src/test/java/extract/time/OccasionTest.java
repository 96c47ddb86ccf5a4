package extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import extract.input.SourceText;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.NlpModels;
import extract.quotes.Attribution;
import extract.quotes.Decision;
import extract.quotes.Provenance;
import extract.quotes.QuoteKind;
import extract.speaker.Speaker;
import extract.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statements take the place and time of the occasion the article ties them to. 2019-01-10 is a Thursday. */
class OccasionTest {
    private static Annotator annotator;
    private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2019, 1, 10));

    @BeforeAll
    static void models() {
        annotator = new Annotator(NlpModels.load(null));
    }

    /** The document, with the given names marked as people (the tests run without a name finder). */
    private static AnnotatedDocument doc(String text, String... people) {
        AnnotatedDocument d = annotator.annotate(new SourceText("test.txt", text));
        List<EntityMention> es = new ArrayList<>();
        for (String p : people) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                es.add(new EntityMention(at, at + p.length(), EntityType.PERSON, p, p));
            }
        }
        es.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new AnnotatedDocument(d.file(), d.text(), d.modelText(), d.sentences(), es);
    }

    private static Span find(String text, String words, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = text.indexOf(words, at + 1);
        if (at < 0) throw new IllegalArgumentException("no " + words);
        return new Span(at, at + words.length());
    }

    /** A statement by the n-th mention of speaker (its name as the resolved speaker) with the n-th such cue. */
    private static Attribution by(String text, String speaker, int nthSpeaker, String cue, int nthCue, String content) {
        return new Attribution(find(text, content, 1), QuoteKind.INDIRECT, find(text, cue, nthCue),
                new Speaker(speaker, find(text, speaker, nthSpeaker)));
    }

    /** A direct quote (its marks included) by the n-th mention of speaker with the n-th such cue. */
    private static Attribution quoted(String text, String speaker, int nthSpeaker, String cue, int nthCue, String quote) {
        return new Attribution(find(text, quote, 1), QuoteKind.DIRECT, find(text, cue, nthCue),
                new Speaker(speaker, find(text, speaker, nthSpeaker)));
    }

    private static List<TimePlace> resolve(AnnotatedDocument doc, Attribution... as) {
        return new TimePlaceResolver(THURSDAY).resolve(doc, List.of(as));
    }

    @Test
    void aNewsConferenceNamedAgainGivesItsPlaceAndDate() {
        String t = "Ruiz held a news conference in Geneva on Tuesday.\n\n"
                + "Ruiz said at the news conference that the talks had failed.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "the talks had failed")).get(0);
        assertEquals(new TimePlace("on Tuesday", "2019-01-08", Basis.OCCASION, "Geneva", Basis.OCCASION, "2019-01-10"), r);
    }

    @Test
    void laterStatementsOfTheSameSpeakerKeepTheOccasion() {
        String t = "Ruiz spoke at a rally in Ohio on Tuesday.\n\n"
                + "Ruiz said at the rally that taxes would fall.\n\n"
                + "Ruiz also said that the wall would be built.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "taxes would fall"),
                by(t, "Ruiz", 3, "said", 2, "the wall would be built"));
        assertEquals("Ohio", r.get(1).where());
        assertEquals(Basis.OCCASION, r.get(1).placeBasis());
        assertEquals("2019-01-08", r.get(1).date());
    }

    @Test
    void aVisitGivesItsPlaceToThoseItNames() {
        String t = "Xi told Kim that Beijing backed a second summit.\n\n"
                + "Kim ended a two-day trip to China on Wednesday.\n\n"
                + "Xi said during Kim's visit to the Chinese capital that peace was near.\n\n"
                + "Beijing is the capital of China.\n\n"
                + "For his part, Kim said the talks were fruitful.\n";
        AnnotatedDocument d = doc(t, "Xi", "Kim");
        List<TimePlace> r = resolve(d, by(t, "Xi", 1, "told", 1, "Beijing backed a second summit"),
                by(t, "Xi", 2, "said", 1, "peace was near"),
                by(t, "Kim", 4, "said", 2, "the talks were fruitful"));
        // the city of the visit before the country of the trip
        assertEquals(new TimePlace("", "", Basis.NONE, "Beijing", Basis.OCCASION, "2019-01-10"), r.get(0));
        assertEquals("Beijing", r.get(1).where());
        assertEquals(Basis.STATED, r.get(1).placeBasis());
        assertEquals(new TimePlace("", "", Basis.NONE, "Beijing", Basis.OCCASION, "2019-01-10"), r.get(2));
    }

    @Test
    void anOccasionOfOtherPeopleOrAnotherNamedOccasionGivesNothing() {
        String t = "Kim visited Beijing on Tuesday, during a trip to China.\n\n"
                + "Moon said that the summit was near.\n\n"
                + "Kim, in his New Year's address, warned that sanctions must end.\n";
        List<TimePlace> r = resolve(doc(t, "Kim", "Moon"), by(t, "Moon", 1, "said", 1, "the summit was near"),
                by(t, "Kim", 2, "warned", 1, "sanctions must end"));
        assertEquals(TimePlace.NONE.withArticleDate("2019-01-10"), r.get(0));
        assertEquals(new TimePlace("in his New Year's address", "2019-01-01", Basis.STATED, "", Basis.NONE, "2019-01-10"),
                r.get(1));
    }

    @Test
    void anOccasionBeatsTheDatelineAndAPhotoCaptionIsNone() {
        String t = "Talks\n\nKim and Xi meet at a summit in Hanoi [Photo: Agency]\n\n"
                + "SEOUL, South Korea — Ruiz said on Monday that talks would go on.\n\n"
                + "Ruiz spoke at a rally in Busan.\n\n"
                + "Ruiz said at the rally that the economy was strong.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Kim", "Xi"), by(t, "Ruiz", 1, "said", 1, "talks would go on"),
                by(t, "Ruiz", 3, "said", 2, "the economy was strong"));
        assertEquals("Seoul", r.get(0).where());
        assertEquals(Basis.DATELINE, r.get(0).placeBasis());
        assertEquals("Busan", r.get(1).where());
        assertEquals(Basis.OCCASION, r.get(1).placeBasis());
    }

    @Test
    void anOccasionInWhatWasSaidIsNoSetting() {
        String t = "Ruiz said that he would hold a rally in Ohio next week.\n\n"
                + "Ruiz also said that taxes would fall.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "he would hold a rally in Ohio next week"),
                by(t, "Ruiz", 2, "said", 2, "taxes would fall"));
        assertEquals("", r.get(1).where());
    }

    @Test
    void theDatelineIsNotThePlaceOfAStatementDatedWeeksBefore() {
        String t = "Talks\n\nSEOUL, South Korea — Moon said on Tuesday that talks would go on.\n\n"
                + "Moon said last year that peace was near.\n\n"
                + "Kim, in his New Year's address, warned that sanctions must end.\n";
        List<TimePlace> r = resolve(doc(t, "Moon", "Kim"), by(t, "Moon", 1, "said", 1, "talks would go on"),
                by(t, "Moon", 2, "said", 2, "peace was near"), by(t, "Kim", 1, "warned", 1, "sanctions must end"));
        assertEquals("Seoul", r.get(0).where());
        assertEquals("", r.get(1).where());
        assertEquals("", r.get(2).where());
    }

    @Test
    void whatTheArticleDatesSomeoneDoingDatesWhatTheySayNext() {
        String t = "Sen. Ruiz grilled the bank's chief on Tuesday over the fraud.\n\n"
                + "The bank has apologised.\n\n"
                + "Lopez, its chief, left the room.\n\n"
                + "\u201cYou should resign,\u201d Ruiz said.\n";
        TimePlace r = resolve(doc(t, "Ruiz", "Lopez"), by(t, "Ruiz", 2, "said", 1, "You should resign")).get(0);
        assertEquals("on Tuesday", r.when());
        assertEquals("2019-01-08", r.date());
        assertEquals(Basis.OCCASION, r.dateBasis());
    }

    @Test
    void anActivityDatesOnlyItsActor() {
        String t = "Ruiz grilled Lopez on Tuesday.\n\nThe bank has apologised.\n\n"
                + "\u201cI was misled,\u201d Lopez said.\n";
        TimePlace r = resolve(doc(t, "Ruiz", "Lopez"), by(t, "Lopez", 2, "said", 1, "I was misled")).get(0);
        assertEquals("", r.date());
    }

    @Test
    void anActivityLongBeforeTheArticleDatesNothing() {
        String t = "Ruiz visited the plant in 2015.\n\nThe plant closed.\n\n"
                + "\u201cIt was a mistake,\u201d Ruiz said.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "It was a mistake")).get(0);
        assertEquals("", r.date());
    }

    @Test
    void aDateInsideANounPhraseIsNoActivity() {
        String t = "Ruiz left the Jan. 8 memorial ceremony early.\n\nThe crowd stayed.\n\n"
                + "\u201cI felt unwell,\u201d Ruiz said.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "I felt unwell")).get(0);
        assertEquals("", r.date());
    }

    @Test
    void anActivityGivesItsPlaceToo() {
        String t = "Ruiz campaigned in Ohio on Tuesday.\n\nThe polls are close.\n\n"
                + "\u201cWe will win,\u201d Ruiz said.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "We will win")).get(0);
        assertEquals("Ohio", r.where());
        assertEquals(Basis.OCCASION, r.placeBasis());
    }

    @Test
    void anOccasionsTimeMayStandBeforeItsNoun() {
        String t = "Ruiz spoke at Tuesday's rally in Ohio.\n\n"
                + "Ruiz said at the rally that taxes would fall.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "taxes would fall")).get(0);
        assertEquals("2019-01-08", r.date());
        assertEquals("Ohio", r.where());
    }

    @Test
    void aPlaceNameBeforeAnOccasionSaysWhereItWas() {
        String t = "Ruiz said at a Michigan rally that taxes would fall.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "taxes would fall")).get(0);
        assertEquals("Michigan", r.where());
        String u = "Ruiz said at a Michigan law firm that taxes would fall.\n";
        assertEquals("", resolve(doc(u, "Ruiz"), by(u, "Ruiz", 1, "said", 1, "taxes would fall")).get(0).where());
    }

    @Test
    void anEventPhraseAfterAnObjectDatesTheObjectNotTheActivity() {
        String t = "Ruiz is raising questions about his microphone problems during Tuesday's debate.\n\nThe panel met.\n\n"
                + "\u201cIt was bad,\u201d Ruiz said.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "It was bad")).get(0);
        assertEquals("", r.date());
    }

    @Test
    void aBroadcastIsAnOccasion() {
        String t = "Ruiz was a guest on Tuesday's episode of a morning show.\n\n"
                + "Ruiz said during the episode that taxes would fall.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "taxes would fall")).get(0);
        assertEquals("2019-01-08", r.date());
        assertEquals(Basis.OCCASION, r.dateBasis());
    }

    @Test
    void someoneNamedOnlyInWhatWasSaidIsNoParticipant() {
        String t = "Ruiz said at a rally in Ohio on Tuesday that Lopez had lied.\n\n"
                + "Lopez said that the claim was false.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lopez"), by(t, "Ruiz", 1, "said", 1, "Lopez had lied"),
                by(t, "Lopez", 2, "said", 2, "the claim was false"));
        assertEquals("Ohio", r.get(0).where());
        assertEquals("", r.get(1).where());
    }
    @Test
    void anIndefiniteOccasionIsNotAnotherSpeakersEarlierOne() {
        String t = "Ruiz said in a recent interview in Geneva that the talks had failed.\n\n"
                + "Lee said in an interview that the talks would resume.\n\n"
                + "Ruiz said in an interview that he was tired.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "said", 1, "the talks had failed"),
                by(t, "Lee", 1, "said", 2, "the talks would resume"), by(t, "Ruiz", 2, "said", 3, "he was tired"));
        assertEquals("Geneva", r.get(0).where());
        assertEquals("", r.get(1).where(), () -> "Lee's interview is not Ruiz's: " + r.get(1));
        assertEquals("Geneva", r.get(2).where(), () -> "Ruiz's own earlier interview: " + r.get(2));
    }

    @Test
    void anOccasionOfTheSameKindAndPlaceIsOneOccasion() {
        String t = "Ruiz tells supporters at an Ohio rally that taxes will fall.\n\n"
                + "Lee visited Paris on Monday.\n\n"
                + "Ruiz said during a rally Tuesday evening in Ohio that the wall would be built.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "tells", 1, "taxes will fall"),
                by(t, "Ruiz", 2, "said", 1, "the wall would be built"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        assertEquals(Basis.OCCASION, r.get(0).dateBasis());
        assertEquals("Ohio", r.get(0).where());
    }

    @Test
    void aStatementTakesTheOccasionOfTheSameSpeakersNextOne() {
        String t = "The Latest\n\nRuiz says the economy is weak.\n\n"
                + "Ruiz said at a rally Tuesday in Ohio that taxes would fall.\n\n"
                + "Lee says the plan is sound.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "says", 1, "the economy is weak"),
                by(t, "Ruiz", 2, "said", 1, "taxes would fall"), by(t, "Lee", 1, "says", 2, "the plan is sound"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        assertEquals(Basis.OCCASION, r.get(0).dateBasis());
        assertEquals("Ohio", r.get(0).where(), () -> "and its place: " + r.get(0));
        assertEquals("", r.get(2).date(), "another speaker takes nothing");
    }

    @Test
    void aLiveBlogsItemsAreSeparateOccasionsAndItsDatelinePlacesNone() {
        String t = "The Latest: Ruiz on taxes\n\nOHIO CITY (AP) \u2014 The Latest on the race (all times EDT):\n\n7 p.m.\n\n"
                + "Ruiz says the economy is weak.\n\n___.\n\n6 p.m.\n\n"
                + "Ruiz said on Thursday that taxes would fall.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "says", 1, "the economy is weak"),
                by(t, "Ruiz", 3, "said", 1, "taxes would fall"));
        assertEquals("", r.get(0).date(), () -> "the next item is another occasion: " + r.get(0));
        assertEquals("2019-01-10", r.get(1).date());
        assertEquals("", r.get(1).where(), () -> "a live blog's dateline is where it was kept: " + r.get(1));
    }
    @Test
    void theTurnsOfATranscriptShareItsOccasion() {
        String t = "On Sunday's broadcast of the show, Ruiz said the plan was sound.\n\n"
                + "\"HOST: Will the plan work?\n\n\"RUIZ: It will work.\n\nLee said on Monday that the plan was weak.\n";
        Decision turn = Decision.of("transcript-turn", "");
        Provenance p = new Provenance(Decision.NONE, turn, turn, Decision.NONE);
        Attribution host = new Attribution(find(t, "Will the plan work?", 1), QuoteKind.DIRECT, null,
                new Speaker("HOST", find(t, "HOST", 1)), p);
        Attribution ruiz = new Attribution(find(t, "It will work.", 1), QuoteKind.DIRECT, null,
                new Speaker("Ruiz", find(t, "RUIZ", 1)), p);
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "said", 1, "the plan was sound"), host, ruiz,
                by(t, "Lee", 1, "said", 2, "the plan was weak"));
        assertEquals("2019-01-06", r.get(0).date(), r.get(0)::toString);
        assertEquals("2019-01-06", r.get(2).date(), () -> "the same speaker's next quote: " + r.get(2));
        assertEquals("2019-01-06", r.get(1).date(), () -> "the host's turn is of the same broadcast: " + r.get(1));
        assertEquals(Basis.OCCASION, r.get(1).dateBasis());
        assertEquals("2019-01-07", r.get(3).date());
    }

    @Test
    void aLongTurnDoesNotEndItsTranscript() {
        String t = "On Sunday's broadcast of the show, Ruiz said the plan was sound.\n\n\"HOST: Will the plan work?\n\n"
                + "\"RUIZ: It will work.\n\n\"It has to.\n\n\"It is all we have.\n\n\"(CROSSTALK.)\n\n\"HOST: Thank you.\n";
        Decision turn = Decision.of("transcript-turn", "");
        Provenance p = new Provenance(Decision.NONE, turn, turn, Decision.NONE);
        Attribution host = new Attribution(find(t, "Will the plan work?", 1), QuoteKind.DIRECT, null,
                new Speaker("HOST", find(t, "HOST", 1)), p);
        Attribution ruiz = new Attribution(new Span(find(t, "It will work.", 1).start(), find(t, "It is all we have.", 1).end()),
                QuoteKind.DIRECT, null, new Speaker("Ruiz", find(t, "RUIZ", 1)), p);
        Attribution thanks = new Attribution(find(t, "Thank you.", 1), QuoteKind.DIRECT, null, new Speaker("HOST", find(t, "HOST", 2)), p);
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "the plan was sound"), host, ruiz, thanks);
        assertEquals("2019-01-06", r.get(1).date(), r.get(1)::toString);
        assertEquals("2019-01-06", r.get(3).date(), () -> "four paragraphs after the turn began, one after it ended: " + r.get(3));
    }

    @Test
    void thenPointsBackToTheTimeToldBefore() {
        String t = "Ruiz said on Tuesday that the plan was weak.\n\n"
                + "In June, Ruiz called on colleagues to drop the plan. Ruiz told the Times then that it was over.\n\n"
                + "Ruiz said the plan could still be saved.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "the plan was weak"),
                by(t, "Ruiz", 3, "told", 1, "it was over"), by(t, "Ruiz", 4, "said", 2, "the plan could still be saved"));
        assertEquals("2019-01-08", r.get(0).date());
        assertEquals("2018-06", r.get(1).date(), r.get(1)::toString);
        assertEquals("2019-01-08", r.get(2).date(), () -> "back to the occasion of the quotes before: " + r.get(2));
    }

    @Test
    void aRecapDatesTheSpeakersWordsAroundIt() {
        String t = "Ruiz says the plan is weak.\n\nShe says taxes will rise.\n\n"
                + "The senator's response to Lee came in a series of posts Tuesday.\n\nRuiz said the vote would be close.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "says", 1, "the plan is weak"),
                new Attribution(find(t, "taxes will rise", 1), QuoteKind.INDIRECT, find(t, "says", 2), new Speaker("Ruiz", find(t, "She", 1))),
                by(t, "Ruiz", 2, "said", 1, "the vote would be close"));
        for (TimePlace p : r) assertEquals("2019-01-08", p.date(), p::toString);
        String u = "Ruiz says the plan is weak.\n\nRuiz's comments came after Lee unveiled a plan in a Sunday post.\n";
        TimePlace after = resolve(doc(u, "Ruiz", "Lee"), by(u, "Ruiz", 1, "says", 1, "the plan is weak")).get(0);
        assertEquals("", after.date(), () -> "the time is of the clause after \"after\": " + after);
        String w = "Following Monday's debate, the site checked a claim.\n\n"
                + "Ruiz made this statement during a portion of the debate on crime. Ruiz said the cities were dangerous.\n";
        TimePlace during = resolve(doc(w, "Ruiz"), by(w, "Ruiz", 2, "said", 1, "the cities were dangerous")).get(0);
        assertEquals("2019-01-07", during.date(), () -> "the debate is the one dated before: " + during);
    }

    @Test
    void aTimeCountedFromAnOccasionTakesTheOccasionsDate() {
        String t = "Ruiz met Lee at Monday's debate in Ohio.\n\nRuiz said the morning after the debate that the microphone was broken.\n";
        TimePlace r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 2, "said", 1, "the microphone was broken")).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals("", r.where(), () -> "the morning after is not at the debate: " + r);
        String d = "LIMA, Peru — Ruiz met Lee at Tuesday's debate.\n\nRuiz said the day before the debate that the microphone was broken.\n";
        TimePlace before = resolve(doc(d, "Ruiz", "Lee"), by(d, "Ruiz", 2, "said", 1, "the microphone was broken")).get(0);
        assertEquals("2019-01-07", before.date(), before::toString);
        assertEquals("", before.where(), () -> "nor where the story was filed: " + before);
    }

    @Test
    void anOccasionTakesTheTimeOpeningItsSentence() {
        String t = "In late December, Ruiz held a rally in Ohio.\n\nRuiz said at the rally that taxes would fall.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "taxes would fall")).get(0);
        assertEquals("2018-12", r.date(), r::toString);
        String u = "In late December, Lee said that Ruiz held a rally in Ohio.\n\nRuiz said at the rally that taxes would fall.\n";
        TimePlace v = resolve(doc(u, "Ruiz", "Lee"), by(u, "Ruiz", 2, "said", 2, "taxes would fall")).get(0);
        assertEquals("", v.date(), () -> "the opening time is of Lee's words, not the rally's: " + v);
    }

    @Test
    void aWrittenStatementQuotesTheLetterToldJustBefore() {
        String t = "Critics of the plan sent a letter on Tuesday to the leaders.\n\n"
                + "\u201cThe plan is plagued by fraud,\u201d they wrote.\n\n\u201cThe plan is sound,\u201d they said.\n";
        Attribution wrote = new Attribution(find(t, "\u201cThe plan is plagued by fraud,\u201d", 1), QuoteKind.DIRECT,
                find(t, "wrote", 1), new Speaker("Critics", find(t, "they", 1)));
        Attribution said = new Attribution(find(t, "\u201cThe plan is sound,\u201d", 1), QuoteKind.DIRECT,
                find(t, "said", 1), new Speaker("Lee", find(t, "they", 2)));
        List<TimePlace> r = resolve(doc(t, "Lee"), wrote, said);
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        assertEquals("", r.get(1).date(), () -> "a spoken statement is no letter: " + r.get(1));
    }

    @Test
    void anEditorialOrAComplaintIsATextDatedWhereItIsTold() {
        String t = "The editors aimed their Friday editorial at Ruiz.\n\n\u201cRuiz should come,\u201d the editorial read.\n";
        Attribution q = new Attribution(find(t, "\u201cRuiz should come,\u201d", 1), QuoteKind.DIRECT, find(t, "read", 1),
                new Speaker("the editorial", find(t, "the editorial", 1)));
        TimePlace r = resolve(doc(t, "Ruiz"), q).get(0);
        assertEquals("2019-01-04", r.date(), r::toString);
    }

    @Test
    void aLiveBlogPostsDatedLetterDatesItsStatements() {
        String t = "The Latest\n\n12:15 p.m.\n\nThe city is demanding that Ruiz stop using the images.\n\n"
                + "The city sent a letter Tuesday to the campaign.\n\n___.\n\n11 a.m.\n\nLee says the army is ready.\n";
        Attribution city = new Attribution(find(t, "Ruiz stop using the images", 1), QuoteKind.INDIRECT, find(t, "demanding", 1),
                new Speaker("The city", find(t, "The city", 1)));
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), city, by(t, "Lee", 1, "says", 1, "the army is ready"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        assertEquals("", r.get(1).date(), () -> "another post: " + r.get(1));
    }

    @Test
    void thenClosesThePastItPointsTo() {
        String t = "In June, Ruiz said the plan was dead. Ruiz told the Times then that it was over.\n\n"
                + "Ruiz said the plan could still be saved.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "the plan was dead"),
                by(t, "Ruiz", 2, "told", 1, "it was over"), by(t, "Ruiz", 3, "said", 2, "the plan could still be saved"));
        assertEquals("2018-06", r.get(0).date(), r.get(0)::toString);
        assertEquals("2018-06", r.get(1).date(), r.get(1)::toString);
        assertEquals("", r.get(2).date(), () -> "after the flashback, June is over: " + r.get(2));
    }
    @Test
    void afterTheFlashbackTheStoryIsBackAtTheOccasionItBrokeInto() {
        String t = "Ruiz told reporters on Tuesday that the plan was weak.\n\nLee has backed the plan for a year.\n\n"
                + "In June, Ruiz said the plan was dead.\n\nRuiz told the Times then that it was over.\n\n"
                + "Ruiz said the plan could still be saved.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "told", 1, "the plan was weak"),
                by(t, "Ruiz", 2, "said", 1, "the plan was dead"), by(t, "Ruiz", 3, "told", 2, "it was over"),
                by(t, "Ruiz", 4, "said", 2, "the plan could still be saved"));
        assertEquals("2018-06", r.get(2).date(), r::toString);
        assertEquals("2019-01-08", r.get(3).date(), () -> "back at Tuesday's interview: " + r.get(3));
        assertEquals(Basis.OCCASION, r.get(3).dateBasis());
    }

    @Test
    void anInterviewIsAnotherOccasionThanTheMeetingBeforeIt() {
        String t = "Ruiz gave an interview in Lima.\n\nOn Tuesday, Ruiz told a meeting in Quito that the plan was weak.\n\n"
                + "The plan could still fail, Ruiz said in her interview.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "told", 1, "the plan was weak"),
                by(t, "Ruiz", 3, "said", 1, "The plan could still fail"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        assertEquals("", r.get(1).date(), () -> "not at Tuesday's meeting: " + r.get(1));
        assertEquals("Lima", r.get(1).where(), r.get(1)::toString);
    }

    @Test
    void anAnswerIsGivenAtTheOccasionOfWhatItAnswers() {
        String t = "When Ruiz said on Tuesday in Lima that taxes would rise, Lee replied that they would not.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "said", 1, "taxes would rise"),
                by(t, "Lee", 1, "replied", 1, "they would not"));
        assertEquals("2019-01-08", r.get(1).date(), r.get(1)::toString);
        assertEquals(Basis.OCCASION, r.get(1).dateBasis());
        assertEquals("Lima", r.get(1).where(), r.get(1)::toString);
        String after = "Ruiz said on Tuesday that taxes would rise, when Lee replied that they would not.\n";
        List<TimePlace> a = resolve(doc(after, "Ruiz", "Lee"), by(after, "Ruiz", 1, "said", 1, "taxes would rise"),
                by(after, "Lee", 1, "replied", 1, "they would not"));
        assertEquals("2019-01-08", a.get(1).date(), () -> "the words after \"when\" too: " + a.get(1));
        String filed = "QUITO, Ecuador \u2014 When Ruiz said on Tuesday that taxes would rise, Lee replied that they would not.\n";
        List<TimePlace> d = resolve(doc(filed, "Ruiz", "Lee"), by(filed, "Ruiz", 1, "said", 1, "taxes would rise"),
                by(filed, "Lee", 1, "replied", 1, "they would not"));
        assertEquals("Quito", d.get(0).where(), d.get(0)::toString);
        assertEquals("Quito", d.get(1).where(), () -> "the answer's place is the dateline's too: " + d.get(1));
        assertEquals(Basis.DATELINE, d.get(1).placeBasis());
    }

    @Test
    void whoAddsToWordsSpeaksWhereTheyWereSaid() {
        String t = "\u201cTaxes will rise,\u201d Ruiz said Friday. \u201cThey will,\u201d added Lee.\n\n"
                + "The economy added 151,000 jobs, Lee noted.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), quoted(t, "Ruiz", 1, "said", 1, "\u201cTaxes will rise,\u201d"),
                quoted(t, "Lee", 1, "added", 1, "\u201cThey will,\u201d"),
                new Attribution(find(t, "151,000 jobs", 1), QuoteKind.INDIRECT, find(t, "added", 2), new Speaker("The economy", find(t, "The economy", 1))));
        assertEquals("2019-01-04", r.get(1).date(), r.get(1)::toString);
        assertEquals(Basis.OCCASION, r.get(1).dateBasis());
        assertEquals("", r.get(2).date(), () -> "adding jobs reports no words: " + r.get(2));
    }

    @Test
    void aTimeOpeningTheSentenceDatesItsActivity() {
        String t = "On Tuesday night, Ruiz leaned in hard on taxes.\n\n\u201cWhy won't he pay?\u201d Ruiz asked.\n";
        Attribution q = quoted(t, "Ruiz", 2, "asked", 1, "\u201cWhy won't he pay?\u201d");
        TimePlace r = resolve(doc(t, "Ruiz"), q).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals(Basis.OCCASION, r.dateBasis());
    }

    @Test
    void aNewOccasionNamedInTheStatementTakesNothingFromBefore() {
        String t = "By 9 a.m. Tuesday, Ruiz began taking calls from listeners.\n\n"
                + "\u201cIt is a shot in the arm,\u201d Ruiz said in an interview.\n";
        Attribution q = quoted(t, "Ruiz", 2, "said", 1, "\u201cIt is a shot in the arm,\u201d");
        TimePlace r = resolve(doc(t, "Ruiz"), q).get(0);
        assertEquals("", r.date(), () -> "the interview is not the morning's calls: " + r);
    }
    @Test
    void aProfileBuiltOnOneInterviewQuotesItThroughout() {
        StringBuilder b = new StringBuilder("\u201cThe trends are grim,\u201d Ruiz said in a recent interview in Geneva.\n\n");
        for (int k = 0; k < 6; k++) b.append("The talks went on for years without a result.\n\n");
        b.append("Ruiz said that the talks had been hard.\n\n\u201cWe tried,\u201d Ruiz said.\n");
        String t = b.toString();
        Attribution first = quoted(t, "Ruiz", 1, "said", 1, "\u201cThe trends are grim,\u201d");
        Attribution indirect = by(t, "Ruiz", 2, "said", 2, "the talks had been hard");
        Attribution direct = quoted(t, "Ruiz", 3, "said", 3, "\u201cWe tried,\u201d");
        List<TimePlace> r = resolve(doc(t, "Ruiz"), first, indirect, direct);
        assertEquals("Geneva", r.get(0).where());
        assertEquals("", r.get(1).where(), () -> "a report in the writer's words may be from anywhere: " + r.get(1));
        assertEquals("Geneva", r.get(2).where(), () -> "a direct quote pages on is of the interview: " + r.get(2));
        assertEquals(Basis.OCCASION, r.get(2).placeBasis());
    }
    @Test
    void anOpeningOccasionPhraseDatesTheActivityAfterIt() {
        String t = "In a speech in Toledo, Ohio Tuesday, Ruiz laid out her plans.\n\nRuiz said she thinks the plan will work.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "she thinks the plan will work")).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals("Toledo", r.where());
    }

    @Test
    void aStatementDatedOtherwiseTakesNotThePlaceOfTheSpeakersPreviousOne() {
        String t = "Ruiz said in Toledo on Tuesday that the plan would work.\n\n"
                + "Ruiz said on Sunday that taxes would fall.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "the plan would work"),
                by(t, "Ruiz", 2, "said", 2, "taxes would fall"));
        assertEquals("Toledo", r.get(0).where());
        assertEquals("2019-01-06", r.get(1).date());
        assertEquals("", r.get(1).where(), () -> "Sunday's words were not Tuesday's: " + r.get(1));
    }
    @Test
    void anOccasionInATownOfTheOthersStateIsTheSameOne() {
        String t = "Speaking at a rally in Dayton, Ohio, Ruiz says taxes will fall.\n\n"
                + "Lee visited Paris on Monday.\n\n"
                + "Ruiz said during a rally Tuesday evening in Ohio that the wall would be built.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "says", 1, "taxes will fall"),
                by(t, "Ruiz", 2, "said", 1, "the wall would be built"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        assertEquals("Dayton", r.get(0).where());
    }
    @Test
    void theActivityIsOfTheNameRightBeforeItsVerb() {
        String t = "Ruiz communications director Ana Lee spoke to reporters Tuesday.\n\n"
                + "Ana Lee said Ruiz would answer the charges.\n";
        AnnotatedDocument d = doc(t, "Ruiz", "Ana Lee");
        List<TimePlace> r = resolve(d, by(t, "Ana Lee", 2, "said", 1, "Ruiz would answer the charges"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
    }
    @Test
    void anAppositiveMayStandBetweenTheActorAndItsVerb() {
        String t = "Ana Lee, son of the party's founder, talked politics Tuesday on a radio show.\n\n"
                + "Ana Lee said Ruiz would answer the charges.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Ana Lee"), by(t, "Ana Lee", 2, "said", 1, "Ruiz would answer the charges"));
        assertEquals("2019-01-08", r.get(0).date(), r.get(0)::toString);
        String u = "Ana Lee, who ran the party, talked politics Tuesday on a radio show.\n\n"
                + "Ana Lee said Ruiz would answer the charges.\n";
        List<TimePlace> v = resolve(doc(u, "Ruiz", "Ana Lee"), by(u, "Ana Lee", 2, "said", 1, "Ruiz would answer the charges"));
        assertEquals("", v.get(0).date(), () -> "a relative clause is no appositive: " + v.get(0));
    }
    @Test
    void aTitleMayStandBetweenTheOpeningPhraseAndTheActor() {
        String t = "In a statement issued Tuesday morning, presidential nominee Ana Lee was more cautious.\n\n"
                + "Ana Lee called the scheme outrageous.\n";
        TimePlace r = resolve(doc(t, "Ana Lee"), by(t, "Ana Lee", 2, "called", 1, "the scheme outrageous")).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
    }
    @Test
    void aLiveBlogPostsOccasionIsItsSpeakersEvenUnnamed() {
        String t = "The Latest\n\n12:15 p.m.\n\nRuiz says the army is too correct.\n\n"
                + "At a forum with military leaders in Ohio on Tuesday, one questioner raised the issue.\n\n"
                + "Ruiz said he would leave such decisions to the generals.\n\n___.\n\n11:05 a.m.\n\nLee said the plan was sound.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 2, "said", 1, "he would leave such decisions to the generals"),
                by(t, "Lee", 1, "said", 2, "the plan was sound"));
        assertEquals("Ohio", r.get(0).where(), r.get(0)::toString);
        assertEquals("2019-01-08", r.get(0).date());
        assertEquals("", r.get(1).where(), () -> "another post: " + r.get(1));
    }

    @Test
    void anOccasionStillToComeIsNoStatementsSetting() {
        String t = "The Latest\n\n7:45 a.m.\n\nThe campaign says Ruiz will announce plans Friday.\n\n"
                + "She'll present her proposals in a speech Friday in Dayton, Ohio.\n\n___.\n\n7:25 a.m.\n\nLee said it.\n";
        TimePlace r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "says", 1, "Ruiz will announce plans Friday")).get(0);
        assertEquals("", r.where(), r::toString);
    }
    @Test
    void aTimeInARelativeClauseDatesNoActivity() {
        String t = "Ruiz sat in the room where he saw the gunman for the last time on Tuesday.\n\n"
                + "Ruiz said the gunman had a troubled mind.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "the gunman had a troubled mind")).get(0);
        assertEquals("", r.date(), r::toString);
    }
    @Test
    void anOccasionOfTheFilingDaysWithNoPlaceWasHeldAtTheDateline() {
        String t = "Ruiz wins debate\n\nDAYTON, Ohio \u2014 Ruiz attacked Lee during the first debate Tuesday night.\n\n"
                + "Ruiz said at the debate that Lee was a fraud.\n";
        TimePlace r = new TimePlaceResolver(Optional.of(LocalDate.of(2019, 1, 9)))
                .resolve(doc(t, "Ruiz", "Lee"), List.of(by(t, "Ruiz", 2, "said", 1, "Lee was a fraud"))).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals(Basis.OCCASION, r.dateBasis());
        assertEquals("Dayton", r.where(), r::toString);
        assertEquals(Basis.DATELINE, r.placeBasis());
    }
    @Test
    void anActivityOfTheFilingDaysWithNoPlaceWasAtTheDateline() {
        String t = "Ruiz wins debate\n\nDAYTON, Ohio \u2014 The rivals met at last.\n\n"
                + "On Tuesday night, Ruiz leaned in hard on taxes.\n\n\u201cWhy won't he pay?\u201d Ruiz asked.\n";
        Attribution q = quoted(t, "Ruiz", 3, "asked", 1, "\u201cWhy won't he pay?\u201d");
        TimePlace r = new TimePlaceResolver(Optional.of(LocalDate.of(2019, 1, 9))).resolve(doc(t, "Ruiz"), List.of(q)).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals("Dayton", r.where(), r::toString);
        assertEquals(Basis.DATELINE, r.placeBasis());
    }
    @Test
    void thatsWhenPointsBackToTheTimeBefore() {
        String t = "Ruiz hits back\n\nRuiz says the tweets were lies.\n\n"
                + "Ruiz has not mentioned Lee since the Tuesday night debate. That's when she pointed to reports of fraud.\n";
        List<TimePlace> r = resolve(doc(t, "Ruiz", "Lee"), by(t, "Ruiz", 1, "says", 1, "the tweets were lies"),
                by(t, "Ruiz", 2, "pointed to", 1, "reports of fraud"));
        assertEquals("2019-01-08", r.get(1).date(), r.get(1)::toString);
        assertEquals("", r.get(0).date(), () -> "a time pointed back to is no occasion of the quotes before: " + r.get(0));
    }
    @Test
    void anActivityInAnotherPostOfALiveBlogGivesNoPlace() {
        String t = "The Latest\n\n2:35 p.m.\n\nRuiz spoke Tuesday at a rally in Dayton, Ohio.\n\n___.\n\n2:25 p.m.\n\n"
                + "Ruiz said the tweets were lies.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 2, "said", 1, "the tweets were lies")).get(0);
        assertEquals("2019-01-08", r.date(), () -> "the blog's day is one: " + r);
        assertEquals("", r.where(), () -> "another post's place: " + r);
    }
    @Test
    void aLetterSentOnADayIsTheOccasionOfWhatItSays() {
        String t = "The city sent a cease-and-desist letter Tuesday.\n\nCity Attorney Ruiz said in the letter that the ad was unlawful.\n";
        TimePlace r = resolve(doc(t, "Ruiz"), by(t, "Ruiz", 1, "said", 1, "the ad was unlawful")).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals(Basis.OCCASION, r.dateBasis());
    }
    @Test
    void aWrittenOccasionTakesNoDatelinePlace() {
        String t = "Ruiz on taxes\n\nDAYTON, Ohio \u2014 Ruiz issued a statement Tuesday.\n\nRuiz said in the statement that taxes would fall.\n";
        TimePlace r = new TimePlaceResolver(Optional.of(LocalDate.of(2019, 1, 9)))
                .resolve(doc(t, "Ruiz"), List.of(by(t, "Ruiz", 3, "said", 1, "taxes would fall"))).get(0);
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals("", r.where(), r::toString);
    }
}
