package extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.NlpModels;
import extract.quotes.Attribution;
import extract.quotes.QuoteKind;
import extract.speaker.Speaker;
import extract.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimePlaceResolverTest {
    private static Annotator annotator;
    private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2019, 1, 10));

    @BeforeAll
    static void models() {
        annotator = new Annotator(NlpModels.load(null));
    }

    private static AnnotatedDocument doc(String text, EntityMention... entities) {
        AnnotatedDocument d = annotator.annotate(new SourceText("test.txt", text));
        return new AnnotatedDocument(d.file(), d.text(), d.modelText(), d.sentences(), List.of(entities));
    }

    /** The span of the n-th (from 1) occurrence of words in text. */
    private static Span find(String text, String words, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = text.indexOf(words, at + 1);
        if (at < 0) throw new IllegalArgumentException("no " + words);
        return new Span(at, at + words.length());
    }

    private static EntityMention entity(String text, String words, int n, EntityType type, String canonical) {
        Span s = find(text, words, n);
        return new EntityMention(s.start(), s.end(), type, words, canonical);
    }

    private static Attribution said(String text, String content, String cue, int nthCue) {
        QuoteKind kind = content.startsWith("“") ? QuoteKind.DIRECT : QuoteKind.INDIRECT;
        return new Attribution(find(text, content, 1), kind, cue == null ? null : find(text, cue, nthCue), Speaker.NONE);
    }

    /** As {@link #said}, with the speaker's words. */
    private static Attribution saidBy(String text, String speakerWords, String content, String cue) {
        Attribution a = said(text, content, cue, 1);
        return new Attribution(a.content(), a.kind(), a.cue(), new Speaker(speakerWords, find(text, speakerWords, 1)));
    }

    /** As {@link #said}, by a speaker of that name whose words are the n-th occurrence of {@code mention}. */
    private static Attribution saidBy(String text, String name, String mention, int nthMention, String content, String cue, int nthCue) {
        Attribution a = said(text, content, cue, nthCue);
        return new Attribution(a.content(), a.kind(), a.cue(), new Speaker(name, find(text, mention, nthMention)));
    }

    private static TimePlace one(String text, Attribution a) {
        return resolve(THURSDAY, doc(text), a).get(0);
    }

    private static List<TimePlace> resolve(Optional<LocalDate> ref, AnnotatedDocument doc, Attribution... as) {
        // the article date has tests of its own
        return new TimePlaceResolver(ref).resolve(doc, List.of(as)).stream().map(t -> t.withArticleDate("")).toList();
    }

    @Test
    void theWritersInterviewsDateWhatTheInterviewedSaid() {
        String t = "Tax plan.\n\nHis views were echoed by tax experts I spoke to this week.\n\n"
                + "All the experts I interviewed said the plan was detailed.";
        TimePlace r = one(t, saidBy(t, "the experts", "the experts", 1, "the plan was detailed", "said", 1));
        assertEquals("2019-W02", r.date());
        assertEquals(Basis.OCCASION, r.dateBasis());
        String undated = "Tax plan.\n\nAll the experts I interviewed said the plan was detailed.";
        assertEquals("", one(undated, saidBy(undated, "the experts", "the experts", 1, "the plan was detailed", "said", 1)).date(),
                "interviews the article does not date");
    }

    @Test
    void laterInTheSameSentenceIsTheSameOccasion() {
        String t = "Plant closes.\n\n“We are done,” Ruiz said on Tuesday, adding later, “The plant will close for good.”";
        List<TimePlace> r = resolve(THURSDAY, doc(t), saidBy(t, "Ruiz", "Ruiz", 1, "“We are done,”", "said", 1),
                saidBy(t, "Ruiz", "Ruiz", 1, "“The plant will close for good.”", "adding", 1));
        assertEquals("2019-01-08", r.get(1).date());
        String apart = "Plant closes.\n\n“We are done,” Ruiz said on Tuesday. Ruiz added later, “The plant will close for good.”";
        List<TimePlace> a = resolve(THURSDAY, doc(apart), saidBy(apart, "Ruiz", "Ruiz", 1, "“We are done,”", "said", 1),
                saidBy(apart, "Ruiz", "Ruiz", 2, "“The plant will close for good.”", "added", 1));
        assertEquals("", a.get(1).date(), "\"later\" in a sentence of its own is another time");
    }

    @Test
    void anOrganisationSaysWhatItsSpokespersonSaysNext() {
        String t = "Plant stays open.\n\nAcme Corp. is saying that the plant will stay open.\n\n"
                + "Acme Corp. spokesman Ben Cole said Tuesday that the company has no plans to sell it.";
        List<TimePlace> r = resolve(THURSDAY, doc(t), saidBy(t, "Acme Corp.", "Acme Corp.", 1, "the plant will stay open", "saying", 1),
                saidBy(t, "Ben Cole", "Acme Corp. spokesman Ben Cole", 1, "the company has no plans to sell it", "said", 1));
        assertEquals("2019-01-08", r.get(0).date());
        assertEquals(Basis.OCCASION, r.get(0).dateBasis());
        String customer = t.replace("Acme Corp. spokesman Ben Cole", "Acme Corp. customer Ben Cole");
        List<TimePlace> c = resolve(THURSDAY, doc(customer),
                saidBy(customer, "Acme Corp.", "Acme Corp.", 1, "the plant will stay open", "saying", 1),
                saidBy(customer, "Ben Cole", "Acme Corp. customer Ben Cole", 1, "the company has no plans to sell it", "said", 1));
        assertEquals("", c.get(0).date(), "a customer does not speak for it");
    }

    @Test
    void timeOfTheReportingClauseDatesTheStatement() {
        String t = "Trump said on Sunday that the talks went well.";
        List<TimePlace> r = resolve(THURSDAY, doc(t), said(t, "the talks went well", "said", 1));
        assertEquals(new TimePlace("on Sunday", "2019-01-06", ""), r.get(0));
    }

    @Test
    void timeAndPlaceInsideWhatWasSaidAreNotTaken() {
        String t = "Trump said that the talks on Sunday in Hanoi went well.";
        assertEquals(TimePlace.NONE,
                resolve(THURSDAY, doc(t), said(t, "the talks on Sunday in Hanoi went well", "said", 1)).get(0));
        String q = "“We will meet in Singapore on Monday,” she said.";
        assertEquals(TimePlace.NONE,
                resolve(THURSDAY, doc(q), said(q, "“We will meet in Singapore on Monday,”", "said", 1)).get(0));
    }

    @Test
    void twoStatementsInOneSentenceGetTheirOwnTimes() {
        String t = "Trump said on Sunday that the two sides were talking, a meeting Moon said on Thursday was “imminent”.";
        AnnotatedDocument d = doc(t);
        Attribution moon = said(t, "“imminent”", "said", 2);
        List<TimePlace> r = resolve(THURSDAY, d, said(t, "the two sides were talking", "said", 1), moon);
        assertEquals(new TimePlace("on Sunday", "2019-01-06", ""), r.get(0));
        assertEquals(new TimePlace("on Thursday", "2019-01-10", ""), r.get(1));
        // the same when the first statement's content is read as running to the end of the sentence
        Attribution wide = said(t, "the two sides were talking, a meeting Moon said on Thursday was “imminent”", "said", 1);
        r = resolve(THURSDAY, d, wide, moon);
        assertEquals("on Sunday", r.get(0).when());
        assertEquals("on Thursday", r.get(1).when());
    }

    @Test
    void withoutAReferenceDateWhenStaysAndDateGoes() {
        String t = "Trump said on Sunday that the talks went well.";
        assertEquals(new TimePlace("on Sunday", "", ""),
                resolve(Optional.empty(), doc(t), said(t, "the talks went well", "said", 1)).get(0));
    }

    @Test
    void datelineGivesReferenceDateAndThePlaceOfStatementsDatedThen() {
        String t = "Talks resume\n\nSEOUL, Jan. 9, 2019 (Reuters) - Moon said on Tuesday that talks would resume.\n\n"
                + "Kim said the talks were welcome.\n";
        AnnotatedDocument d = doc(t);
        Attribution moon = said(t, "talks would resume", "said", 1);
        Attribution kim = said(t, "the talks were welcome", "said", 2);
        List<TimePlace> r = resolve(Optional.empty(), d, moon, kim);
        assertEquals(new TimePlace("on Tuesday", "2019-01-08", Basis.STATED, "Seoul", Basis.DATELINE, ""), r.get(0));
        // an undated statement may have been gathered anywhere: the dateline gives it no place
        assertEquals(new TimePlace("", "", Basis.NONE, "", Basis.NONE, ""), r.get(1));
        // --date wins over the dateline's date; the place stays
        r = resolve(Optional.of(LocalDate.of(2019, 1, 20)), d, moon);
        assertEquals(new TimePlace("on Tuesday", "2019-01-15", Basis.STATED, "Seoul", Basis.DATELINE, ""), r.get(0));
    }

    @Test
    void aWhenClauseIsMadeAtTheTimeBeforeIt() {
        String t = "Lee has been in the news since Monday's debate, when Kim cited her remarks on trade.";
        TimePlace r = one(t, saidBy(t, "Kim", "her remarks on trade", "cited"));
        assertEquals("2019-01-07", r.date(), r::toString);
        assertEquals(Basis.STATED, r.dateBasis());
    }

    @Test
    void aFocusWordBeforeAWeekdayIsNoName() {
        String t = "Even Friday, Lee claimed that the plan was sound.";
        assertEquals("2019-01-04", one(t, saidBy(t, "Lee", "the plan was sound", "claimed")).date());
    }

    @Test
    void anEventDatedByAPossessiveTakesNoDatelinePlace() {
        String t = "Talks resume\n\nSEOUL, Jan. 9, 2019 (Reuters) - At Tuesday's debate, Moon said that talks would resume.\n";
        TimePlace r = resolve(Optional.empty(), doc(t), saidBy(t, "Moon", "talks would resume", "said")).get(0);
        assertEquals("2019-01-08", r.date());
        assertEquals("", r.where(), "the debate was held where the article does not say");
    }

    @Test
    void anActivityInACityAndStateDatesWhatTheActorSaysNext() {
        String t = "Ann Lee made the pledge at a conference in Herndon, Virginia on Monday. Lee said the plan was sound.";
        AnnotatedDocument d = doc(t, entity(t, "Ann Lee", 1, EntityType.PERSON, "Ann Lee"),
                entity(t, "Herndon", 1, EntityType.LOCATION, "Herndon"), entity(t, "Virginia", 1, EntityType.LOCATION, "Virginia"),
                entity(t, "Lee", 2, EntityType.PERSON, "Ann Lee"));
        Attribution a = said(t, "the plan was sound", "said", 1);
        a = new Attribution(a.content(), a.kind(), a.cue(), new Speaker("Ann Lee", find(t, "Lee", 2)));
        TimePlace r = resolve(THURSDAY, d, a).get(0);
        assertEquals("2019-01-07", r.date(), r::toString);
        assertTrue(r.where().startsWith("Herndon"), r::toString);
    }

    @Test
    void dateLineAtTheHeadGivesTheReferenceDate() {
        String t = "Leaders meet\nPublished 10 January 2019\n\nThe minister said yesterday that talks would resume.\n";
        List<TimePlace> r = resolve(Optional.empty(), doc(t), said(t, "talks would resume", "said", 1));
        assertEquals(new TimePlace("yesterday", "2019-01-09", ""), r.get(0));
    }

    @Test
    void aDateInsideTheTextIsNoDateLine() {
        String t = "Leaders meet\n\nThe leaders met in Beijing, China January 8, 2019 before talks.\n\n"
                + "The minister said yesterday that talks would resume.\n";
        List<TimePlace> r = resolve(Optional.empty(), doc(t), said(t, "talks would resume", "said", 1));
        assertEquals(new TimePlace("yesterday", "", ""), r.get(0));
    }

    @Test
    void capitalDescribedIsFoundWhenTheArticleNamesIt() {
        String named = "Kim arrived in Beijing on Monday. “The talks were good,” Xi said during Kim’s visit to the Chinese capital.";
        TimePlace r = resolve(THURSDAY, doc(named), said(named, "“The talks were good,”", "said", 1)).get(0);
        assertEquals(new TimePlace("during Kim’s visit", "", "Beijing"), r);
        String unnamed = "“The talks were good,” Xi said during Kim’s visit to the Chinese capital.";
        r = resolve(THURSDAY, doc(unnamed), said(unnamed, "“The talks were good,”", "said", 1)).get(0);
        assertEquals("", r.where());
    }

    @Test
    void placesInTheReportingClause() {
        String t = "Xi told reporters in Beijing on Tuesday that trade talks would go on.";
        assertEquals(new TimePlace("on Tuesday", "2019-01-08", "Beijing"),
                resolve(THURSDAY, doc(t), said(t, "trade talks would go on", "told", 1)).get(0));
        String un = "Speaking at the United Nations, the minister said sanctions must stay.";
        assertEquals("the United Nations", resolve(THURSDAY, doc(un), said(un, "sanctions must stay", "said", 1)).get(0).where());
        String visiting = "While visiting Seoul, the minister said sanctions must stay.";
        assertEquals("Seoul", resolve(THURSDAY, doc(visiting), said(visiting, "sanctions must stay", "said", 1)).get(0).where());
        String unknown = "Speaking in Oberammergau, the minister said sanctions must stay.";
        assertEquals("Oberammergau", resolve(THURSDAY, doc(unknown), said(unknown, "sanctions must stay", "said", 1)).get(0).where());
    }

    @Test
    void namesThatAreNoPlacesAreLeftOut() {
        String t = "He wrote in The New York Times that he said in May that the plan was dead.";
        TimePlace r = resolve(THURSDAY, doc(t), said(t, "the plan was dead", "wrote", 1)).get(0);
        assertEquals("", r.where());
        String org = "The minister said at Acme Industries that prices would rise.";
        EntityMention acme = new EntityMention(org.indexOf("Acme"), org.indexOf(" that"), EntityType.ORGANIZATION,
                "Acme Industries", "Acme Industries");
        assertEquals("", resolve(THURSDAY, doc(org, acme), said(org, "prices would rise", "said", 1)).get(0).where());
    }

    @Test
    void organisationsNamedAfterAVenueArePlaces() {
        String t = "The senator told delegates at the Republican National Convention that taxes would fall.";
        EntityMention rnc = new EntityMention(t.indexOf("Republican"), t.indexOf(" that"), EntityType.ORGANIZATION,
                "Republican National Convention", "Republican National Convention");
        assertEquals("Republican National Convention",
                resolve(THURSDAY, doc(t, rnc), said(t, "taxes would fall", "told", 1)).get(0).where());
    }

    @Test
    void locationFromTheNameFinderUsesItsCanonicalName() {
        String t = "The minister said in Ulan Bator that talks would resume.";
        EntityMention city = new EntityMention(t.indexOf("Ulan"), t.indexOf(" that"), EntityType.LOCATION,
                "Ulan Bator", "Ulaanbaatar");
        assertEquals("Ulaanbaatar", resolve(THURSDAY, doc(t, city), said(t, "talks would resume", "said", 1)).get(0).where());
    }

    @Test
    void relativeClausesDoNotDateTheStatement() {
        String t = "Kim, who met Trump in Singapore last year, said the talks had stalled.";
        assertEquals(TimePlace.NONE, resolve(THURSDAY, doc(t), said(t, "the talks had stalled", "said", 1)).get(0));
    }

    @Test
    void eventAndTenseOfTheCue() {
        String t = "The trip came a week after Kim, in his New Year’s address, warned that Pyongyang may change course.";
        assertEquals(new TimePlace("in his New Year’s address", "2019-01-01", ""),
                resolve(THURSDAY, doc(t), said(t, "Pyongyang may change course", "warned", 1)).get(0));
        String f = "Trump will say on Friday that the wall is needed.";
        assertEquals(new TimePlace("on Friday", "2019-01-11", ""),
                resolve(THURSDAY, doc(f), said(f, "the wall is needed", "will say", 1)).get(0));
    }

    @Test
    void wordsBeforeTheSpeakerCountOnlyAsAnOpeningPhrase() {
        String t = "The trip to Russia came a month after Putin, in his annual Christmas message, said that talks could resume.";
        Attribution putin = new Attribution(find(t, "talks could resume", 1), QuoteKind.INDIRECT, find(t, "said", 1),
                new Speaker("Putin", find(t, "Putin", 1)));
        assertEquals(new TimePlace("in his annual Christmas message", "2018-12-25", ""),
                resolve(THURSDAY, doc(t), putin).get(0));
        String o = "In a statement on Friday in Tokyo, the ministry said that talks could resume.";
        Attribution ministry = new Attribution(find(o, "talks could resume", 1), QuoteKind.INDIRECT, find(o, "said", 1),
                new Speaker("the ministry", find(o, "the ministry", 1)));
        assertEquals(new TimePlace("on Friday", "2019-01-04", "Tokyo"), resolve(THURSDAY, doc(o), ministry).get(0));
        // a participle describing a noun ("a widely read column") is no verb of another clause
        String c = "In a widely read column on Friday, two speechwriters implored her to act, arguing that it agitated Trump.";
        Attribution writers = new Attribution(find(c, "it agitated Trump", 1), QuoteKind.INDIRECT, find(c, "arguing", 1),
                new Speaker("two speechwriters", find(c, "two speechwriters", 1)));
        assertEquals("on Friday", resolve(THURSDAY, doc(c), writers).get(0).when());
    }

    @Test
    void placesThatDescribeTheSpeakerAreNotWhereItWasSaid() {
        String t = "Ana Ruiz, 63, a teacher raised in Chile, said she wanted change.";
        Attribution ruiz = new Attribution(find(t, "she wanted change", 1), QuoteKind.INDIRECT, find(t, "said", 1),
                new Speaker("Ana Ruiz", find(t, "Ana Ruiz", 1)));
        assertEquals("", resolve(THURSDAY, doc(t), ruiz).get(0).where());
        String after = "“Change is needed,” said Ana Ruiz, a teacher in Lima.";
        Attribution ruiz2 = new Attribution(find(after, "“Change is needed,”", 1), QuoteKind.DIRECT, find(after, "said", 1),
                new Speaker("Ana Ruiz", find(after, "Ana Ruiz", 1)));
        assertEquals("", resolve(THURSDAY, doc(after), ruiz2).get(0).where());
        String mention = "Republicans in Ohio said the plan was dead.";
        Attribution gop = new Attribution(find(mention, "the plan was dead", 1), QuoteKind.INDIRECT,
                find(mention, "said", 1), new Speaker("Republicans", find(mention, "Republicans in Ohio", 1)));
        assertEquals("", resolve(THURSDAY, doc(mention), gop).get(0).where());
        String talks = "“The target was met,” she said at U.N. climate talks.";
        assertEquals("", resolve(THURSDAY, doc(talks), said(talks, "“The target was met,”", "said", 1)).get(0).where());
        String owner = "He spoke in Trump’s name and worked in the Reagan administration, he said in an interview.";
        assertEquals("", resolve(THURSDAY, doc(owner), said(owner, "He spoke", "said", 1)).get(0).where());
    }

    @Test
    void withoutCueTheNearestTimeOutsideTheQuoteIsTaken() {
        String t = "On Monday Trump spoke, and Moon later said on Thursday it was “imminent”.";
        assertEquals("on Thursday", resolve(THURSDAY, doc(t), said(t, "“imminent”", null, 1)).get(0).when());
    }

    // 2019-01-10 is a Thursday
    @Test
    void aTimeBetweenSubjectAndVerb() {
        String t = "The ministry on Friday said the talks would resume.";
        assertEquals(new TimePlace("on Friday", "2019-01-04", ""),
                one(t, saidBy(t, "The ministry on Friday", "the talks would resume", "said")));
        t = "A senior aide Tuesday outlined that the plan would cost billions.";
        assertEquals(new TimePlace("Tuesday", "2019-01-08", ""),
                one(t, saidBy(t, "A senior aide Tuesday", "the plan would cost billions", "outlined")));
        t = "The agency yesterday confirmed that the border would reopen.";
        assertEquals(new TimePlace("yesterday", "2019-01-09", ""),
                one(t, saidBy(t, "The agency yesterday", "the border would reopen", "confirmed")));
    }

    @Test
    void aTimeRightAfterTheCue() {
        String t = "The minister said Wednesday the plan would go ahead.";
        assertEquals(new TimePlace("Wednesday", "2019-01-09", ""),
                one(t, saidBy(t, "The minister", "the plan would go ahead", "said")));
        t = "The company announced on Monday that it would cut 500 jobs.";
        assertEquals(new TimePlace("on Monday", "2019-01-07", ""),
                one(t, saidBy(t, "The company", "it would cut 500 jobs", "announced")));
    }

    @Test
    void passiveAndNestedReports() {
        String t = "Staff were notified Wednesday that the plant would close.";
        assertEquals(new TimePlace("Wednesday", "2019-01-09", ""), one(t, said(t, "the plant would close", "were notified", 1)));
        t = "Workers were told late last week that their jobs were safe.";
        assertEquals(new TimePlace("late last week", "2019-W01", ""), one(t, said(t, "their jobs were safe", "were told", 1)));
    }

    @Test
    void timesInTheContentOrAnotherClauseDoNotDateTheStatement() {
        String t = "The analyst said Tuesday's sell-off was overdone.";
        assertEquals(TimePlace.NONE, one(t, saidBy(t, "The analyst", "Tuesday's sell-off was overdone", "said")));
        t = "Smith said the slump was severe, comparing it to the 1987 crash.";
        assertEquals(TimePlace.NONE, one(t, saidBy(t, "Smith", "the slump was severe", "said")));
        t = "Smith said the slump was severe, while markets in Tokyo rallied on Friday.";
        assertEquals(TimePlace.NONE, one(t, saidBy(t, "Smith", "the slump was severe", "said")));
        // a participle of speaking still reports
        t = "The minister said the talks had failed, speaking at a news conference in Geneva on Tuesday.";
        assertEquals(new TimePlace("on Tuesday", "2019-01-08", "Geneva"),
                one(t, saidBy(t, "The minister", "the talks had failed", "said")));
    }

    @Test
    void twoCuesInOneSentenceKeepTheirOwnTimes() {
        String t = "Trump said on Sunday that talks went well, while Moon said on Thursday that a summit was near.";
        List<TimePlace> r = resolve(THURSDAY, doc(t), saidBy(t, "Trump", "talks went well", "said"),
                new Attribution(find(t, "a summit was near", 1), QuoteKind.INDIRECT, find(t, "said", 2),
                        new Speaker("Moon", find(t, "Moon", 1))));
        assertEquals(new TimePlace("on Sunday", "2019-01-06", ""), r.get(0));
        assertEquals(new TimePlace("on Thursday", "2019-01-10", ""), r.get(1));
    }

    @Test
    void aFutureCueLooksAhead() {
        String t = "The senator is due to address the chamber on Nov. 6.";
        Attribution a = new Attribution(find(t, "the chamber", 1), QuoteKind.INDIRECT, find(t, "address", 1), Speaker.NONE);
        assertEquals(new TimePlace("on Nov. 6", "2019-11-06", ""), one(t, a));
    }

    @Test
    void theNextQuotesOfTheSameSpeakerShareTheOccasionsDateAndPlace() {
        String t = "Moon said on Tuesday in Seoul that the plan would work.\n\n"
                + "\u201cWe are ready for it,\u201d Moon added.\n\nLee said the plan was welcome.\n";
        Attribution first = saidBy(t, "Moon", "the plan would work", "said");
        Attribution next = new Attribution(find(t, "\u201cWe are ready for it,\u201d", 1), QuoteKind.DIRECT, find(t, "added", 1),
                new Speaker("Moon", find(t, "Moon", 2)));
        Attribution other = new Attribution(find(t, "the plan was welcome", 1), QuoteKind.INDIRECT, find(t, "said", 2),
                new Speaker("Lee", find(t, "Lee", 1)));
        List<TimePlace> r = resolve(THURSDAY, doc(t), first, next, other);
        assertEquals(Basis.STATED, r.get(0).dateBasis());
        assertEquals(r.get(0).date(), r.get(1).date());
        assertEquals(Basis.OCCASION, r.get(1).dateBasis());
        assertEquals("Seoul", r.get(1).where());
        assertEquals("", r.get(2).date(), () -> "another speaker's statement takes nothing: " + r);
    }
    @Test
    void aWrittenStatementTakesNoDatelinePlace() {
        String t = "Visa rules\n\nSEOUL, Jan. 9, 2019 (Reuters) - Lee wrote on Tuesday that the rules were unfair.\n\n"
                + "Moon said on Tuesday that the rules were fair.\n";
        List<TimePlace> r = resolve(Optional.empty(), doc(t), saidBy(t, "Lee", "the rules were unfair", "wrote"),
                said(t, "the rules were fair", "said", 1));
        assertEquals("2019-01-08", r.get(0).date());
        assertEquals("", r.get(0).where(), () -> "a letter is written wherever its writer was: " + r.get(0));
        assertEquals("Seoul", r.get(1).where());
    }

    @Test
    void aPlaceInWhatTheStatementIsAboutIsNotWhereItWasMade() {
        String t = "Lee spoke out on Tuesday about the death of a driver in Tulsa, arguing that it was intolerable.";
        TimePlace r = one(t, saidBy(t, "Lee", "it was intolerable", "arguing"));
        assertEquals("", r.where(), r::toString);
        String u = "Lee spoke in Tulsa on Tuesday about the death of a driver, arguing that it was intolerable.";
        assertEquals("Tulsa", one(u, saidBy(u, "Lee", "it was intolerable", "arguing")).where());
        String v = "Lee spoke on Tuesday about her ties to the unions while at the Grand Union Hall in Tulsa, arguing that they mattered.";
        TimePlace w = one(v, saidBy(v, "Lee", "they mattered", "arguing"));
        assertEquals("Grand Union Hall, Tulsa", w.where(), () -> "\"while\" ends the topic; the venue in its town: " + w);
    }

    @Test
    void aTimeThatBoundsAStretchIsNotWhenItWasSaid() {
        String t = "Lee has argued since Monday that the plan was sound.";
        assertEquals("", one(t, saidBy(t, "Lee", "the plan was sound", "argued")).date());
    }

    @Test
    void aFrameInsideItsOwnContentStillDatesIt() {
        String t = "The difference now, Lee told me on Tuesday, is that the plan is sound.";
        Attribution a = new Attribution(find(t, "The difference now, Lee told me on Tuesday, is that the plan is sound", 1),
                QuoteKind.INDIRECT, find(t, "told", 1), new Speaker("Lee", find(t, "Lee", 1)));
        assertEquals("2019-01-08", one(t, a).date());
    }
    @Test
    void aSettingBetweenTheHearerAndWhatWasSaidReportsIt() {
        String t = "Lee is urging his supporters at a rally Tuesday evening in Ohio to vote early.";
        TimePlace r = one(t, saidBy(t, "Lee", "his supporters at a rally Tuesday evening in Ohio to vote early", "urging"));
        assertEquals("2019-01-08", r.date(), r::toString);
        assertEquals("Ohio", r.where());
        String u = "Lee is urging his supporters to vote early at the polls in Ohio on Tuesday.";
        TimePlace s = one(u, saidBy(u, "Lee", "his supporters to vote early at the polls in Ohio on Tuesday", "urging"));
        assertEquals("", s.where(), () -> "after the \"to\", it is what was said: " + s);
    }
    @Test
    void aPlaceBeforeABuildingNounSaysWhere() {
        String t = "Lee said Tuesday at the Kent County Republican headquarters that he had plans.";
        AnnotatedDocument d = doc(t, entity(t, "Kent County Republican", 1, EntityType.LOCATION, "Kent County Republican"));
        assertEquals("Kent County", resolve(THURSDAY, d, saidBy(t, "Lee", "he had plans", "said")).get(0).where());
        String u = "Lee said Tuesday at the Republican headquarters that he had plans.";
        AnnotatedDocument e = doc(u, entity(u, "Republican", 1, EntityType.LOCATION, "Republican"));
        assertEquals("", resolve(THURSDAY, e, saidBy(u, "Lee", "he had plans", "said")).get(0).where(), "a party is no place");
        String v = "Lee said Tuesday in the Reagan administration that he had plans.";
        AnnotatedDocument f = doc(v, entity(v, "Reagan", 1, EntityType.LOCATION, "Reagan"));
        assertEquals("", resolve(THURSDAY, f, saidBy(v, "Lee", "he had plans", "said")).get(0).where());
    }
    @Test
    void theDatelinesDateIsNoStatementsTime() {
        String t = "Clinton on health care\n\nFLINT, Mich., Jan. 9 (UPI) \u2014 Lee criticized the plan as a crazy system.\n\n"
                + "During the rally Tuesday, Lee said premiums would rise.\n";
        List<TimePlace> r = resolve(THURSDAY, doc(t), saidBy(t, "Lee", "the plan", "criticized"),
                said(t, "premiums would rise", "said", 1));
        assertEquals("", r.get(0).when(), () -> "the dateline dates the story: " + r.get(0));
        assertEquals("2019-01-08", r.get(1).date());
    }
}
