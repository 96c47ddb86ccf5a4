package extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.input.SourceText;
import extract.ner.NerModel;
import extract.nlp.NlpModels;
import extract.output.QuoteRow;
import extract.pipeline.Extractor;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotations, their kinds, cues and speakers, on short texts written for these tests. */
class AttributionFinderTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() throws IOException {
        extractor = Extractor.create(NlpModels.load(NerModel.loadDefault()), Optional.empty());
    }

    private static List<QuoteRow> rows(String text) {
        return extractor.extract(new SourceText("test.txt", text));
    }

    private static QuoteRow only(String text) {
        List<QuoteRow> rows = rows(text);
        assertEquals(1, rows.size(), () -> "rows: " + rows);
        return rows.get(0);
    }

    private static QuoteRow containing(List<QuoteRow> rows, String words) {
        return rows.stream().filter(r -> r.quote().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + words + "' in " + rows));
    }

    @Test
    void aQuotationBeforeItsFrameKeepsItAcrossALongPhraseOfTime() {
        QuoteRow r = only("\"He should immediately resign in disgrace!\" the party chairman, Ana Ruiz, tweeted Sunday after a lone-wolf "
                + "attack on an Orlando nightclub.");
        assertEquals("Ana Ruiz", r.speaker());
        assertEquals("\"He should immediately resign in disgrace!\"", r.quote());
    }

    @Test
    void directQuoteWithSpeakerAfter() {
        QuoteRow r = only("“The budget is balanced for the first time in a decade,” Angela Merkel said on Tuesday.");
        assertEquals("direct", r.kind());
        assertEquals("Angela Merkel", r.speaker());
        assertEquals("said", r.cue());
        assertEquals("“The budget is balanced for the first time in a decade,”", r.quote());
        assertEquals(0, r.start());
        assertEquals(r.quote().codePointCount(0, r.quote().length()), r.end());
    }

    @Test
    void directQuoteWithSpeakerBeforeAndColon() {
        QuoteRow r = only("Prime Minister Justin Trudeau told reporters: “We will not back down on this.”");
        assertEquals("direct", r.kind());
        assertEquals("Justin Trudeau", r.speaker());
        assertEquals("told", r.cue());
    }

    @Test
    void lessCommonVerbsOfSpeechFrameAReport() {
        QuoteRow r = only("The mayor groused to a crowd in Dayton that the paper “does not treat me fairly.”");
        assertEquals("groused", r.cue());
        assertEquals("the paper “does not treat me fairly.”", r.quote());
        QuoteRow c = only("Gomez confided that the plan had been dead for weeks.");
        assertEquals("Gomez", c.speaker());
        assertEquals("the plan had been dead for weeks", c.quote());
    }

    @Test
    void anAsideBetweenDashesAfterTheVerbStandsBeforeTheReport() {
        QuoteRow r = only("The treasurer, Ann Ruiz, said — in a letter to donors, as it turned out — that the fund had run dry.");
        assertEquals("Ann Ruiz", r.speaker());
        assertEquals("the fund had run dry", r.quote());
        assertEquals("the fund had run dry", only("Ann Ruiz said -- in a letter -- the fund had run dry.").quote());
    }

    @Test
    void namesJoinedAfterAPrepositionAreItsObjectNotASubjectInApposition() {
        QuoteRow r = only("The governor will tour Kansas and Iowa, his aides announced on Friday.");
        assertEquals("his aides", r.speaker());
        assertEquals("The governor will tour Kansas and Iowa", r.quote());
    }

    @Test
    void anAdverbOrInterjectionOpeningTheSentenceIsNoNameBeforeADescription() {
        assertEquals("sources close to the mayor", only("Rather, sources close to the mayor say she will run again.").speaker());
        assertEquals("official data", only("Sure, official data suggest the economy is growing.").speaker());
    }

    @Test
    void aFrameAfterATimeSubordinatorInsideTheReportIsPartOfIt() {
        QuoteRow r = only("Lena Ortiz says she knew little about the senator before he announced his bid.");
        assertEquals("she knew little about the senator before he announced his bid", r.quote());
        // ("while" sets a clause beside the report, with its own)
        List<QuoteRow> two = rows("Lena Ortiz accuses the mayor of lying while the mayor suggests she is confused.");
        assertEquals(2, two.size(), two::toString);
    }

    @Test
    void aPhraseBetweenAuxiliaryAndVerbLeavesTheSubjectBeforeIt() {
        assertEquals("Several city officials", only("Several city officials have in the past said the budget was too small.").speaker());
        assertEquals("The mayor's aides", only("The mayor's aides have, at times, argued the budget was too small.").speaker());
    }

    @Test
    void aDayOpeningTheClauseWithoutACommaIsNoPartOfTheName() {
        assertEquals("Lena Ortiz", only("On Monday Lena Ortiz said the vote would be delayed.").speaker());
    }

    @Test
    void aSubjectAndItsVerbAfterTheCueAreAReport() {
        QuoteRow r = only("Democrats who watched the debate said Clinton won.");
        assertEquals("Clinton won", r.quote());
        // (not a clause of time after its conjunction)
        assertTrue(rows("He wore the slogan, as his father said before he died.").stream().noneMatch(q -> q.quote().equals("he died")));
    }

    @Test
    void aNameGivenToTheNounBeforeARelativeThatIsReported() {
        QuoteRow r = containing(rows("The mayor rejected the plan, a scheme that the council's longtime treasurer, Ann Ruiz, called “a fantasy.”"),
                "fantasy");
        assertEquals("Ann Ruiz", r.speaker());
        assertEquals("“a fantasy.”", r.quote());
    }

    @Test
    void aShowQuotedAfterItsOutletIsNoReport() {
        QuoteRow r = only("“This stock is a bargain,” Lena Ortiz said on CNBC's “Squawk Box” on Monday.");
        assertEquals("“This stock is a bargain,”", r.quote());
        assertEquals("he was ready", only("Cole said on ABC's “This Week” on Sunday that he was ready.").quote());
    }

    @Test
    void aThingGlossedByAParticipleIsNoSource() {
        assertTrue(rows("Acme bought the old steel plant in Gary, a deal announced at the start of the week.").isEmpty());
        assertEquals("a spokesman", only("Acme will buy the old steel plant in Gary, a spokesman announced at a news conference.").speakerMention());
    }

    @Test
    void peoplePlacedInAListOfPlacesAreTheSubject() {
        assertEquals("Most Democratic voters in Ohio, Iowa and Texas",
                only("Most Democratic voters in Ohio, Iowa and Texas said the race was close.").speakerMention());
        // (", and" after a place opens a clause of its own)
        assertEquals("Lena Ortiz", only("She met him at the convention center in Dayton, and Lena Ortiz said it was her best day.").speaker());
    }

    @Test
    void aStateAfterItsTownsCommaGoesWithTheTownNotTheSubject() {
        assertEquals("Lena Ortiz", only("Lena Ortiz of Columbia, South Carolina says she is voting for the governor.").speaker());
    }

    @Test
    void invertedSpeaker() {
        QuoteRow r = only("“Nobody expected the vote to be this close,” said Maria Gonzalez, a city council member.");
        assertEquals("Maria Gonzalez", r.speaker());
        assertEquals("direct", r.kind());
    }

    @Test
    void splitQuoteGivesBothPartsToTheSpeakerInTheMiddle() {
        List<QuoteRow> rows = rows("“The factory will close,” Robert Jensen said, “and two hundred people will lose their jobs.”");
        assertEquals(2, rows.size(), rows::toString);
        for (QuoteRow r : rows) {
            assertEquals("Robert Jensen", r.speaker());
            assertEquals("direct", r.kind());
        }
    }

    @Test
    void splitQuoteAroundAFrameWithItsOwnPhrase() {
        List<QuoteRow> rows = rows("“The vote will be close,” Maria Gonzalez said during a rally in Austin, Texas, “but we will win it.”");
        assertEquals(2, rows.size(), rows::toString);
        assertEquals("Maria Gonzalez", containing(rows, "we will win").speaker());
        assertEquals("direct", containing(rows, "we will win").kind());
    }

    @Test
    void aQuotationEndingAParagraphIsNotTheNextParagraphsSpeakers() {
        List<QuoteRow> rows = rows("“The plant is too old,” Robert Jensen said. “We should have replaced it years ago.”\n\n"
                + "Maria Gonzalez said she would vote against the plan.");
        assertEquals("Robert Jensen", containing(rows, "replaced it").speaker());
        assertEquals("Maria Gonzalez", containing(rows, "vote against").speaker());
    }

    @Test
    void aLongQuotationDoesNotCarryAPronounAwayFromItsSpeaker() {
        List<QuoteRow> rows = rows("Robert Jensen spoke to workers on Monday. He said the plant would close in May. "
                + "“We tried everything. The market collapsed. Nobody wanted our steel. The banks said no. "
                + "The town will suffer,” he said.");
        assertEquals("Robert Jensen", containing(rows, "market collapsed").speaker());
    }

    @Test
    void aFirstNameThatIsAlsoAVerbIsNoCue() {
        QuoteRow r = only("Campaign spokeswoman Hope Garland said the candidate would skip the debate.");
        assertEquals("Hope Garland", r.speaker());
        assertEquals("said", r.cue());
        assertEquals("the candidate would skip the debate", r.quote());
    }

    @Test
    void aSpeakerPhraseKeepsItsQuantifierAndRelativeClause() {
        assertEquals("16 percent of registered voters", only("16 percent of registered voters said they would stay home.").speaker());
        assertEquals("Six in 10 primary voters", only("Six in 10 primary voters said the race was close.").speaker());
        assertEquals("half of respondents in the survey", only("More than half of respondents in the survey said taxes were too high.").speaker());
        assertEquals("one of his senior aides", only("“We are not worried,” said one of his senior aides.").speaker());
        assertEquals("One official who attended the meeting",
                only("One official who attended the meeting said the mayor was furious.").speaker());
    }

    @Test
    void aClauseBeforeAndIsNoPartOfTheSpeaker() {
        QuoteRow r = only("Oslo wants the sanctions relaxed and Jensen said he hopes for a deal soon.");
        assertEquals("Jensen", r.speakerMention());
        assertEquals("he hopes for a deal soon", r.quote());
    }

    @Test
    void andWithANameAndAPastVerbEndsTheReport() {
        QuoteRow r = only("Jensen said the plant was safe, and Gonzalez closed the plant the next day.");
        assertEquals("the plant was safe", r.quote());
    }

    @Test
    void aParticipleAfterAPossessiveAndAnAdverbIsNoCue() {
        QuoteRow r = only("She added that Sanders' widely criticized April 1 interview with the editorial board of the "
                + "Oslo Daily News -- in which he struggled to explain key policies -- raised questions about his readiness.");
        assertEquals("added", r.cue());
        assertEquals("She", r.speakerMention());
    }

    @Test
    void aQuotedShowTitleIsNoQuote() {
        List<QuoteRow> rows = rows("“The plant will stay open,” Jensen said on “Good Morning Oslo.”");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("“The plant will stay open,”", rows.get(0).quote());
    }

    @Test
    void theSubjectOfAPassiveCueIsNoSpeaker() {
        assertEquals(List.of(), rows("The workers were told that the plant would close in May."));
        assertEquals(List.of(), rows("Jensen was asked to leave the building by noon."));
    }

    @Test
    void anEditorsNoteIsNoSpeaker() {
        assertEquals(List.of(), rows("Editor’s Note: The following is the third part of an excerpt from the new book."));
    }

    @Test
    void anOfInsideAnOrganisationsNameDoesNotCutTheSpeakerPhrase() {
        assertEquals("Anna Berg", only("The League of Coastal Towns Director Anna Berg said the plan would fail.").speaker());
    }

    @Test
    void anAppositiveMayEndInQuotedWords() {
        List<QuoteRow> called = rows("Ola Berg, who calls the mayor a \"coward,\" said the council would vote again.");
        assertEquals("Ola Berg", containing(called, "the council would vote again").speaker());
        // the relative clause is a statement of its own that ends at its comma
        assertEquals("the mayor a \"coward,\"", containing(called, "coward").quote());
        assertEquals("Ola Berg", only("Ola Berg, the author of \"Cold Harbour,\" about the fishing trade, said the quotas were far too low.").speaker());
        // a whole quotation before the cue is no appositive
        QuoteRow r = only("However good the plan, cutting the tax \"is a misguided approach,\" said Mr. Berg.");
        assertEquals("Berg", r.speaker());
    }

    @Test
    void aClaimOfItsOwner() {
        QuoteRow r = only("Fact-checkers examined Ana Ruiz’s claim that the new tax had cut prices sharply.");
        assertEquals("Ana Ruiz", r.speaker());
        assertEquals("the new tax had cut prices sharply", r.quote());
    }

    @Test
    void aParticipleAfterAParentheticalFrameIsTheWriters() {
        assertEquals("Sales were great", only("Sales were great, Jensen said, wiping sweat off his face.").quote());
        // "as they marched": how the words were said, not what
        assertEquals("The plan failed the town", only("The plan failed the town, farmers said on Friday, as they marched to the square.").quote());
        // a gerund that opens a clause of its own is still the report
        assertEquals("The first vote was easy, Jensen said, replacing the mayor would be much harder",
                only("The first vote was easy, Jensen said, replacing the mayor would be much harder.").quote());
    }

    @Test
    void aRoleNounTheTaggerCallsAVerbStaysInTheSpeakerPhrase() {
        QuoteRow r = only("\"He is doing it the right way,\" said delegate John Archer.");
        assertEquals("John Archer", r.speaker());
        assertEquals("delegate John Archer", r.speakerMention());
    }

    @Test
    void aLongAppositiveWithAPlaceAndAnInfinitive() {
        assertEquals("Jeffrey Salkin", only("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, "
                + "said he and other rabbis were alarmed about the behavior.").speaker());
    }

    @Test
    void aSourceCloseToSomethingKeepsItsWholePhrase() {
        QuoteRow r = only("The council will vote again in May, according to a person close to the mayor.");
        assertEquals("a person close to the mayor", r.speaker());
    }

    @Test
    void aLeadingAccordingToTakesTheWholeClauseWithWhatItReportsInTurn() {
        QuoteRow r = only("According to the newspaper, the documents prove the council has asked residents for more money.");
        assertEquals("the newspaper", r.speaker());
        assertEquals("the documents prove the council has asked residents for more money", r.quote());
    }

    @Test
    void theObjectOfAVerbBeforeAndIsNoPartOfTheNextSubject() {
        List<QuoteRow> rows = rows("Many residents have said they will not attend the meeting and others have said they "
                + "are not interested in the plan.");
        assertEquals("they will not attend the meeting", containing(rows, "attend").quote());
        assertEquals("others", containing(rows, "not interested").speaker());
    }

    @Test
    void invisibleCharactersNeitherHideACueNorStayInTheSpeakersName() {
        QuoteRow r = only("“We will not back down,” said\u200B Mayor John Smith on Tuesday.");
        assertEquals("John Smith", r.speaker());
        QuoteRow soft = only("“We have not been briefed,” Doug \u00ADAndres, a spokesman for the speaker, said.");
        assertEquals("Doug Andres", soft.speaker());
        assertEquals("a new national poll", only("Most voters want a change, a\u00A0new national poll found on Monday.").speaker(),
                "a description keeps no no-break space either");
    }

    @Test
    void aHyphenatedWordIsOneWordToCuesAndSpeakers() {
        assertEquals("Trump", only("Republican front-runner Trump said the plan would fail.").speaker());
        assertEquals("working-class white voters", only("Trump has done best among working-class white voters, who said they "
                + "liked his plans for trade.").speaker());
        QuoteRow expert = only("Even then there are ways for a determined, state-sponsored hacker to get in, the expert said.");
        assertEquals("the expert", expert.speaker(), "'state' of 'state-sponsored' is no verb of saying");
        assertEquals("Nate Cohn", only("Here is the news.\n\n-Nate Cohn explains why the polls were way off on the race.").speaker(),
                "a list's dash is no part of the name");
    }

    @Test
    void whoRefersBackToTheDescriptionBeforeIt() {
        assertEquals("some analysts and activists", only("The remark worried some analysts and activists, who pointed out "
                + "that such a position would violate the law.").speaker());
        List<QuoteRow> rows = rows("\"I do not want trouble,\" said one former campaign staffer, who said he left on good terms.");
        assertEquals("one former campaign staffer", containing(rows, "good terms").speaker());
    }

    @Test
    void theyWithNoGroupSpeakerTakesThePluralNounBeforeItInItsSentence() {
        assertEquals("many analysts", only("That frustrates many analysts because they believe that a shift in policy "
                + "will come only after the election.").speaker());
    }

    @Test
    void aPersonsNameIsNotTheCompanyNamedAfterThem() {
        List<QuoteRow> rows = rows("Mr. Voss founded Voss Industries Inc. in 1990. Voss Industries Inc. grew fast, and "
                + "Voss Industries Inc. now employs 300 people.\n\nVoss said the company would expand next year.");
        assertEquals("Voss", containing(rows, "expand").speaker());
    }

    @Test
    void verbsWithNounObjectsOrInSubordinateClausesReportNothing() {
        assertEquals(List.of(), rows("The news came a day after Jensen concluded a two-day trip to Oslo, the capital of Norway."));
        assertEquals(List.of(), rows("Jensen concluded a new deal in Oslo."));
        assertEquals(List.of(), rows("Jensen added a new factory in Oslo to the plan."));
    }

    @Test
    void anAnnouncementOrDenialReportsItsObject() {
        QuoteRow r = only("Jensen announced a new factory in Oslo.");
        assertEquals("a new factory in Oslo", r.quote());
        assertEquals("Jensen", r.speaker());
        assertEquals("the allegations", only("The minister denied the allegations, which surfaced in May.").quote());
    }

    @Test
    void indirectSpeechWithThatClause() {
        QuoteRow r = only("Finance Minister Paolo Rossi said on Monday that the government would raise taxes next year.");
        assertEquals("indirect", r.kind());
        assertEquals("Paolo Rossi", r.speaker());
        assertEquals("the government would raise taxes next year", r.quote());
    }

    @Test
    void mixedQuoteHoldsQuotedWords() {
        List<QuoteRow> rows = rows("Jensen said the closure was “a terrible day for the town” and promised to find a buyer.");
        QuoteRow r = containing(rows, "terrible day");
        assertEquals("mixed", r.kind());
        assertEquals("Jensen", r.speaker());
        assertEquals("the closure was “a terrible day for the town”", r.quote());
        assertEquals("Jensen", containing(rows, "find a buyer").speaker());
    }

    @Test
    void appositiveBetweenSpeakerAndCue() {
        QuoteRow r = only("Thomas Berg, a spokesman for the health ministry, said the hospitals had enough beds.");
        assertEquals("Thomas Berg", r.speaker());
        assertEquals("the hospitals had enough beds", r.quote());
    }

    @Test
    void parentheticalAttributionReportsBothSides() {
        QuoteRow r = only("Higher wages, Jensen said, would keep young workers in the town.");
        assertEquals("Jensen", r.speaker());
        assertEquals("Higher wages, Jensen said, would keep young workers in the town", r.quote());
    }

    @Test
    void twoAppositivesBetweenSpeakerAndCue() {
        QuoteRow r = only("“It is a fair deal,” Anna Kowalski, the mayor of Gdansk, a port city on the Baltic, said on Friday.");
        assertEquals("Anna Kowalski", r.speaker());
        assertEquals("“It is a fair deal,”", r.quote());
    }

    @Test
    void anInterviewWhoseAnswersTheSpeakersNameLabels() {
        List<QuoteRow> rows = rows("We asked Claudia Sahm, a former Federal Reserve economist, what comes next.\n\n"
                + "Q: Is the worst over?\n\nSahm: I think so. The big shocks have faded.\n\n"
                + "Q: Should the Fed cut rates?\n\nSahm: Not yet.\n\nThe interview has been edited.");
        List<QuoteRow> answers = rows.stream().filter(r -> r.speaker().equals("Claudia Sahm")).toList();
        assertEquals(List.of("I think so. The big shocks have faded.", "Not yet."), answers.stream().map(QuoteRow::quote).toList());
    }

    @Test
    void headlineWithANameAndAColon() {
        QuoteRow r = only("Lagarde: Inflation will fall back to target next year.\n\nWATCH: The markets in two minutes");
        assertEquals("Lagarde", r.speaker());
        assertEquals(":", r.cue());
        assertEquals("Inflation will fall back to target next year", r.quote());
    }

    @Test
    void aHeadingInCapitalsBeforeAColonIsNoSpeakerButANamedPersonIs() {
        List<QuoteRow> rows = rows("Big Win: The union holds off on an endorsement.\n\n"
                + "The Plan Stage: Think and dream productively.\n\n"
                + "Chris Matthews: Here is the irony of our time.\n\n"
                + "KATE BOLDUAN: Why not debate?");
        assertEquals(List.of("Chris Matthews", "KATE BOLDUAN"), rows.stream().map(QuoteRow::speaker).toList());
    }

    @Test
    void aSurnameTheOtherGendersFullNameTookStandsForThePronounsPerson() {
        List<QuoteRow> rows = rows("Hillary Clinton spoke in Iowa on Monday.\n\nThe state votes next month. Turnout was low "
                + "last time. Polls open at seven. Farmers worry about prices. The weather was cold. Roads were icy. Her husband, "
                + "former President Bill Clinton, joined the rally late.\n\nAsked about the polls, Clinton said, \"I do take "
                + "responsibility.\" She followed that by saying, \"I am not a natural politician.\"");
        assertEquals("Hillary Clinton", containing(rows, "natural politician").speaker());
        assertEquals("Hillary Clinton", containing(rows, "responsibility").speaker(), "the \"She\" opening the next sentence tells");
    }

    @Test
    void accordingToNamesTheSource() {
        QuoteRow r = only("The company lost two million dollars last year, according to Reuters.");
        assertEquals("Reuters", r.speaker());
        assertEquals("according to", r.cue());
        assertEquals("The company lost two million dollars last year", r.quote());
    }

    @Test
    void pronounResolvesToTheLatestPersonOfItsGender() {
        List<QuoteRow> rows = rows("Hillary Clinton met Donald Trump in New York. "
                + "She said the meeting had been useful. He said nothing had been agreed.");
        assertEquals("Hillary Clinton", containing(rows, "useful").speaker());
        assertEquals("She", containing(rows, "useful").speakerMention());
        assertEquals("Donald Trump", containing(rows, "agreed").speaker());
    }

    @Test
    void theyResolvesToAGroupThatSpokeJustBefore() {
        List<QuoteRow> rows = rows("Local farmers said the new dam had ruined their harvest. "
                + "They said the government had ignored their letters.");
        assertEquals("Local farmers", containing(rows, "ignored their letters").speaker());
        assertEquals("They", containing(rows, "ignored their letters").speakerMention());
    }

    @Test
    void honorificsGiveTheGenderOfASurname() {
        List<QuoteRow> rows = rows("Mr. Lindqvist met Mrs. Okafor in Geneva on Monday. "
                + "She said the meeting had gone well.");
        assertEquals("She", containing(rows, "gone well").speakerMention());
        assertTrue(containing(rows, "gone well").speaker().endsWith("Okafor"), rows::toString);
    }

    @Test
    void whoTakesTheNameRightBeforeIt() {
        List<QuoteRow> rows = rows("In Ohio, Maria Gonzalez, who said the plant would reopen, met the workers. "
                + "In Ohio on Monday, many residents, who said the plan was too late, left the meeting early.");
        assertEquals("Maria Gonzalez", containing(rows, "plant would reopen").speaker());
        assertEquals("many residents", containing(rows, "too late").speaker(), "not Ohio: 'who' stands for the residents");
    }

    @Test
    void itResolvesToAnOrganisation() {
        List<QuoteRow> rows = rows("The report was published by Amnesty International on Friday. "
                + "The government “ignored every warning”, it added.");
        QuoteRow r = containing(rows, "ignored every warning");
        assertEquals("Amnesty International", r.speaker());
        assertEquals("it", r.speakerMention());
    }

    @Test
    void shortNameTakesTheFullestForm() {
        List<QuoteRow> rows = rows("Chancellor Olaf Scholz visited Paris on Monday.\n\n"
                + "Scholz said the two countries would work together on energy.");
        assertEquals("Olaf Scholz", containing(rows, "work together").speaker());
    }

    @Test
    void descriptionResolvesToThePersonIntroducedWithThatTitle() {
        List<QuoteRow> rows = rows("Brazilian President Luiz Silva arrived in Lisbon on Sunday.\n\n"
                + "The Brazilian president said trade between the countries would double.");
        assertEquals("Luiz Silva", containing(rows, "would double").speaker());
    }

    @Test
    void descriptionWithNoNamedReferentIsKept() {
        QuoteRow r = only("A senior official said the talks would resume next week.");
        assertEquals("A senior official", r.speaker());
    }

    @Test
    void standaloneQuoteTakesTheSpeakerOfTheParagraphBefore() {
        List<QuoteRow> rows = rows("Mayor Karen Bass said the city would hire more teachers.\n\n"
                + "“Our schools have waited long enough for this money.”");
        QuoteRow r = containing(rows, "waited long enough");
        assertEquals("direct", r.kind());
        assertEquals("Karen Bass", r.speaker());
        assertEquals("", r.cue());
    }

    @Test
    void twoSpeakersInOneParagraphKeepTheirOwnQuotes() {
        List<QuoteRow> rows = rows("“We are ready,” Pedro Alvarez said, while Nadia Petrova said her team “needs another month.”");
        assertEquals("Pedro Alvarez", containing(rows, "We are ready").speaker());
        assertEquals("Nadia Petrova", containing(rows, "another month").speaker());
    }

    @Test
    void speakersInLongDescriptionsAndAfterAnInvertedComment() {
        assertEquals("Nadia Petrova", only("“The tour is a celebration of our whole history,” comments Nadia Petrova in a statement.")
                .speaker());
        assertEquals("Pedro Alvarez", only("“The results surprised us,” Pedro Alvarez, a fellow at the institute in Lyon, France, "
                + "and co-author of the study, said in a statement.").speaker());
        assertEquals("Daily Courier", only("On Monday, the Daily Courier, the voice of the farmers’ union, warned that there is "
                + "“no room for compromise”.").speaker());
    }

    @Test
    void multiSentenceQuoteIsOneQuotation() {
        QuoteRow r = only("“We lost. We will learn from it. And we will be back,” the coach, Marco Bianchi, said.");
        assertEquals("direct", r.kind());
        assertTrue(r.quote().startsWith("“We lost.") && r.quote().endsWith("back,”"), r.quote());
    }

    @Test
    void quoteOverParagraphBreakIsOneQuotation() {
        List<QuoteRow> rows = rows("Jensen said: “The plant opened in 1970.\n\n“It will close in March.”");
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).quote().contains("It will close in March."));
        assertEquals("Jensen", rows.get(0).speaker());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotations() {
        assertEquals(List.of(), rows("The so-called “deal” was signed in a hotel near the “Old Bridge”."));
        assertEquals(List.of(), rows("She reads “War and Peace” every winter."));
    }

    @Test
    void quoteSignedWithADashAndAName() {
        List<QuoteRow> rows = rows("Readers wrote to us after the debate.\n\n"
                + "“Nobody on that stage spoke about rent.” ― Dolores Ibarra\n\n"
                + "“It was a long night for everyone.” — the editors");
        assertEquals("Dolores Ibarra", containing(rows, "spoke about rent").speaker());
        assertTrue(rows.stream().noneMatch(r -> r.speaker().contains("editors")), rows::toString);
        // web pages set the signature with no-break spaces
        List<QuoteRow> web = rows("Readers wrote to us.\n\n“Nobody spoke about rent.”\u00a0―\u00a0Dolores Ibarra\u00a0\n"
                + "“It was a long night.” ― Tomas Reyes.");
        assertEquals("Dolores Ibarra", containing(web, "rent").speaker(), web::toString);
        assertEquals("Tomas Reyes", containing(web, "long night").speaker(), web::toString);
    }

    @Test
    void relativeClauseFramesStayInsideTheContent() {
        QuoteRow r = only("Reid confronted the senator, claiming that he had a source who told him the senator paid no taxes.");
        assertEquals("Reid", r.speaker());
        assertEquals("he had a source who told him the senator paid no taxes", r.quote());
    }

    @Test
    void aSpeakerWithAPartyLabelInParenthesesBeforeTheCue() {
        List<QuoteRow> rows = rows("“We were ready for this,” Sen. Ana Ruiz (D-Mo.) said. “The others were not.”");
        assertEquals("Ana Ruiz", containing(rows, "ready for this").speaker());
        assertEquals("Ana Ruiz", containing(rows, "others were not").speaker());
    }

    @Test
    void timesAreNoSpeakersAndLongAppositivesAreSkipped() {
        List<QuoteRow> rows = rows("“We will appeal the ruling in every court we can,” said Friday.\n\n"
                + "“It brought back memories,” Rosa Delgado, 59, of Ashton, Md., said.");
        assertTrue(rows.stream().noneMatch(r -> r.speaker().equals("Friday")), rows::toString);
        assertEquals("Rosa Delgado", containing(rows, "memories").speaker());
    }

    @Test
    void aContractedAuxiliaryIsNoSpeaker() {
        QuoteRow r = only("Ana Ruiz said Tuesday that she’ll support whomever the party nominates.");
        assertEquals("Ana Ruiz", r.speaker());
        assertEquals("she’ll support whomever the party nominates", r.quote());
    }

    @Test
    void theStateAfterATownIsNoSpeaker() {
        QuoteRow r = only("Marta Ruiz, 67, a retired nurse in Allentown, Pa., said she would vote for the first time in years.");
        assertEquals("Marta Ruiz", r.speaker());
        QuoteRow s = only("At a campaign stop in Onawa, Iowa, the senator said the rules were a joke.");
        assertEquals("the senator", s.speakerMention());
    }

    @Test
    void aFrameThatOpensTheContentBelongsToIt() {
        QuoteRow r = only("Prime Minister Theresa May said this week that the country would declare its intention to leave.");
        assertEquals("Theresa May", r.speaker());
        assertEquals("Prime Minister Theresa May", r.speakerMention());
        assertEquals("the country would declare its intention to leave", r.quote());
    }

    @Test
    void theOrganisationBeforeAPersonsTitleIsNotTheSpeaker() {
        QuoteRow r = only("“Growth has stalled,” IMF chief economist Maury Obstfeld said.");
        assertEquals("Maury Obstfeld", r.speaker());
    }

    @Test
    void aFrameAfterAQuotationClosingInsideAnotherIsNoPartOfIt() {
        QuoteRow r = only("Senator Ann Lee scolded him: “The science is against you on the products you called ‘miracles,’” she said.");
        assertEquals("direct", r.kind(), r::toString);
        assertTrue(r.quote().endsWith("”"), r.quote());
    }

    @Test
    void coordinatedAndCountedSpeakersKeepTheWholePhrase() {
        List<QuoteRow> rows = rows("In the capital, regulators and environmental groups said the deal would hurt the state. "
                + "In a survey, nearly eight of 10 voters said they would watch the debate.");
        assertEquals("regulators and environmental groups", containing(rows, "hurt the state").speaker());
        assertEquals("nearly eight of 10 voters", containing(rows, "watch the debate").speaker(), "with its approximator");
    }

    @Test
    void aRelativeClauseReportsUpToItsComma() {
        QuoteRow r = only("The European Union, which argued that Ireland undertaxed the company, is a good example.");
        assertEquals("European Union", r.speaker());
        assertEquals("which", r.speakerMention());
        assertEquals("Ireland undertaxed the company", r.quote());
    }

    @Test
    void theClauseAfterAHearerAndATimeStartsWithItsSubject() {
        QuoteRow r = only("The president told voters this weekend he would consider it a personal insult.");
        assertEquals("he would consider it a personal insult", r.quote());
    }

    @Test
    void aVerbOfStanceReportsItsObject() {
        QuoteRow r = only("Mayor Ana Ruiz rejected the offer of a seat on the board.");
        assertEquals("Ana Ruiz", r.speaker());
        assertEquals("the offer of a seat on the board", r.quote());
        QuoteRow d = only("The company declined to discuss the terms of the deal.");
        assertEquals("to discuss the terms of the deal", d.quote());
        // a colon and the quotation in the next paragraph: the quotation is the report
        List<QuoteRow> rows = rows("Voters agreed. Asked about the race, student Jared Potts echoed:\n\n“He will win easily.”");
        assertEquals("Jared Potts", containing(rows, "He will win").speaker(), rows::toString);
    }

    @Test
    void aDocumentShowsANounPhrase() {
        QuoteRow r = only("A recent poll shows Clinton with a double-digit lead in the state.");
        assertEquals("Clinton with a double-digit lead in the state", r.quote());
        assertEquals(List.of(), rows("The storms show no sign of weakening."), "no document, no report");
    }

    @Test
    void inAPollNamedWithASlashOrAQuantifier() {
        QuoteRow r = only("In an NBC News/Wall Street Journal poll released Monday, 50 percent of voters chose Lee.");
        assertEquals("an NBC News/Wall Street Journal poll", r.speaker());
        assertEquals("most surveys", only("In most surveys, Bush remains mired in fourth place.").speaker());
    }

    @Test
    void aFreeRelativeFrameStaysInsideTheObject() {
        QuoteRow r = containing(rows("The group rejected demands for what it calls a surrender of its rights."), "demands");
        assertEquals("demands for what it calls a surrender of its rights", r.quote());
    }

    @Test
    void aParticipleSharesTheSubjectOfTheMainClauseNotOfTheReport() {
        List<QuoteRow> rows = rows("Senator Ana Ruiz has told the mayor that the city supports a new stadium, "
                + "adding that she hopes the work starts soon.");
        assertEquals("Ana Ruiz", containing(rows, "she hopes the work").speaker(), rows::toString);
    }

    @Test
    void theWritersConcessiveClauseIsNotReported() {
        QuoteRow r = only("Jensen claimed that the plant was profitable, although he never showed the accounts.");
        assertEquals("the plant was profitable", r.quote());
    }

    @Test
    void phrasalCuesNeedTheirParticleAndClausesOfTimeAreNoReport() {
        assertEquals(List.of(), rows("The network pointed the camera at the stage before the interview."));
        assertEquals(List.of(), rows("That was what Liz Moreno said when she resigned from the network."));
        assertEquals("the plan was flawed", only("The auditor pointed out that the plan was flawed.").quote());
    }

    @Test
    void theObjectOfAParticleVerbIsTheReport() {
        QuoteRow ban = only("The teachers' union called for a moratorium on new charter schools.");
        assertEquals("called for", ban.cue());
        assertEquals("a moratorium on new charter schools", ban.quote());
        QuoteRow order = only("Palmieri called on the governor to withdraw the bill and apologize.");
        assertEquals("the governor to withdraw the bill and apologize", order.quote());
        assertTrue(only("The network pointed to the interview as an example of its openness.").quote().startsWith("the interview"));
        assertEquals(List.of(), rows("The calls for reform grew louder after the vote."), "a noun after a determiner is no cue");
    }

    @Test
    void aVerbOfNamingReportsItsObjectAndTheNameItGives() {
        assertEquals("Oz a quack, fake and charlatan", only("One of the doctors called Oz a quack, fake and charlatan.").quote());
        QuoteRow r = only("Pepper called Friday's decision a \"huge win for Ohio voters.\"");
        assertEquals("Friday's decision a \"huge win for Ohio voters.\"", r.quote(), "a possessive time word opens the object");
        assertEquals(List.of(), rows("She called a press conference on the steps of the courthouse."));
        assertEquals(List.of(), rows("He called his brother back after the game."));
    }

    @Test
    void aTranscriptQuotedTurnByTurnGivesEachTurnItsSpeaker() {
        List<QuoteRow> rows = rows("Senator Ana Ruiz spoke to the host of the morning show on Sunday.\n\n"
                + "\"KOWALSKI: Will you attend the summit in Geneva next week?\n\n"
                + "\"RUIZ: I will not attend it. We have other plans for the week.\n\n"
                + "\"KOWALSKI: Then who will go in your place?\"\n");
        assertEquals("KOWALSKI", containing(rows, "Will you attend").speaker(), rows::toString);
        QuoteRow ruiz = containing(rows, "I will not attend it");
        assertEquals("Ana Ruiz", ruiz.speaker(), "the name in capitals is the article's Ana Ruiz");
        assertTrue(!ruiz.quote().contains("KOWALSKI"), "each turn stands alone: " + ruiz.quote());
        assertEquals("KOWALSKI", containing(rows, "who will go").speaker());
    }

    @Test
    void theWritersIIsTheAuthorNamedInTheClosingNote() {
        List<QuoteRow> rows = rows("The levy must go.\n\nI told the council that the levy hurts small farms more than anyone.\n\n"
                + "Ana Ruiz is a professor of law at Harlow College.\n");
        assertEquals("Ana Ruiz", containing(rows, "the levy hurts").speaker(), rows::toString);
        List<QuoteRow> we = rows("The levy must go.\n\nWe told the council that the levy hurts small farms more than anyone.\n\n"
                + "Ana Ruiz, a professor of law at Harlow College, is a member of our board.\n");
        assertEquals("Ana Ruiz", containing(we, "the levy hurts").speaker(), "\"we\" outside quotations: the writer too");
    }

    @Test
    void quoteWithNoSpeakerHasAnEmptySpeaker() {
        QuoteRow r = only("“Nothing about this election is normal, and nothing will be again.”");
        assertEquals("", r.speaker());
        assertEquals("direct", r.kind());
    }

    @Test
    void prepositionalObjectsAndNounUsesAreNotStatements() {
        assertEquals(List.of(), rows("The senator spoke to reporters outside the building."));
        assertEquals(List.of(), rows("His early-morning tweets drew criticism from both parties."));
    }

    @Test
    void unbalancedMarksDoNotSwallowTheArticle() {
        List<QuoteRow> rows = rows("Jensen said “the plant will close.\n\nThe weather was fine. Nothing else happened.");
        for (QuoteRow r : rows) assertTrue(!r.quote().contains("weather"), r.quote());
    }

    @Test
    void aBarePluralSpeakerAfterTheReport() {
        QuoteRow r = only("Support has grown for Ruth Okafor, donors said."); // the tagger reads "donors" as AUX here
        assertEquals("donors", r.speaker());
        assertEquals("Support has grown for Ruth Okafor", r.quote());
    }

    @Test
    void aParticipialPhraseBetweenSpeakerAndCue() {
        QuoteRow r = only("Ruth Okafor, noting the size of the crowd, said, “This is the biggest rally we have had.”");
        assertEquals("Ruth Okafor", r.speaker());
        assertEquals("direct", r.kind());
    }

    @Test
    void aGerundAfterSinceStaysInTheReport() {
        QuoteRow r = only("The mayor said she had not taken a holiday since announcing her candidacy.");
        assertEquals("she had not taken a holiday since announcing her candidacy", r.quote());
    }

    @Test
    void appositivesWithAPossessiveOrAParticiple() {
        assertEquals("Lena Brandt", only("Lena Brandt, its chief financial officer, said costs would fall next year.").speaker());
        assertEquals("Tomas Reyes", only("Tomas Reyes, in a letter released by the union on Monday, said the strike would go on.").speaker());
        assertEquals("Ada Moreau", only("Ada Moreau, dressed in the team's colours, said the club would win the title.").speaker());
    }

    @Test
    void aSpeakerOpeningTheSentenceWithACommaAfterTheCue() {
        QuoteRow r = only("Governor Ellen Park says, win or lose in the runoff, she is staying in politics.");
        assertEquals("Ellen Park", r.speaker());
        assertEquals("she is staying in politics", r.quote());
        assertEquals("the plan will go ahead", only("The mayor says, however, that the plan will go ahead.").quote());
    }

    @Test
    void aQuotationOpenedAfterAColonIsTheWholeReport() {
        QuoteRow r = only("Later Ruth Okafor turned to the budget: “There is simply no money left,” she said.");
        assertEquals("direct", r.kind());
        assertEquals("“There is simply no money left,”", r.quote());
    }

    @Test
    void aPluralTitleIsNotPartOfTheName() {
        assertEquals("Ana Ruiz", only("Sens. Ana Ruiz said the bill would pass before the summer.").speaker());
    }

    @Test
    void aVerbTaggedWordAfterSaidStartsTheReport() {
        // the tagger reads "states" as a verb here; "said" cannot be a noun, so the report follows it
        QuoteRow r = only("He said states like Ohio and Utah will settle the question first.");
        assertEquals("states like Ohio and Utah will settle the question first", r.quote());
    }

    @Test
    void aLongRelativeClauseInAppositionKeepsTheSpeaker() {
        QuoteRow r = only("Mara Lind, a party organiser who ran the state campaign in 2012 and is now in charge of "
                + "the early vote across the whole of the region, said the postal ballots are a key part of the plan.");
        assertEquals("Mara Lind", r.speaker());
        assertEquals("the postal ballots are a key part of the plan", r.quote());
    }

    @Test
    void aPhraseOfTimeWithAnInfinitiveAfterTheCueIsNotTheReport() {
        QuoteRow r = only("The plan has changed twice since March, Ruth Okafor said during her speech to become a delegate.");
        assertEquals("Ruth Okafor", r.speaker());
        assertEquals("The plan has changed twice since March", r.quote());
    }

    @Test
    void aPluralNounTheTaggerTookForAVerbAfterSays() {
        // the tagger reads "referees" and "progressives" as verbs; another verb follows, so they are subjects
        assertEquals("referees are always throwing flags so their wives can see them",
                only("He says referees are always throwing flags so their wives can see them.").quote());
        QuoteRow r = only("The campaign says progressives agree the health care math doesn't add up.");
        assertEquals("The campaign", r.speaker());
        assertEquals("says", r.cue());
    }

    @Test
    void declineReportsOnlyWithAnInfinitiveOrAnObjectOrAPersonRefusing() {
        assertEquals(List.of(), rows("As ad revenues continue to decline, the papers find themselves in a vise."));
        assertEquals(List.of(), rows("The Harlow index declined 0.3%, while the Kospi fell 0.5%."));
        assertEquals("to say when the lander would be ready", only("Ben Okafor declined to say when the lander would be ready.").quote());
        assertEquals("Ben Okafor", only("Even this week, when offered the chance to speak at the rally in Harlow, Ben Okafor declined, even though he was in town.").speaker());
    }

    @Test
    void afterABaseFormOnlyPeopleOrABodySpeak() {
        assertEquals(List.of(), rows("You can still ask for the time, of course, or use the speaker to dim the lights, ask questions or play music."));
        assertEquals("officials", only("The plan is dead, say officials.").speaker());
    }

    @Test
    void aCueAfterAndSharesTheSubjectOfTheClauseItJoins() {
        List<QuoteRow> rows = rows("Ana Ruiz said the plan was sound, but the unions marched through the city and said they would strike.");
        assertEquals("the unions", containing(rows, "they would strike").speaker());
        assertEquals("Ana Ruiz", containing(rows("Ana Ruiz said the plan was sound and marched through the city and said they would strike."),
                "they would strike").speaker(), "no clause of its own: the same subject");
    }

    @Test
    void aPronounWrittenInCapitalsIsAnAcronym() {
        assertEquals("WHO", only("WHO says untreated plague is always fatal.").speaker());
    }

    @Test
    void aMannerOrAPlaceThenAClauseOfCircumstanceAfterTheCueIsNoReport() {
        assertEquals("“We won,”", only("“We won,” Ben Cole said quietly as the crowd cheered.").quote());
        assertEquals("“We won,”", only("“We won,” Ben Cole said matter-of-factly as confetti fell around him.").quote());
        assertEquals("“We will win,”", only("“We will win,” Ben Cole said aboard his campaign plane on Monday as he crossed Nevada.").quote());
    }

    @Test
    void aQuestionAfterTheHearerKeepsItsWhether() {
        assertEquals("whether Ruiz committed perjury when she testified", only("Two senators earlier asked the U.S. attorney in D.C. whether Ruiz committed perjury when she testified.").quote());
    }

    @Test
    void aSubjectPronounOpeningAListOfSpeakersIsNoPartOfTheReport() {
        QuoteRow r = only("It is not only about big audiences for advertisers, he and Mr. Cole said.");
        assertEquals("It is not only about big audiences for advertisers", r.quote());
        assertEquals("Cole", r.speaker());
    }

    @Test
    void aSubjectKeepsAModifierHyphenedAfterAnAdverb() {
        assertEquals("Ford’s now-deceased father", only("At some point, Ford’s now-deceased father told Starner that the checks kept coming.").speaker());
    }

    @Test
    void aHearerEndsBeforeAPossessive() {
        QuoteRow r = only("Podesta told the AP his firm worked closely with the charity.");
        assertEquals("Podesta", r.speaker());
        assertEquals("his firm worked closely with the charity", r.quote());
    }

    @Test
    void accordingToNeedsNoVerbTheTaggerFound() {
        // the tagger reads "trails" as a noun
        QuoteRow r = only("Ruiz trails Lopez in Texas by 4 points, according to the Lone Star Poll's average.");
        assertEquals("according to", r.cue());
        assertEquals("Ruiz trails Lopez in Texas by 4 points", r.quote());
    }

    @Test
    void accordingToInTheMiddleOfTheReport() {
        QuoteRow split = only("At the root of the delay, according to Nora Vik, a former envoy, was a quarrel over the budget.");
        assertEquals("Nora Vik", split.speaker());
        assertTrue(split.quote().startsWith("At the root of the delay") && split.quote().endsWith("a quarrel over the budget"),
                split.quote());
        QuoteRow after = only("While most files were routine, according to a ministry official, two were marked secret.");
        assertEquals("two were marked secret", after.quote());
        // the writer's participle after the source is no report; the frame inside keeps its speaker beside the agency's
        List<QuoteRow> nested = rows("Oslo wants a deal and Ruth Okafor said she “hopes both sides will give "
                + "ground” according to NTB, using the agency's usual wording.");
        assertEquals(List.of("NTB", "Ruth Okafor"), nested.stream().filter(r -> r.quote().contains("hopes both sides")).map(QuoteRow::speaker).toList());
        assertTrue(nested.stream().noneMatch(r -> r.quote().contains("usual wording")), nested.toString());
    }

    @Test
    void saysAndSaidAfterAWordTheTaggerCalledAnAdjective() {
        // the tagger reads "executive" as an adjective (and "says" as a noun in the first)
        QuoteRow says = only("As boos and curses erupt from the crowd, the executive says, \"Please quiet down.\"");
        assertEquals("the executive", says.speaker());
        assertEquals("direct", says.kind());
        assertEquals("The executive", only("The executive said, ''Please quiet down.''").speaker());
    }

    @Test
    void reportsInsideOpeningClausesBetweenParticiplePhrasesAndAfterADemonstrative() {
        QuoteRow whileClause = only("While Ruiz said that reporters must not join a campaign, she seemed uneasy about her son's job.");
        assertEquals("reporters must not join a campaign", whileClause.quote());
        QuoteRow wearing = only("Delegate Tom Okafor, wearing a jacket covered in campaign buttons, said he is proud of the race.");
        assertEquals("Tom Okafor", wearing.speaker());
        QuoteRow that = containing(rows("Asked about his earlier attacks, Okafor said that was a normal part of any primary."), "normal part");
        assertEquals("that was a normal part of any primary", that.quote());
        assertEquals("Okafor", that.speaker());
    }

    @Test
    void aQuestionPutBySomeoneUnnamedHasAnEmptySpeakerAndTheAnswerKeepsItsOwn() {
        List<QuoteRow> rows = rows("Asked on Monday whether her brother would join the cabinet, Ms. Okafor shook her head and said, "
                + "\"Not this year.\"");
        QuoteRow question = containing(rows, "whether her brother");
        assertEquals("", question.speaker());
        assertTrue(question.rule().contains("unnamed-asker"), question.rule());
        assertEquals("whether her brother would join the cabinet", question.quote());
        assertEquals("Okafor", containing(rows, "Not this year").speaker());
        List<QuoteRow> answer = rows("Lena Okafor, who told the council when asked last week about the audit: "
                + "\"That matter is in the hands of the auditors.\"");
        assertEquals("Lena Okafor", containing(answer, "in the hands of").speaker(), "the answer is no part of the question");
    }

    @Test
    void aHyphenatedParticipleStaysInThePhraseAfterTheCue() {
        QuoteRow r = only("The envoy said in a wide-ranging interview that the vote was won.");
        assertEquals("the vote was won", r.quote());
    }

    @Test
    void anAudiencesReactionAfterTheCueIsNoReport() {
        assertEquals("the mill will reopen in the spring", only("Ann Lee said to loud applause that the mill will reopen in the spring.").quote());
        assertTrue(rows("Ann Lee said to rousing applause.").isEmpty());
    }

    @Test
    void aQuotationOfSeveralSentencesBeforeItsSpeakerAndAPresentVerb() {
        QuoteRow row = only("“You work hard. You pay your taxes. So why is the mayor not paying his?” a narrator in the union ad asks.");
        assertEquals("a narrator in the union ad", row.speaker());
        assertTrue(row.quote().startsWith("“You work hard.") && row.quote().endsWith("his?”"), row.quote());
    }
}
