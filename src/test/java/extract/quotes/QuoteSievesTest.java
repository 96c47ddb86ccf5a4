package extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.doc.NewsDocument;
import extract.doc.TokenTables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each quote-stage sieve on hand-made token tables (no model loads). */
class QuoteSievesTest {
    private static final CueLexicon CUES = CueLexicon.load();
    private static final QuoteStage STAGE = new QuoteStage(CUES);

    private static List<Claim> claims(NewsDocument doc) {
        return STAGE.find(doc).claims();
    }

    private static Claim only(String table) {
        NewsDocument doc = TokenTables.document(table);
        List<Claim> c = claims(doc);
        assertEquals(1, c.size(), () -> "claims: " + c);
        return c.get(0);
    }

    /** The claim whose cue is the word {@code cue} (as its cue sieve quotes it). */
    private static Claim withCue(NewsDocument doc, String cue) {
        List<Claim> all = claims(doc);
        return all.stream().filter(c -> c.cueDecision().why().contains("“" + cue + "”")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
    }

    private static String text(String table, Claim c) {
        return c.content().of(TokenTables.document(table).text());
    }

    private static TokenView view(String table) {
        return new TokenView(TokenTables.document(table), 0, CUES);
    }

    @Test
    void formsThatAreMostlyNounsAreCuesOnlyBeforeAReport() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("Lee/PROPN won/VERB several/ADJ Western/ADJ states/VERB in/ADP March/PROPN ./PUNCT"), 4));
        assertNull(sieve.find(view("His/PRON crude/NOUN remarks/VERB he/PRON made/VERB hurt/VERB ./PUNCT"), 2));
        assertNotNull(sieve.find(view("The/DET filing/NOUN states/VERB that/SCONJ Lee/PROPN lied/VERB ./PUNCT"), 2));
        assertNotNull(sieve.find(view("The/DET filing/NOUN states/VERB :/PUNCT “/PUNCT Lee/PROPN lied/VERB ”/PUNCT"), 2));
        // a gerund the tagger read as a noun, ending a phrase a preposition opens, is its head
        assertNull(sieve.find(view("After/ADP weeks/NOUN of/ADP subtle/NOUN sniping/NOUN ,/PUNCT Lee/PROPN left/VERB ./PUNCT"), 4));
        assertNotNull(sieve.find(view("Lee/PROPN 's/PART aides/NOUN warning/NOUN ,/PUNCT the/DET plan/NOUN failed/VERB ./PUNCT"), 3));
    }

    @Test
    void aQuantityBeforeAVerbIsItsSubjectBeforeAClauseOrSetOffByCommas() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNotNull(sieve.find(view("Many/ADJ say/VERB the/DET deal/NOUN is/AUX dead/ADJ ./PUNCT"), 1));
        assertNotNull(sieve.find(view("The/DET deal/NOUN ,/PUNCT many/ADJ say/VERB ,/PUNCT is/AUX dead/ADJ ./PUNCT"), 4));
        assertNull(sieve.find(view("Many/ADJ claims/NOUN were/AUX false/ADJ ./PUNCT"), 1), "a noun after a quantity");
    }

    @Test
    void anAmountAfterAddIsWhatWasAddedUnlessItsClauseGoesOn() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("The/DET stock/NOUN added/VERB more/ADJ than/ADP 2%/NUM to/PART begin/VERB the/DET week/NOUN ./PUNCT"), 2));
        assertNull(sieve.find(view("Shares/NOUN added/VERB $/SYM 3/NUM on/ADP Monday/PROPN ./PUNCT"), 1));
        assertNotNull(sieve.find(view("He/PRON added/VERB 20/NUM percent/NOUN of/ADP voters/NOUN were/AUX undecided/ADJ ./PUNCT"), 1));
    }

    @Test
    void aParticleThatMakesAnotherVerbIsNoCueButAHearerAfterItIs() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("The/DET math/NOUN does/AUX n't/PART add/VERB up/ADP ./PUNCT"), 4));
        assertNull(sieve.find(view("The/DET denials/NOUN added/VERB to/ADP the/DET confusion/NOUN ./PUNCT"), 2), "“add to” is no cue");
        assertNull(sieve.find(view("Lee/PROPN maintains/VERB a/DET wide/ADJ lead/NOUN ./PUNCT"), 1), "nor “maintain a”");
        assertNull(sieve.find(view("As/SCONJ revenues/NOUN decline/VERB at/ADP a/DET fast/ADJ pace/NOUN ,/PUNCT papers/NOUN suffer/VERB ./PUNCT"), 2),
                "nor “decline at”");
        assertNull(sieve.find(view("I/PRON answer/VERB to/ADP no/DET one/NOUN but/CCONJ myself/PRON ./PUNCT"), 1), "nor “answer to”");
        assertNotNull(sieve.find(view("“/PUNCT It/PRON was/AUX good/ADJ ,/PUNCT ”/PUNCT Lee/PROPN added/VERB to/ADP People/PROPN ./PUNCT"), 7),
                "a name after the particle is the hearer");
    }

    @Test
    void anAdverbGradingAnAdjectiveStaysInTheSourcePhrase() {
        String after = "Lee/PROPN leads/VERB by/ADP five/NUM points/NOUN ,/PUNCT according/VERB to/ADP the/DET most/ADV recent/ADJ poll/NOUN ./PUNCT";
        assertEquals("“the most recent poll” after “according to”", only(after).sourceDecision().why());
        String before = "A/DET highly/ADV respected/ADJ analyst/NOUN said/VERB the/DET deal/NOUN was/AUX dead/ADJ ./PUNCT";
        assertEquals("subject “A highly respected analyst” of “said”", only(before).sourceDecision().why());
        String verb = "Lee/PROPN said/VERB the/DET deal/NOUN was/AUX dead/ADJ ,/PUNCT most/ADV recent/ADJ polls/NOUN aside/ADV ./PUNCT";
        assertEquals("subject “Lee” of “said”", only(verb).sourceDecision().why(), "no determiner, no phrase");
    }

    @Test
    void accordingToSourcesTheWordsAfterAColonBeforeIt() {
        String t = "The/DET tax/NOUN did/AUX not/PART hurt/VERB banks/NOUN :/PUNCT London/PROPN stayed/VERB the/DET capital/NOUN of/ADP finance/NOUN "
                + ",/PUNCT according/VERB to/ADP one/NUM index/NOUN ./PUNCT";
        assertEquals("London stayed the capital of finance", text(t, only(t)));
        String label = "Its/PRON verdict/NOUN :/PUNCT guilty/ADJ ,/PUNCT according/VERB to/ADP the/DET court/NOUN ./PUNCT";
        assertEquals("Its verdict : guilty", text(label, only(label)), "a word or two after the colon are no claim of their own");
    }

    @Test
    void speechVerbCueTakesAVerbButNotANounAfterADeterminer() {
        TokenView v = view("Ana/PROPN said/VERB the/DET claims/NOUN were/AUX false/ADJ ./PUNCT");
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNotNull(sieve.find(v, 1));
        assertNull(sieve.find(v, 3), "'the claims' is a noun");
        assertEquals(SpeechVerbCue.NAME, sieve.find(v, 1).decision().sieve());
    }

    @Test
    void speechVerbCueIsNoPartOfAName() {
        TokenView v = view("actor/NOUN Will/PROPN Smith/PROPN said/VERB it/PRON was/AUX fine/ADJ ./PUNCT");
        assertNull(new SpeechVerbCue(CUES).find(v, 1));
    }

    @Test
    void speechVerbCueTakesNoPluralNounEndingAPrepositionsPhrase() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        TokenView wake = view("After/ADP the/DET Lyon/PROPN bomb/NOUN attacks/NOUN ,/PUNCT Ortiz/PROPN left/VERB ./PUNCT");
        assertNull(sieve.find(wake, 4), "'attacks' ends the phrase 'after' opens");
        assertNull(sieve.find(view("Ortiz/PROPN did/AUX well/ADV following/VERB the/DET coastal/ADJ attacks/NOUN ./PUNCT"), 6));
        TokenView says = view("“/PUNCT Go/VERB ,/PUNCT ”/PUNCT the/DET union/NOUN claims/NOUN ./PUNCT");
        assertNotNull(sieve.find(says, 6), "no preposition before the phrase: the verb after a quotation");
        TokenView as = view("as/ADP the/DET union/NOUN website/NOUN claims/NOUN :/PUNCT");
        assertNotNull(sieve.find(as, 4), "'as the website claims:' frames what follows");
    }

    @Test
    void beliefVerbCueOnlyBeforeAClause() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Ana/PROPN believes/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT"), 1));
        assertNull(sieve.find(view("Ana/PROPN believes/VERB in/ADP taxes/NOUN ./PUNCT"), 1));
        String hope = "Ana/PROPN hopes/VERB to/PART win/VERB the/DET seat/NOUN ./PUNCT";
        assertNotNull(sieve.find(view(hope), 1), "an infinitive after 'hopes' is the report");
        assertEquals("to win the seat", text(hope, only(hope)));
        assertNull(sieve.find(view("Ana/PROPN believes/VERB to/ADP this/DET day/NOUN ./PUNCT"), 1), "only the verbs of the list");
    }

    @Test
    void aPresentFormTaggedAsANounAfterTheOpeningNameIsTheVerb() {
        String order = "Ortiz/ADJ calls/NOUN on/ADP Cole/PROPN to/PART resign/VERB ./PUNCT";
        Claim c = only(order);
        assertEquals(ParticleObjectCue.NAME, c.cueDecision().sieve());
        assertEquals("Cole to resign", text(order, c));
        String label = "The/DET Latest/ADJ :/PUNCT Ortiz/ADJ urges/NOUN voters/NOUN to/PART stay/VERB home/ADV ./PUNCT";
        assertEquals(SpeechVerbCue.NAME, only(label).cueDecision().sieve());
        assertTrue(claims(TokenTables.document("The/DET union/NOUN urges/NOUN were/AUX ignored/VERB ./PUNCT")).isEmpty(),
                "after a common noun it stays a noun");
    }

    @Test
    void whatAPollShowsDoingSomethingIsItsReport() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        String t = "A/DET poll/NOUN by/ADP the/DET institute/NOUN showed/VERB the/DET mayor/NOUN leading/VERB Ortiz/PROPN by/ADP six/NUM points/NOUN ./PUNCT";
        assertNotNull(sieve.find(view(t), 5));
        assertEquals("the mayor leading Ortiz by six points", text(t, only(t)));
        assertNull(sieve.find(view("The/DET video/NOUN shows/VERB the/DET mayor/NOUN saying/VERB no/DET ./PUNCT"), 2),
                "the one shown saying something speaks");
        assertNull(sieve.find(view("The/DET hall/NOUN showed/VERB signs/NOUN of/ADP wear/NOUN ./PUNCT"), 2), "no participle, no report");
    }

    @Test
    void postingReportsAClauseOrAQuotationNotAnObject() {
        String aside = "Lena/PROPN Park/PROPN posted/VERB on/ADP X/PROPN ,/PUNCT formerly/ADV Twitter/PROPN ,/PUNCT that/SCONJ the/DET bill/NOUN "
                + "had/VERB support/NOUN ./PUNCT";
        Claim c = only(aside);
        assertEquals(BeliefVerbCue.NAME, c.cueDecision().sieve());
        assertEquals("the bill had support", text(aside, c));
        assertTrue(claims(TokenTables.document("Lena/PROPN Park/PROPN posted/VERB a/DET loss/NOUN on/ADP Friday/PROPN ./PUNCT")).isEmpty(),
                "an object is no report");
        String colon = "Lena/PROPN Park/PROPN posted/VERB :/PUNCT “/PUNCT We/PRON will/AUX not/PART go/VERB ./PUNCT ”/PUNCT";
        Claim quoted = only(colon);
        assertEquals(VerbBeforeColonQuoteCue.NAME, quoted.cueDecision().sieve(), "a verb of the belief list frames a colon's quotation too");
        assertEquals("“ We will not go . ”", text(colon, quoted));
    }

    @Test
    void afterAPossessiveAVerbOfBeliefIsANounUnlessThatFollows() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        assertNull(sieve.find(view("Backers/NOUN base/VERB their/PRON hopes/VERB on/ADP a/DET field/NOUN that/PRON may/AUX never/ADV exist/VERB ./PUNCT"), 3));
        assertNotNull(sieve.find(view("She/PRON 's/AUX hoping/VERB the/DET caucuses/NOUN will/AUX help/VERB ./PUNCT"), 2), "“'s” is “is” here");
        assertNotNull(sieve.find(view("They/PRON voiced/VERB their/PRON hope/VERB that/SCONJ talks/NOUN resume/VERB ./PUNCT"), 3),
                "a “that” right after it reports");
    }

    @Test
    void aPronounJoinedToAnotherSubjectOpensTheBelievedClause() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Voters/NOUN think/VERB she/PRON and/CCONJ her/PRON aides/NOUN can/AUX win/VERB ./PUNCT"), 1));
        assertNotNull(sieve.find(view("They/PRON think/VERB she/PRON and/CCONJ they/PRON can/AUX win/VERB ./PUNCT"), 1));
        assertNull(sieve.find(view("They/PRON think/VERB of/ADP her/PRON and/CCONJ the/DET aides/NOUN ./PUNCT"), 1), "no subject, no clause");
        assertNull(sieve.find(view("They/PRON think/VERB she/PRON and/CCONJ her/PRON aides/NOUN ./PUNCT"), 1), "no verb, no clause");
        assertNotNull(sieve.find(view("Experts/NOUN think/VERB the/DET case/NOUN against/ADP Lee/PROPN is/AUX clear/ADJ ./PUNCT"), 1),
                "a phrase after the subject's noun");
        assertNull(sieve.find(view("Experts/NOUN think/VERB the/DET world/NOUN of/ADP Lee/PROPN ./PUNCT"), 1), "no verb after the phrase");
    }

    @Test
    void aFindingVerbTaggedAsANounBeforeAThatClauseIsACue() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Video/NOUN shows/NOUN that/PRON Ruiz/PROPN had/VERB left/VERB ./PUNCT"), 1));
        assertNotNull(sieve.find(view("A/DET slide/NOUN shows/NOUN that/SCONJ eight/NUM of/ADP 10/NUM limes/NOUN are/AUX grown/VERB there/ADV ./PUNCT"), 2),
                "a number opens the clause");
        assertNull(sieve.find(view("The/DET shows/NOUN that/PRON aired/VERB were/AUX long/ADJ ./PUNCT"), 1), "after a determiner, a noun");
        assertNotNull(sieve.find(view("A/DET panel/NOUN found/VERB the/DET United/ADJ States/PROPN was/AUX in/ADP breach/NOUN ./PUNCT"), 2),
                "a clause without its \"that\"");
        assertNotNull(sieve.find(view("Research/NOUN found/VERB PolitiFact/NOUN consistently/ADV rated/VERB Democrats/PROPN higher/ADV ./PUNCT"), 1));
        assertNull(sieve.find(view("Police/NOUN found/VERB the/DET keys/NOUN in/ADP the/DET car/NOUN ./PUNCT"), 1), "an object, no clause");
        assertNull(sieve.find(view("Ruiz/PROPN found/VERB the/DET crowd/NOUN cheering/VERB ./PUNCT"), 1), "a participle, no clause");
        assertNull(sieve.find(view("Cable/NOUN shows/NOUN that/PRON aired/VERB late/ADV lost/VERB viewers/NOUN ./PUNCT"), 1),
                "a relative clause, not a reported one");
    }

    @Test
    void sourcePhraseCueMatchesItsWords() {
        Cue c = new SourcePhraseCue(CUES).find(view("according/VERB to/ADP the/DET agency/NOUN ,/PUNCT rates/NOUN rose/VERB ./PUNCT"), 0);
        assertNotNull(c);
        assertEquals(2, c.end());
        assertEquals(CueType.SOURCE_PHRASE, c.type());
    }

    @Test
    void subjectBeforeCueWithContentAfter() {
        String t = "Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve());
        assertEquals(ContentAfterFrame.NAME, c.spanDecision().sieve());
        assertEquals("the plant will close", text(t, c));
        assertEquals(QuoteKind.INDIRECT, c.kind());
    }

    @Test
    void theHearerOfAReportIsNoPartOfItButTheAddresseeOfAnOrderIs() {
        String t = "Smith/PROPN told/VERB his/PRON staff/NOUN that/SCONJ the/DET plan/NOUN was/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan was dead", text(t, only(t)));
        String u = "Smith/PROPN told/VERB his/PRON parishioners/NOUN to/PART also/ADV consider/VERB voting/VERB ./PUNCT";
        assertEquals("his parishioners to also consider voting", text(u, only(u)));
    }

    @Test
    void aHeadingOrALabelBeforeAColonIsNoSpeaker() {
        assertEquals(0, claims(TokenTables.document("Another/DET problem/NOUN for/ADP Sanders/PROPN :/PUNCT There/PRON "
                + "are/AUX more/ADJ women/NOUN ./PUNCT")).size());
        assertEquals(0, claims(TokenTables.document("Question/NOUN :/PUNCT What/PRON do/AUX you/PRON call/VERB it/PRON ?/PUNCT")).size());
        Claim c = only("Chris/PROPN Matthews/PROPN :/PUNCT Here/ADV is/AUX the/DET irony/NOUN ./PUNCT");
        assertEquals(HeadlineColonFrame.NAME, c.cueDecision().sieve());
        assertEquals(0, claims(TokenTables.document("Few/ADJ Tools/NOUN to/PART Fight/VERB Fraud/NOUN :/PUNCT The/DET agency/NOUN "
                + "was/AUX set/VERB up/ADP long/ADV ago/ADV ./PUNCT")).size(), "a title-case heading");
        assertEquals(0, claims(TokenTables.document("CLARIFICATION/NOUN :/PUNCT The/DET story/NOUN was/AUX changed/VERB ./PUNCT")).size());
        assertEquals(1, claims(TokenTables.document("Bank/PROPN of/ADP Avalon/PROPN :/PUNCT Rates/NOUN will/AUX rise/VERB ./PUNCT")).size(),
                "a name's particle joins it");
    }

    @Test
    void aHeadlineSpeakerMayNameAnAudienceOrFollowALabel() {
        String audience = "Ruiz/PROPN to/ADP Union/PROPN Leaders/PROPN :/PUNCT the/DET plant/NOUN will/AUX stay/VERB open/ADJ";
        assertEquals("“Ruiz” before the colon", only(audience).sourceDecision().why());
        String label = "EXCLUSIVE/PROPN –/PUNCT Ana/PROPN Ruiz/PROPN :/PUNCT the/DET plant/NOUN will/AUX stay/VERB open/ADJ";
        assertEquals("“Ana Ruiz” before the colon", only(label).sourceDecision().why());
        assertEquals(0, claims(TokenTables.document("Ruiz/PROPN Heads/VERB to/ADP Ohio/PROPN :/PUNCT A/DET New/ADJ Plan/NOUN")).size(),
                "a title-case headline's capitals mark no names");
    }

    @Test
    void aDatelineIsNoPartOfWhatWasSaid() {
        String t = "HEMPSTEAD/PROPN ,/PUNCT N.Y./PROPN \u2015/PUNCT The/DET plan/NOUN is/AUX dead/ADJ ,/PUNCT the/DET senator/NOUN said/VERB ./PUNCT";
        assertEquals("The plan is dead", text(t, only(t)));
        String u = "THE/DET PLAN/NOUN is/AUX dead/ADJ -/PUNCT for/ADP now/ADV ,/PUNCT he/PRON said/VERB ./PUNCT";
        assertEquals("THE PLAN is dead - for now", text(u, only(u)));
        String country = "DUBAI/PROPN ,/PUNCT United/PROPN Arab/PROPN Emirates/PROPN —/PUNCT The/DET plan/NOUN is/AUX dead/ADJ ,/PUNCT "
                + "officials/NOUN said/VERB ./PUNCT";
        assertEquals("The plan is dead", text(country, only(country)), "the city's country after it");
    }

    @Test
    void aPresentVerbAfterANameInATitleCaseHeadlineIsACue() {
        String t = "Sanders/NOUN Says/PROPN Trump/PROPN Is/AUX Wrong/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals("Trump Is Wrong", text(t, c));
        assertEquals(SpeechVerbCue.NAME, c.cueDecision().sieve());
        // the same words in a sentence of ordinary case are no headline: a noun after a noun is no verb
        assertEquals(0, claims(TokenTables.document("the/DET senator/NOUN says/NOUN trump/NOUN is/AUX wrong/ADJ ./PUNCT")).size());
    }

    @Test
    void aSpeechVerbBeforeAColonIsNoNameBeforeAColon() {
        String t = "Trump/PROPN \u2019s/PART Son/PROPN Says/PROPN :/PUNCT The/DET Battle/NOUN Will/AUX Be/AUX Hard/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals(SpeechVerbCue.NAME, c.cueDecision().sieve());
    }

    @Test
    void aProgressiveHasItsOwnSubject() {
        String t = "She/PRON \u2019s/AUX describing/VERB the/DET benefits/NOUN ,/PUNCT while/SCONJ Trump/PROPN is/AUX "
                + "arguing/VERB that/SCONJ judges/NOUN are/AUX biased/ADJ ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        Claim arguing = claims(doc).stream().filter(c -> c.cue().of(doc.text()).equals("arguing")).findFirst().orElseThrow();
        assertEquals(SubjectBeforeCueSource.NAME, arguing.sourceDecision().sieve());
    }

    @Test
    void subjectAfterCueWithContentBefore() {
        String t = "“/PUNCT We/PRON will/AUX win/VERB this/DET race/NOUN ,/PUNCT ”/PUNCT said/VERB Ana/PROPN Ruiz/PROPN ./PUNCT";
        Claim c = only(t);
        assertEquals(InvertedSubjectSource.NAME, c.sourceDecision().sieve());
        assertEquals(ContentBeforeFrame.NAME, c.spanDecision().sieve());
        assertEquals(QuoteKind.DIRECT, c.kind());
    }

    @Test
    void aTimeAfterTheSourcesNounIsNoPartOfTheSource() {
        String week = "“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT said/VERB Ana/PROPN Ruiz/PROPN last/ADJ week/NOUN ./PUNCT";
        assertEquals("“Ana Ruiz” after “said”", only(week).sourceDecision().why());
        String day = "Most/ADJ voters/NOUN are/AUX undecided/ADJ ,/PUNCT according/VERB to/ADP a/DET Gallup/PROPN poll/NOUN "
                + "Tuesday/PROPN ./PUNCT";
        assertEquals("“a Gallup poll” after “according to”", only(day).sourceDecision().why());
        String on = "Most/ADJ voters/NOUN are/AUX undecided/ADJ ,/PUNCT according/VERB to/ADP a/DET report/NOUN on/ADP "
                + "Wednesday/PROPN ./PUNCT";
        assertEquals("“a report” after “according to”", only(on).sourceDecision().why());
        // a capitalised unit of time after a given name is a family name; a month may be one too
        String surname = "“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT said/VERB Kristen/PROPN Day/PROPN ./PUNCT";
        assertEquals("“Kristen Day” after “said”", only(surname).sourceDecision().why());
        String month = "“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT said/VERB Theresa/PROPN May/PROPN ./PUNCT";
        assertEquals("“Theresa May” after “said”", only(month).sourceDecision().why());
    }

    @Test
    void anAppositiveMayHoldAQuotedNameAndAMannerAdverbIsNoSubject() {
        String t = "“/PUNCT We/PRON lost/VERB ,/PUNCT ”/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT wearing/VERB a/DET “/PUNCT Ted/PROPN Cruz/PROPN ”/PUNCT "
                + "button/NOUN ,/PUNCT said/VERB matter-of-factly/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve(), () -> c.sourceDecision().why());
        assertEquals("“ We lost , ”", text(t, c));
        String speech = "“/PUNCT We/PRON lost/VERB ,/PUNCT ”/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT wearing/VERB a/DET “/PUNCT we/PRON lost/VERB ”/PUNCT "
                + "button/NOUN ,/PUNCT said/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(speech)).stream().noneMatch(x -> x.sourceDecision().why().contains("Ana Ruiz")),
                "words said inside the phrase are no name to skip");
    }

    @Test
    void aPronounInTheObjectCaseAfterTheCueIsNoInvertedSubject() {
        String t = "Ruiz/PROPN praised/VERB the/DET plan/NOUN ,/PUNCT called/VERB her/PRON “/PUNCT weak/ADJ ”/PUNCT and/CCONJ left/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(t)).stream().noneMatch(c -> c.sourceDecision().sieve().equals(InvertedSubjectSource.NAME)),
                "'her' is the object of 'called'");
        String he = "“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT said/VERB he/PRON ./PUNCT";
        assertEquals(InvertedSubjectSource.NAME, only(he).sourceDecision().sieve());
    }

    @Test
    void aNameEndingTheSentenceAfterTheCueSpeaksWhenTheSubjectBeforeHasAVerbOfItsOwn() {
        String lobbied = "The/DET firm/NOUN lobbied/VERB on/ADP gaming/NOUN ,/PUNCT at/ADP both/DET levels/NOUN ,/PUNCT "
                + "said/VERB lobbyist/NOUN and/CCONJ GOP/PROPN strategist/NOUN Charlie/PROPN Black/PROPN ./PUNCT";
        Claim c = only(lobbied);
        assertEquals("“lobbyist and GOP strategist Charlie Black” after “said”", c.sourceDecision().why(), "role nouns joined by 'and'");
        assertEquals("The firm lobbied on gaming , at both levels", text(lobbied, c));
        String object = "Tariffs/NOUN hurt/VERB firms/NOUN related/VERB to/ADP steel/NOUN ,/PUNCT said/VERB Charlie/PROPN Black/PROPN ./PUNCT";
        assertEquals("“Charlie Black” after “said”", only(object).sourceDecision().why(), "the subject found is a verb's object");
        String told = "Ana/PROPN Ruiz/PROPN ,/PUNCT who/PRON ran/VERB ,/PUNCT told/VERB Fox/PROPN News/PROPN ./PUNCT";
        assertTrue(claims(TokenTables.document(told)).stream().allMatch(x -> x.sourceDecision().sieve().equals(SubjectBeforeCueSource.NAME)),
                "'told' takes its hearer after it");
        String appositive = "Ana/PROPN Ruiz/PROPN ,/PUNCT who/PRON ran/VERB ,/PUNCT said/VERB the/DET Trump/PROPN “/PUNCT train/NOUN "
                + "has/AUX left/VERB ./PUNCT ”/PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(appositive).sourceDecision().why(), "a verb in an appositive is no sign");
    }

    @Test
    void parentheticalFrameReportsBothSides() {
        String t = "Acts/NOUN of/ADP protest/NOUN ,/PUNCT Ruiz/PROPN said/VERB ,/PUNCT are/AUX acts/NOUN of/ADP hope/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(ContentBeforeFrame.AROUND, c.spanDecision().sieve());
        assertTrue(text(t, c).startsWith("Acts of protest") && text(t, c).endsWith("acts of hope"), text(t, c));
    }

    @Test
    void aParentheticalSourceInsideAClauseWhoseVerbIsACueReportsTheWholeClause() {
        String t = "Lee/PROPN ,/PUNCT according/VERB to/ADP Ruiz/PROPN ,/PUNCT had/AUX offered/VERB condolences/NOUN ./PUNCT";
        Claim according = only(t); // ("offered condolences" reports nothing)
        assertEquals(ContentBeforeFrame.AROUND, according.spanDecision().sieve());
        assertEquals("Lee , according to Ruiz , had offered condolences", text(t, according));
        String told = "Lee/PROPN ,/PUNCT Ruiz/PROPN said/VERB ,/PUNCT told/VERB aides/NOUN she/PRON would/AUX resign/VERB ./PUNCT";
        List<Claim> both = claims(TokenTables.document(told));
        assertEquals(2, both.size(), both::toString);
        assertEquals("Lee , Ruiz said , told aides she would resign", text(told, withCue(TokenTables.document(told), "said")));
        assertEquals("she would resign", text(told, withCue(TokenTables.document(told), "told")));
    }

    @Test
    void aSubjectAndItsVerbBeforeAFrameEndingTheSentenceAreItsReport() {
        String said = "Lee/PROPN objected/VERB ,/PUNCT an/DET aide/NOUN said/VERB ./PUNCT";
        Claim aide = only(said);
        assertEquals("Lee objected", text(said, aide));
        assertEquals("subject “an aide” of “said”", aide.sourceDecision().why());
        String according = "Lee/PROPN agreed/VERB ,/PUNCT according/VERB to/ADP an/DET aide/NOUN ./PUNCT";
        assertEquals("Lee agreed", text(according, only(according)));
        // a frame inside the sentence: the two words are no report of their own
        String inside = "Lee/PROPN agreed/VERB ,/PUNCT according/VERB to/ADP an/DET aide/NOUN ,/PUNCT to/ADP a/DET plan/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(inside)).stream().noneMatch(c -> text(inside, c).equals("Lee agreed")),
                () -> claims(TokenTables.document(inside)).toString());
    }

    @Test
    void aClaimNounGlossingTheReportIsTheObjectOfTheClauseAfterIt() {
        String t = "Lee/PROPN said/VERB profits/NOUN would/AUX rise/VERB ,/PUNCT a/DET claim/NOUN analysts/NOUN disputed/VERB ./PUNCT";
        Claim analysts = withCue(TokenTables.document(t), "disputed");
        assertEquals("subject “analysts” of “disputed”", analysts.sourceDecision().why());
        assertEquals("Lee said profits would rise", text(t, analysts));
    }

    @Test
    void butAfterAnObjectAndTheGerundOfItsActEndsTheReport() {
        String t = "Lee/PROPN praised/VERB Ruiz/PROPN for/ADP pursuing/VERB charges/NOUN but/CCONJ stopped/VERB short/ADV of/ADP "
                + "firing/VERB him/PRON ./PUNCT";
        assertEquals("Ruiz for pursuing charges", text(t, only(t)));
    }

    @Test
    void anOpeningAdverbOfTimeTaggedAsANameIsNoSubjectBeforeAnApposition() {
        String t = "Afterward/PROPN ,/PUNCT the/DET Alaska/PROPN Republican/PROPN said/VERB she/PRON was/AUX undecided/ADJ ./PUNCT";
        assertEquals("subject “the Alaska Republican” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void anOpeningParticiplesPhraseIsNoNameBeforeADescriptionsApposition() {
        String t = "Speaking/VERB on/ADP Facebook/PROPN ,/PUNCT the/DET mayor/NOUN said/VERB the/DET city/NOUN would/AUX rebuild/VERB ./PUNCT";
        assertEquals("subject “the mayor” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void theSubjectOfQuotedAsSayingIsTheSpeaker() {
        String t = "Lee/PROPN was/AUX quoted/VERB as/SCONJ saying/VERB that/SCONJ the/DET deal/NOUN was/AUX dead/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals("subject “Lee” of “saying”", c.sourceDecision().why());
        assertEquals("the deal was dead", text(t, c));
    }

    @Test
    void aFrameOpeningASubordinateOrRelativeClauseReportsNothingBeforeIt() {
        String when = "Ruiz/PROPN was/AUX calm/ADJ Monday/PROPN when/ADV she/PRON spoke/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(when)).isEmpty(), "'when she spoke' tells when, it reports nothing");
        String who = "Ruiz/PROPN passed/VERB the/DET microphone/NOUN to/ADP a/DET delegate/NOUN ,/PUNCT who/PRON spoke/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(who)).isEmpty(), "the relative clause describes the delegate");
        String plain = "The/DET plan/NOUN is/AUX dead/ADJ ,/PUNCT she/PRON said/VERB ./PUNCT";
        assertEquals("The plan is dead", text(plain, only(plain)));
    }

    @Test
    void anAsClauseAfterTheFrameTellsHowItWasSaid() {
        String t = "The/DET plan/NOUN failed/VERB ,/PUNCT farmers/NOUN said/VERB ,/PUNCT as/SCONJ they/PRON marched/VERB on/ADP ./PUNCT";
        Claim c = only(t);
        assertEquals(ContentBeforeFrame.NAME, c.spanDecision().sieve());
        assertEquals("The plan failed", text(t, c));
        // "as I do" compares; the report goes on after it
        String comparing = "Ruiz/PROPN wondered/VERB ,/PUNCT as/SCONJ I/PRON do/AUX ,/PUNCT why/ADV the/DET plant/NOUN closed/VERB ./PUNCT";
        assertTrue(text(comparing, only(comparing)).endsWith("the plant closed"), text(comparing, only(comparing)));
    }

    @Test
    void aVerbAfterASubjectJoinedByAndIsTheReportsOwn() {
        String t = "Ryan/PROPN said/VERB the/DET shootings/NOUN and/CCONJ protests/NOUN demands/NOUN that/SCONJ all/DET voters/NOUN listen/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals("the shootings and protests demands that all voters listen", text(t, c));
        String pronoun = "Ana/PROPN said/VERB she/PRON and/CCONJ her/PRON peers/NOUN referred/VERB to/ADP themselves/PRON as/ADP "
                + "“/PUNCT the/DET club/NOUN ”/PUNCT ./PUNCT";
        assertEquals("she and her peers referred to themselves as “ the club ”", text(pronoun, only(pronoun)), "a pronoun opens the joined subject");
        // "in his remarks that": a noun before "that", the report starts after it
        String remarks = "Lee/PROPN said/VERB in/ADP his/PRON remarks/NOUN that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT";
        assertEquals("the plant will close", text(remarks, only(remarks)));
    }

    @Test
    void aPhraseOfTimeAfterThatOpensTheReportedClause() {
        String t = "Lee/PROPN noted/VERB that/SCONJ in/ADP 1972/NUM ,/PUNCT he/PRON supported/VERB the/DET plan/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals("subject “Lee” of “noted”", c.sourceDecision().why());
        assertEquals("in 1972 , he supported the plan", text(t, c));
        String found = "The/DET study/NOUN found/VERB that/SCONJ in/ADP the/DET largest/ADJ counties/NOUN ,/PUNCT voters/NOUN "
                + "were/AUX removed/VERB ./PUNCT";
        assertEquals("in the largest counties , voters were removed", text(found, only(found)), "after \"that\", a clause, not an object");
    }

    @Test
    void aNounBeforeAParticipleAndATimeIsTheSubject() {
        String t = "The/DET poll/NOUN released/VERB Friday/PROPN shows/VERB that/SCONJ Lee/PROPN leads/VERB the/DET race/NOUN ./PUNCT";
        assertEquals("subject “The poll” of “shows”", only(t).sourceDecision().why());
        String alone = "Friday/PROPN shows/VERB that/SCONJ Lee/PROPN leads/VERB the/DET race/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(alone)).isEmpty(), "a time alone is no source");
    }

    @Test
    void aNounOfSayingAfterItsOwnerIsACue() {
        String t = "Critics/NOUN checked/VERB Ana/PROPN Ruiz/PROPN 's/PART claim/NOUN that/SCONJ taxes/NOUN fell/VERB sharply/ADV ./PUNCT";
        Claim c = only(t);
        assertEquals(ClaimNounCue.NAME, c.cueDecision().sieve());
        assertEquals("“Ana Ruiz”, owner of “claim”", c.sourceDecision().why());
        assertEquals("taxes fell sharply", text(t, c));
        String his = "Contrary/ADJ to/ADP his/PRON claim/NOUN that/SCONJ taxes/NOUN fell/VERB sharply/ADV ,/PUNCT prices/NOUN rose/VERB ./PUNCT";
        assertEquals("taxes fell sharply", text(his, only(his)), "the noun's clause ends at its comma");
        String none = "The/DET claim/NOUN that/SCONJ taxes/NOUN fell/VERB was/AUX false/ADJ ./PUNCT";
        assertTrue(claims(TokenTables.document(none)).isEmpty(), "a claim with no owner has no source");
    }

    @Test
    void aRelativeClauseWithoutItsRelativeWordDescribesTheSubject() {
        String t = "The/DET people/NOUN we/PRON spoke/VERB to/PART said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals("subject “The people” of “said”", c.sourceDecision().why(), "\"spoke to\" describes the people");
        assertEquals("the plan would fail", text(t, c));
        String met = "Several/ADJ voters/NOUN I/PRON met/VERB in/ADP Iowa/PROPN said/VERB they/PRON liked/VERB him/PRON ./PUNCT";
        assertEquals("subject “Several voters” of “said”", only(met).sourceDecision().why(), "not Iowa");
    }

    @Test
    void passiveSubjectIsNoSource() {
        assertTrue(claims(TokenTables.document("He/PRON was/AUX told/VERB that/SCONJ the/DET plant/NOUN would/AUX close/VERB ./PUNCT")).isEmpty());
        // a participle and its agent after a thing qualify it: no one reports the thing
        assertTrue(claims(TokenTables.document("The/DET offer/NOUN fell/VERB short/ADJ of/ADP the/DET $/SYM 20/NUM reportedly/ADV "
                + "demanded/VERB by/ADP Ferro/PROPN ./PUNCT")).isEmpty());
        assertTrue(claims(TokenTables.document("Rents/NOUN rose/VERB ,/PUNCT a/DET fact/NOUN reported/VERB by/ADP the/DET agency/NOUN ./PUNCT")).isEmpty());
        // a person's active verb stays a frame, whatever the preposition after it
        assertEquals(1, claims(TokenTables.document("Ruiz/PROPN demanded/VERB by/ADP Friday/PROPN that/SCONJ the/DET plant/NOUN close/VERB ./PUNCT")).size());
    }

    @Test
    void sharedSubjectAfterAConjunction() {
        String t = "Ruiz/PROPN said/VERB the/DET plant/NOUN will/AUX close/VERB and/CCONJ added/VERB that/SCONJ jobs/NOUN will/AUX go/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        List<Claim> c = claims(doc);
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals(SharedSubjectSource.NAME, c.get(1).sourceDecision().sieve());
        assertEquals("jobs will go", c.get(1).content().of(doc.text()));
    }

    @Test
    void thatAndAPastVerbAfterAPhraseOfCircumstanceOpenARelativeClauseNotTheReport() {
        String film = "Trump/PROPN said/VERB in/ADP a/DET documentary/NOUN that/PRON showed/VERB off/ADP the/DET plane/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(film)).isEmpty(), "what the documentary showed is no report");
        String aired = "Trump/PROPN said/VERB in/ADP an/DET interview/NOUN that/PRON aired/VERB Sunday/PROPN that/SCONJ he/PRON "
                + "would/AUX resign/VERB ./PUNCT";
        assertEquals("he would resign", text(aired, only(aired)));
        // a verb later in the clause makes the word after "that" the report's subject, whatever its tag
        String cuts = "Ruiz/PROPN said/VERB this/DET year/NOUN that/PRON cuts/VERB in/ADP steel/NOUN could/AUX cost/VERB "
                + "jobs/NOUN ./PUNCT";
        assertEquals("cuts in steel could cost jobs", text(cuts, only(cuts)));
        // after "about" the phrase is what was said
        String about = "Obama/PROPN spoke/VERB at/ADP the/DET White/PROPN House/PROPN about/ADP rights/NOUN that/PRON "
                + "had/AUX been/AUX denied/VERB victims/NOUN ./PUNCT";
        assertEquals(1, claims(TokenTables.document(about)).size());
        // a sentence may end at "that" (a headline)
        assertTrue(claims(TokenTables.document("Trump/PROPN said/VERB that/SCONJ")).isEmpty());
    }

    @Test
    void aClauseWithASubjectOfItsOwnAfterCommaAndEndsTheReport() {
        String t = "Ruiz/PROPN said/VERB the/DET plan/NOUN would/AUX pass/VERB ,/PUNCT and/CCONJ the/DET market/NOUN "
                + "did/VERB nothing/PRON ./PUNCT";
        assertEquals("the plan would pass", text(t, only(t)));
        String they = "Aides/NOUN said/VERB voters/NOUN are/AUX being/AUX spun/VERB ,/PUNCT but/CCONJ they/PRON go/VERB "
                + "along/ADV ./PUNCT";
        assertEquals("voters are being spun", text(they, only(they)));
        // "but" and a verb with no subject of its own goes on with the report
        String verb = "Ruiz/PROPN said/VERB she/PRON hired/VERB him/PRON ,/PUNCT but/CCONJ has/AUX not/PART decided/VERB "
                + "more/ADJ ./PUNCT";
        assertEquals("she hired him , but has not decided more", text(verb, only(verb)));
    }

    @Test
    void aParticipleSharesTheSubjectOfTheClauseAConjunctionOpensAfterTheFrame() {
        String t = "Groups/NOUN say/VERB the/DET rules/NOUN are/AUX unfair/ADJ ,/PUNCT and/CCONJ the/DET union/NOUN has/AUX "
                + "sued/VERB the/DET city/NOUN ,/PUNCT saying/VERB they/PRON violate/VERB rights/NOUN ./PUNCT";
        Claim c = withCue(TokenTables.document(t), "saying");
        assertEquals("“saying” shares the subject “the union”", c.sourceDecision().why());
        // a frame inside the "that" clause, a phrase before its subject, is no main clause
        String that = "Ruiz/PROPN said/VERB that/SCONJ after/ADP long/ADJ talks/NOUN Oslo/PROPN had/AUX concluded/VERB the/DET plan/NOUN "
                + "was/AUX legal/ADJ ,/PUNCT saying/VERB she/PRON trusted/VERB the/DET courts/NOUN ./PUNCT";
        assertEquals("“saying” shares the subject “Ruiz”", withCue(TokenTables.document(that), "saying").sourceDecision().why());
        assertEquals("subject “Oslo” of “concluded”", withCue(TokenTables.document(that), "concluded").sourceDecision().why(),
                "the object of the opening preposition is no part of the subject");
        // without a clause of its own after the frame, the frame's subject
        String one = "Groups/NOUN say/VERB the/DET rules/NOUN are/AUX unfair/ADJ ,/PUNCT saying/VERB they/PRON violate/VERB rights/NOUN ./PUNCT";
        assertEquals("“saying” shares the subject “Groups”", withCue(TokenTables.document(one), "saying").sourceDecision().why());
    }

    @Test
    void aVerbAfterACommaWithItsReportAtOnceIsTheNextOfTheSubjectsVerbs() {
        String said = "Ruiz/PROPN praised/VERB the/DET plan/NOUN ,/PUNCT said/VERB it/PRON was/AUX fair/ADJ and/CCONJ left/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(said);
        Claim c = withCue(doc, "said");
        assertEquals("“said” shares the subject “Ruiz”", c.sourceDecision().why());
        String called = "Ruiz/PROPN praised/VERB the/DET plan/NOUN ,/PUNCT called/VERB it/PRON “/PUNCT fair/ADJ ”/PUNCT and/CCONJ left/VERB ./PUNCT";
        NewsDocument named = TokenTables.document(called);
        Claim n = withCue(named, "called");
        assertEquals("“called” shares the subject “Ruiz”", n.sourceDecision().why(), "“it” is the object of “called”");
        String inverted = "The/DET plan/NOUN is/AUX fair/ADJ ,/PUNCT said/VERB Ruiz/PROPN ./PUNCT";
        assertEquals(InvertedSubjectSource.NAME, only(inverted).sourceDecision().sieve(), "the subject after the verb");
    }

    @Test
    void afterAnOpeningClauseTheWordsBeforeAnAppositiveAreTheSubject() {
        String t = "As/SCONJ it/PRON happened/VERB ,/PUNCT a/DET study/NOUN by/ADP the/DET Centre/PROPN ,/PUNCT a/DET think/NOUN tank/NOUN ,/PUNCT"
                + " concluded/VERB that/SCONJ prices/NOUN rose/VERB ./PUNCT";
        assertEquals("subject “a study” of “concluded”", only(t).sourceDecision().why());
    }

    @Test
    void aFrameAfterAnOpeningAsFrameStandsBesideIt() {
        String t = "As/SCONJ we/PRON noted/VERB ,/PUNCT a/DET study/NOUN concluded/VERB that/SCONJ prices/NOUN rose/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        List<Claim> c = claims(doc);
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals("prices rose", c.get(1).content().of(doc.text()));
        String inside = "We/PRON noted/VERB that/SCONJ a/DET study/NOUN concluded/VERB that/SCONJ prices/NOUN rose/VERB ./PUNCT";
        assertEquals("a study concluded that prices rose", text(inside, only(inside)), "inside a plain report it is the content");
    }

    @Test
    void aParticipleAfterASubordinateFrameTakesTheMainClausesSubject() {
        String t = "While/SCONJ his/PRON rivals/NOUN called/VERB for/ADP more/ADJ troops/NOUN ,/PUNCT Ruiz/PROPN kept/VERB his/PRON plan/NOUN ,/PUNCT"
                + " noting/VERB that/SCONJ the/DET war/NOUN was/AUX over/ADJ ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        Claim noting = claims(doc).stream().filter(x -> x.content().of(doc.text()).equals("the war was over")).findFirst()
                .orElseThrow(() -> new AssertionError(claims(doc).toString()));
        assertEquals(SharedSubjectSource.NAME, noting.sourceDecision().sieve());
        assertTrue(noting.sourceDecision().why().contains("“Ruiz”"), noting.sourceDecision().why());
    }

    @Test
    void aParticipleTakesTheSubjectAcrossATimeBeforeTheMainVerb() {
        String t = "Ruiz/PROPN on/ADP Tuesday/PROPN kept/VERB the/DET plan/NOUN ,/PUNCT saying/VERB the/DET budget/NOUN was/AUX tight/ADJ ./PUNCT";
        Claim saying = claims(TokenTables.document(t)).stream().filter(x -> text(t, x).equals("the budget was tight")).findFirst()
                .orElseThrow(() -> new AssertionError(claims(TokenTables.document(t)).toString()));
        assertTrue(saying.sourceDecision().why().contains("“Ruiz”"), saying.sourceDecision().why());
    }

    @Test
    void participleTakesTheSubjectOfTheMainClause() {
        String t = "Ruiz/PROPN posted/VERB a/DET message/NOUN saying/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(ParticipleClauseSource.NAME, c.sourceDecision().sieve());
    }

    @Test
    void peopleBeforeAParticipleAreItsOwnSubject() {
        String donors = "The/DET fund/NOUN drew/VERB new/ADJ money/NOUN ,/PUNCT and/CCONJ donors/NOUN seeking/VERB favors/NOUN "
                + "lined/VERB up/ADP ./PUNCT";
        assertEquals(SubjectBeforeCueSource.NAME, only(donors).sourceDecision().sieve(), "the donors seek, not the fund");
        String percent = "Polls/NOUN closed/VERB early/ADV ,/PUNCT 62/NUM percent/NOUN of/ADP voters/NOUN saying/VERB that/SCONJ "
                + "crime/NOUN is/AUX up/ADV ./PUNCT";
        assertEquals(SubjectBeforeCueSource.NAME, only(percent).sourceDecision().sieve(), "a number of people");
        String object = "Ruiz/PROPN met/VERB supporters/NOUN saying/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT";
        assertEquals(ParticipleClauseSource.NAME, only(object).sourceDecision().sieve(), "a verb's object: the verb's subject says it");
        String lawsuit = "Ruiz/PROPN filed/VERB ,/PUNCT at/ADP one/NUM point/NOUN alleging/VERB that/SCONJ the/DET plant/NOUN "
                + "was/AUX unsafe/ADJ ./PUNCT";
        assertEquals(ParticipleClauseSource.NAME, only(lawsuit).sourceDecision().sieve(), "'one point' counts no people");
    }

    @Test
    void afterWithAParticiplesPhraseIsItsOwnSubject() {
        String t = "Talks/NOUN stalled/VERB ,/PUNCT with/ADP many/ADJ nations/NOUN feeling/VERB that/SCONJ the/DET threat/NOUN had/AUX passed/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve(), "the nations feel, not the talks");
    }

    @Test
    void accordingToLeadingItsSentence() {
        String t = "According/VERB to/ADP the/DET agency/NOUN ,/PUNCT rates/NOUN will/AUX rise/VERB next/ADJ year/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(PhraseObjectSource.NAME, c.sourceDecision().sieve());
        assertEquals("rates will rise next year", text(t, c));
        String but = "But/CCONJ ,/PUNCT according/VERB to/ADP the/DET poll/NOUN ,/PUNCT most/ADJ voters/NOUN remain/VERB undecided/ADJ ./PUNCT";
        assertEquals("most voters remain undecided", text(but, only(but)), "after an opening conjunction and its comma");
    }

    @Test
    void nameColonHeadline() {
        String t = "Lynch/PROPN :/PUNCT No/DET outside/ADJ influence/NOUN on/ADP probe/NOUN";
        Claim c = only(t);
        assertEquals(HeadlineColonFrame.NAME, c.sourceDecision().sieve());
        assertTrue(claims(TokenTables.document("WATCH/PROPN :/PUNCT Storm/NOUN hits/VERB the/DET coast/NOUN")).isEmpty(),
                "a label is no speaker");
        assertTrue(claims(TokenTables.document("BOOM/PROPN :/PUNCT Storm/NOUN hits/VERB the/DET coast/NOUN")).isEmpty(),
                "nor is a headline's interjection");
        assertTrue(claims(TokenTables.document("BREAKING/VERB NEWS/PROPN :/PUNCT Storm/NOUN hits/VERB the/DET coast/NOUN")).isEmpty(),
                "nor a news flash's label");
        String watch = "Judicial/PROPN Watch/PROPN :/PUNCT State/PROPN hid/VERB the/DET email/NOUN";
        assertEquals(HeadlineColonFrame.NAME, only(watch).sourceDecision().sieve(), "a label's word ends a name");
        assertTrue(claims(TokenTables.document("Editor/PROPN 's/PART Note/PROPN :/PUNCT State/PROPN hid/VERB the/DET email/NOUN")).isEmpty(),
                "after a possessive it ends a label");
        assertTrue(claims(TokenTables.document("Ohio/PROPN :/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT Lee/PROPN Shea/PROPN -/PUNCT Porter/PROPN ,/PUNCT "
                + "Tom/PROPN Cole/PROPN and/CCONJ Al/PROPN Ortiz/PROPN ./PUNCT")).isEmpty(), "a roster of names after the colon");
        String list = "Ruiz/PROPN :/PUNCT Taxes/NOUN rise/VERB ,/PUNCT wages/NOUN fall/VERB ,/PUNCT and/CCONJ Cole/PROPN loses/VERB ./PUNCT";
        assertEquals(HeadlineColonFrame.NAME, only(list).sourceDecision().sieve(), "clauses in a row are words said");
        assertTrue(claims(TokenTables.document("Portion/PROPN Fix/PROPN Containers/PROPN :/PUNCT 1/NUM Green/PROPN ,/PUNCT 1/NUM Red/PROPN ,/PUNCT "
                + "1/NUM tsp/NOUN ./PUNCT")).isEmpty(), "a list of items with no verb");
        assertTrue(claims(TokenTables.document("Serving/PROPN Size/PROPN :/PUNCT 2/NUM cups/NOUN")).isEmpty(), "a value");
        String headline = "Lynch/PROPN :/PUNCT No/DET outside/ADJ influence/NOUN on/ADP probe/NOUN";
        assertEquals(HeadlineColonFrame.NAME, only(headline).sourceDecision().sieve(), "a verbless headline is still words said");
    }

    @Test
    void aLabelBeforeAColonYieldsToTheSentencesOwnSource() {
        String t = "Delegates/PROPN :/PUNCT Ruiz/PROPN is/AUX backed/VERB by/ADP 520/NUM delegates/NOUN ,/PUNCT "
                + "according/VERB to/ADP the/DET Associated/PROPN Press/PROPN ./PUNCT";
        Claim c = only(t);
        assertEquals(PhraseObjectSource.NAME, c.sourceDecision().sieve());
        assertEquals("Ruiz is backed by 520 delegates", text(t, c));
        // a name and colon with no other source in the sentence still frames it
        String alone = "Ruiz/PROPN :/PUNCT Taxes/NOUN will/AUX rise/VERB ./PUNCT";
        assertEquals(HeadlineColonFrame.NAME, only(alone).sourceDecision().sieve());
    }

    @Test
    void aWrapperStandsBesideAReportInARelativeOrOpeningClause() {
        String relative = "The/DET group/NOUN ,/PUNCT which/PRON endorsed/VERB Ruiz/PROPN ,/PUNCT spent/VERB five/NUM million/NUM ,/PUNCT "
                + "according/VERB to/ADP the/DET center/NOUN ./PUNCT";
        List<Claim> both = claims(TokenTables.document(relative));
        assertEquals(2, both.size(), () -> "claims: " + both);
        String opening = "When/SCONJ Lee/PROPN refused/VERB to/PART leave/VERB ,/PUNCT Ruiz/PROPN attacked/VERB her/PRON ,/PUNCT "
                + "according/VERB to/ADP the/DET aides/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(opening)).stream().anyMatch(c -> c.sourceDecision().sieve().equals(PhraseObjectSource.NAME)),
                "the opening clause's cue does not make the wrapper yield");
    }

    @Test
    void aRelativeClauseAfterTheWrappersSourceDescribesIt() {
        String t = "The/DET law/NOUN was/AUX broken/VERB ,/PUNCT according/VERB to/ADP Ana/PROPN Ruiz/PROPN ,/PUNCT who/PRON "
                + "prosecuted/VERB the/DET case/NOUN ./PUNCT";
        assertEquals("The law was broken", text(t, only(t)));
    }

    @Test
    void splitQuoteTakesTheFrameBetween() {
        String t = "“/PUNCT We/PRON are/AUX ready/ADJ ,/PUNCT ”/PUNCT Ruiz/PROPN said/VERB ,/PUNCT "
                + "“/PUNCT the/DET plant/NOUN stays/VERB open/ADJ for/ADP now/ADV ./PUNCT ”/PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals(QuoteBeforeFrame.NAME, c.get(0).spanDecision().sieve());
        assertEquals(ContentAfterFrame.NAME, c.get(1).spanDecision().sieve());
        assertEquals(c.get(0).source(), c.get(1).source(), "both parts point to the same source phrase");
    }

    @Test
    void quoteRightAfterAFrameWithNoContentTakesIt() {
        NewsDocument doc = TokenTables.document("Ruiz/PROPN spoke/VERB at/ADP length/NOUN ,/PUNCT “/PUNCT we/PRON are/AUX ready/ADJ ./PUNCT ”/PUNCT");
        TokenView v = new TokenView(doc, 0, CUES);
        Frame f = new Frame(0, 1, 2, v.span(1, 2), v.span(0, 1), 0, 2, Frame.Direction.BEFORE, -1, false, Decision.NONE, Decision.NONE);
        var anchors = new extract.text.SpanIndex<>(List.of(new Anchor(f, f.cue(), 0)), Anchor::cue);
        QuotationContext ctx = new QuotationContext(doc, List.of(v), anchors);
        Claim c = new QuoteAfterFrame().find(doc.quotations().get(0), ctx);
        assertNotNull(c);
        assertEquals(new ClaimSource.FrameSubject(0), c.source());
        assertNull(new QuoteAfterFrame().find(doc.quotations().get(0), new QuotationContext(doc, List.of(v),
                new extract.text.SpanIndex<>(List.<Anchor>of(), Anchor::cue))));
    }

    @Test
    void aQuotationEndingItsSentenceIsNotTheReportOfTheNextSentencesFrame() {
        // ("“A,” he said, “B.”": splitQuoteTakesTheFrameBetween)
        String stop = "“/PUNCT That/PRON is/AUX the/DET culture/NOUN ./PUNCT ”/PUNCT Lee/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT";
        List<Claim> d = claims(TokenTables.document(stop));
        assertTrue(d.stream().noneMatch(x -> x.spanDecision().sieve().equals(QuoteBeforeFrame.NAME)), () -> "claims: " + d);
    }

    @Test
    void aTranscriptQuotationIsCutIntoTurns() {
        String text = "\"ORTIZ: Will you go?\n\n\"RUIZ: No. Not this year.\n\nShe left.\"";
        List<extract.text.Span> turns = TranscriptTurn.turns(new extract.text.Span(0, text.length()), text);
        assertEquals(2, turns.size(), turns::toString);
        assertTrue(turns.get(1).of(text).startsWith("\"RUIZ:"));
        assertTrue(turns.get(1).of(text).endsWith("She left.\""), "a paragraph with no label stays in the turn");
        assertEquals(1, TranscriptTurn.turns(new extract.text.Span(0, 20), "\"Ortiz said: go on.\"").size(), "no label in capitals");
    }

    @Test
    void signedQuotation() {
        String t = "“/PUNCT The/DET town/NOUN needs/VERB more/ADJ buses/NOUN ./PUNCT ”/PUNCT —/PUNCT Ana/PROPN Ruiz/PROPN";
        Claim c = only(t);
        assertEquals(SignedQuote.NAME, c.spanDecision().sieve());
        assertTrue(c.source() instanceof ClaimSource.Named);
        // the signature may open the next paragraph and say when and where ("as fact-checkers sign a claim")
        String signed = "“/PUNCT The/DET town/NOUN needs/VERB more/ADJ buses/NOUN ./PUNCT ”/PUNCT\n"
                + "—/PUNCT Ana/PROPN Ruiz/PROPN on/ADP Sunday/PROPN in/ADP an/DET interview/NOUN";
        Claim next = only(signed);
        assertEquals(SignedQuote.NAME, next.spanDecision().sieve());
        assertEquals("Ana Ruiz", ((ClaimSource.Named) next.source()).phrase().of(TokenTables.document(signed).text()), next::toString);
        // but a list's line that goes on with a verb is no signature
        List<Claim> list = claims(TokenTables.document("“/PUNCT The/DET town/NOUN needs/VERB more/ADJ buses/NOUN ./PUNCT ”/PUNCT\n"
                + "—/PUNCT Ruiz/PROPN said/VERB the/DET plan/NOUN would/AUX fail/VERB"));
        assertTrue(list.stream().noneMatch(x -> x.spanDecision().sieve().equals(SignedQuote.NAME)), () -> list.toString());
        String nbsp = "“Buses.”\u2015 Pamela Padilla\u00a0\n“Trains.”";
        assertEquals("Pamela Padilla", SignedQuote.signature(new extract.text.Span(0, 8), nbsp).of(nbsp), "a no-break space ends the name");
    }

    @Test
    void standaloneQuotationTakesItsParagraph() {
        String t = "Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT\n"
                + "“/PUNCT It/PRON is/AUX a/DET sad/ADJ day/NOUN for/ADP all/DET of/ADP us/PRON ./PUNCT ”/PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals(StandaloneQuote.NAME, c.get(1).spanDecision().sieve());
        assertTrue(c.get(1).source() instanceof ClaimSource.Paragraph);
    }

    @Test
    void aShortReplyAfterAQuotedSentenceIsStillSpeech() {
        String t = "“/PUNCT I/PRON would/AUX ,/PUNCT ”/PUNCT Ana/PROPN said/VERB ./PUNCT | “/PUNCT I/PRON would/AUX ,/PUNCT Ben/PROPN ./PUNCT ”/PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals(StandaloneQuote.NAME, c.get(1).spanDecision().sieve());
        String plain = "Ana/PROPN said/VERB that/SCONJ the/DET plant/NOUN failed/VERB ./PUNCT | “/PUNCT I/PRON would/AUX ,/PUNCT Ben/PROPN ./PUNCT ”/PUNCT";
        assertEquals(1, claims(TokenTables.document(plain)).size(), "after no quotation, three words are too few");
    }

    @Test
    void aQuotationAfterButGoesOnWithTheFrameBeforeIt() {
        String t = "“/PUNCT I/PRON love/VERB Larry/PROPN ,/PUNCT ”/PUNCT he/PRON said/VERB ,/PUNCT but/CCONJ “/PUNCT Larry/PROPN "
                + "represents/VERB the/DET coal/NOUN industry/NOUN ./PUNCT ”/PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals(QuoteAfterFrame.NAME, c.get(1).spanDecision().sieve());
        assertEquals(c.get(0).cue(), c.get(1).cue(), "one frame for both");
    }

    @Test
    void aQuotationAfterAnotherParagraphsWordsIsNotTheFramesBeforeThem() {
        String t = "“/PUNCT I/PRON was/AUX stunned/ADJ ,/PUNCT ”/PUNCT Reed/PROPN said/VERB ./PUNCT\n"
                + "The/DET verdict/NOUN ,/PUNCT in/ADP short/ADJ :/PUNCT “/PUNCT Nobody/PRON saw/VERB this/PRON coming/VERB ./PUNCT ”/PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertTrue(c.stream().noneMatch(x -> x.spanDecision().sieve().equals(QuoteAfterFrame.NAME)), () -> "claims: " + c);
        String colon = "Lee/PROPN said/VERB :/PUNCT\n“/PUNCT We/PRON will/AUX win/VERB the/DET vote/NOUN ./PUNCT ”/PUNCT";
        assertEquals(QuoteAfterFrame.NAME, only(colon).spanDecision().sieve(), "the frame's colon ends the paragraph before");
    }

    @Test
    void shortScareQuotesAreNoStatement() {
        assertTrue(claims(TokenTables.document("The/DET “/PUNCT reform/NOUN ”/PUNCT failed/VERB ./PUNCT")).isEmpty());
    }

    @Test
    void provenanceReadsBack() {
        Provenance p = new Provenance(Decision.of("speech-verb-cue", "“said”; verb"), Decision.of("subject-before-cue", "x"),
                Decision.NONE, Decision.of("name", "“Ruiz” → Ana Ruiz"));
        var sieves = Provenance.sieves(p.describe());
        assertEquals("speech-verb-cue", sieves.get("cue"));
        assertEquals("subject-before-cue", sieves.get("source"));
        assertNull(sieves.get("span"));
        assertEquals("name", sieves.get("speaker"));
    }

    @Test
    void anyVerbAfterAQuotationFramesIt() {
        String t = "“/PUNCT You/PRON are/AUX late/ADJ ,/PUNCT ”/PUNCT she/PRON blurted/VERB out/ADP ./PUNCT";
        Claim c = only(t);
        assertEquals(VerbAfterQuoteCue.NAME, c.cueDecision().sieve());
        assertEquals(QuoteKind.DIRECT, c.kind());
        String inverted = "“/PUNCT go/VERB home/ADV now/ADV ,/PUNCT all/DET of/ADP you/PRON ,/PUNCT ”/PUNCT barked/VERB Ruiz/PROPN ./PUNCT";
        assertEquals(VerbAfterQuoteCue.NAME, only(inverted).cueDecision().sieve());
        assertTrue(claims(TokenTables.document("“/PUNCT Fine/ADJ ./PUNCT ”/PUNCT She/PRON left/VERB the/DET room/NOUN ./PUNCT")).isEmpty(),
                "a verb with an object after a full stop frames nothing");
    }

    @Test
    void aVerbAfterAQuotationMayHaveAPhraseOfMannerOrTheQuotationGoingOnAfterIt() {
        String manner = "“/PUNCT They/PRON want/VERB free/ADJ stuff/NOUN ,/PUNCT ”/PUNCT Bennett/PROPN shot/VERB back/ADV with/ADP a/DET laugh/VERB ./PUNCT";
        Claim c = only(manner);
        assertEquals(VerbAfterQuoteCue.NAME, c.cueDecision().sieve());
        assertEquals("“ They want free stuff , ”", text(manner, c));
        String goesOn = "“/PUNCT To/ADP date/NOUN ,/PUNCT ”/PUNCT she/PRON continued/VERB ,/PUNCT “/PUNCT there/PRON was/AUX no/DET interest/NOUN ./PUNCT ”/PUNCT";
        List<Claim> both = claims(TokenTables.document(goesOn));
        assertEquals(2, both.size(), "the quotation before the frame and the one after it");
        assertTrue(both.stream().allMatch(x -> x.cueDecision().sieve().equals(VerbAfterQuoteCue.NAME)));
        String title = "In/ADP “/PUNCT Hail/PROPN ,/PUNCT Caesar/PROPN !/PUNCT ,/PUNCT ”/PUNCT Brolin/PROPN gets/VERB into/ADP the/DET spirit/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(title)).isEmpty(), "a title in a phrase is no quotation");
        String message = "“/PUNCT Stay/VERB calm/ADJ ,/PUNCT ”/PUNCT begins/VERB a/DET message/NOUN that/PRON precedes/VERB all/DET rallies/NOUN ./PUNCT";
        assertEquals(VerbAfterQuoteCue.NAME, only(message).cueDecision().sieve(), "an inverted subject with its relative clause");
        String relative = "He/PRON hosts/VERB “/PUNCT New/PROPN Day/PROPN ,/PUNCT ”/PUNCT which/PRON ends/VERB at/ADP nine/NUM ./PUNCT";
        assertTrue(claims(TokenTables.document(relative)).isEmpty(), "a relative word is no speaker");
    }

    @Test
    void aNameInAppositionAfterAnInvertedDescriptionSpeaks() {
        String t = "“/PUNCT It/PRON is/AUX time/NOUN ,/PUNCT ”/PUNCT said/VERB the/DET group/NOUN 's/PART founder/NOUN ,/PUNCT "
                + "Mary/PROPN Smith/PROPN ./PUNCT";
        Claim c = only(t);
        assertEquals(InvertedSubjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().startsWith("“Mary Smith”"), c.sourceDecision().why());
        String role = "“/PUNCT It/PRON is/AUX time/NOUN ,/PUNCT ”/PUNCT exhorted/VERB actress/NOUN Jamie/PROPN Lee/PROPN Curtis/PROPN ./PUNCT";
        Claim r = only(role);
        assertEquals(VerbAfterQuoteCue.NAME, r.cueDecision().sieve());
        assertTrue(r.sourceDecision().why().contains("Jamie Lee Curtis"), r.sourceDecision().why());
        String then = "Then/ADV :/PUNCT “/PUNCT It/PRON is/AUX time/NOUN ,/PUNCT ”/PUNCT said/VERB Mary/PROPN Smith/PROPN ./PUNCT";
        assertEquals(InvertedSubjectSource.NAME, only(then).sourceDecision().sieve(), "an adverb before a colon names no one");
    }

    @Test
    void aWordOfQuantityTaggedAPronounOpensTheInvertedSubject() {
        String t = "“/PUNCT It/PRON failed/VERB ,/PUNCT ”/PUNCT said/VERB one/PRON Democrat/ADJ familiar/NOUN with/ADP the/DET talks/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(InvertedSubjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().startsWith("“one Democrat familiar with the talks”"), c.sourceDecision().why());
    }

    @Test
    void theLastOfNounsAVerbTakesIsNoSubjectBeforeADescription() {
        String t = "After/ADP Lee/PROPN brought/VERB food/NOUN and/CCONJ supplies/NOUN to/ADP Ohio/PROPN ,/PUNCT a/DET local/ADJ newspaper/NOUN "
                + "called/VERB on/ADP Ruiz/PROPN to/PART visit/VERB ./PUNCT";
        Claim c = only(t);
        assertTrue(c.sourceDecision().why().contains("“a local newspaper”"), c.sourceDecision().why());
    }

    @Test
    void aParticiplesClauseBetweenSubjectAndCueIsAnAside() {
        String t = "Ruiz/PROPN ,/PUNCT speaking/VERB to/ADP reporters/NOUN Tuesday/PROPN on/ADP her/PRON plane/NOUN en/VERB route/NOUN to/ADP Tampa/PROPN ,/PUNCT "
                + "said/VERB of/ADP the/DET request/NOUN :/PUNCT “/PUNCT The/DET case/NOUN is/AUX closed/ADJ ./PUNCT ”/PUNCT";
        Claim c = withCue(TokenTables.document(t), "said");
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("“Ruiz”"), c.sourceDecision().why());
    }

    @Test
    void anAdverbedParticipleAComparisonOrAdverbsBetweenSubjectAndCueAreAnAside() {
        String also = "Ana/PROPN Ruiz/PROPN ,/PUNCT also/ADV campaigning/VERB in/ADP Ohio/PROPN ,/PUNCT said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        assertTrue(only(also).sourceDecision().why().contains("“Ana Ruiz”"), () -> only(also).sourceDecision().why());
        String like = "Ana/PROPN Ruiz/PROPN ,/PUNCT like/ADP many/ADJ others/NOUN ,/PUNCT said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        assertTrue(only(like).sourceDecision().why().contains("“Ana Ruiz”"), () -> only(like).sourceDecision().why());
        String adverbs = "Ana/PROPN Ruiz/PROPN ,/PUNCT not/PART surprisingly/ADV ,/PUNCT said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        assertTrue(only(adverbs).sourceDecision().why().contains("“Ana Ruiz”"), () -> only(adverbs).sourceDecision().why());
    }

    @Test
    void aColonEndingTheVerbsClauseBeforeAQuotationFramesIt() {
        String longPhrase = "Zeldin/PROPN gave/VERB the/DET technique/NOUN a/DET whirl/NOUN in/ADP an/DET interview/NOUN with/ADP CNN/PROPN on/ADP "
                + "Tuesday/PROPN :/PUNCT “/PUNCT You/PRON can/AUX argue/VERB it/PRON ./PUNCT ”/PUNCT";
        Claim z = only(longPhrase);
        assertEquals(VerbBeforeColonQuoteCue.NAME, z.cueDecision().sieve());
        assertTrue(z.sourceDecision().why().contains("“Zeldin”"), z.sourceDecision().why());
        String particle = "A/DET footnote/NOUN makes/VERB that/PRON clear/ADJ :/PUNCT “/PUNCT The/DET rules/NOUN do/AUX not/PART apply/VERB ./PUNCT ”/PUNCT";
        assertEquals(SpeechVerbCue.NAME, only(particle).cueDecision().sieve(), "the particle inside the clause before the colon");
        String noParticle = "She/PRON is/AUX sure/ADJ jail/NOUN will/AUX make/VERB his/PRON voice/NOUN louder/ADJ :/PUNCT “/PUNCT They/PRON "
                + "create/VERB a/DET monster/NOUN ./PUNCT ”/PUNCT";
        assertTrue(claims(TokenTables.document(noParticle)).stream().noneMatch(c -> c.cueDecision().why().contains("“make”")),
                "no particle, no cue");
    }

    @Test
    void aTimePlacedSomewhereOpensTheClauseNoSubject() {
        String t = "At/ADP a/DET conference/NOUN that/DET month/NOUN in/ADP Aspen/PROPN ,/PUNCT Colo./PROPN ,/PUNCT the/DET graduate/NOUN "
                + "said/VERB that/SCONJ rigor/NOUN wins/VERB ./PUNCT";
        assertTrue(only(t).sourceDecision().why().contains("“the graduate”"), only(t).sourceDecision().why());
    }

    @Test
    void aNameRightAfterAQuotationSpeaksAcrossADescriptionWithManyCommas() {
        String t = "“/PUNCT Water/NOUN is/AUX hard/ADJ to/PART find/VERB ,/PUNCT ”/PUNCT study/NOUN lead/VERB author/NOUN Lucas/PROPN Paganini/PROPN ,/PUNCT "
                + "a/DET scientist/NOUN at/ADP Goddard/PROPN in/ADP Greenbelt/PROPN ,/PUNCT Maryland/PROPN ,/PUNCT and/CCONJ American/PROPN "
                + "University/PROPN in/ADP Washington/PROPN ,/PUNCT D.C./PROPN ,/PUNCT said/VERB in/ADP a/DET statement/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(NameAfterQuotationSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().startsWith("“study lead author Lucas Paganini”"), c.sourceDecision().why());
        assertEquals(QuoteKind.DIRECT, c.kind());
        String as = "“/PUNCT Water/NOUN is/AUX scarce/ADJ ,/PUNCT ”/PUNCT as/SCONJ Ana/PROPN Ruiz/PROPN ,/PUNCT then/ADV the/DET envoy/NOUN ,/PUNCT "
                + "put/VERB it/PRON ./PUNCT";
        assertTrue(claims(TokenTables.document(as)).stream().noneMatch(x -> x.sourceDecision().sieve().equals(NameAfterQuotationSource.NAME)),
                "“as” opens a clause, no name");
    }

    @Test
    void aReportingVerbsIngFormAfterKeepTakesItsSubject() {
        String t = "Trump/PROPN keeps/VERB saying/VERB the/DET election/NOUN is/AUX rigged/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(AspectInfinitiveSource.NAME, c.sourceDecision().sieve());
        assertEquals("the election is rigged", text(t, c));
    }

    @Test
    void aTimeBeforeAConjunctionIsNoSubjectOfTheClauseAfterIt() {
        String t = "A/DET few/ADJ weeks/NOUN after/ADP Obama/PROPN announced/VERB the/DET deal/NOUN ,/PUNCT Lee/PROPN said/VERB it/PRON was/AUX dead/ADJ ./PUNCT";
        Claim c = withCue(TokenTables.document(t), "announced");
        assertTrue(c.sourceDecision().why().contains("“Obama”"), c.sourceDecision().why());
    }

    @Test
    void adverbAsideBetweenSubjectAndCue() {
        String t = "Ortiz/PROPN ,/PUNCT however/ADV ,/PUNCT said/VERB that/SCONJ the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("Ortiz"), c.sourceDecision().why());
    }

    @Test
    void quotationAnnouncedByAColon() {
        String t = "Ruiz/PROPN continued/VERB :/PUNCT\n“/PUNCT The/DET plant/NOUN will/AUX stay/VERB open/ADJ for/ADP years/NOUN ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(IntroducedQuote.NAME, c.spanDecision().sieve());
        assertTrue(c.source() instanceof ClaimSource.Named);
    }

    @Test
    void aQuotationAfterAColonAndAPhraseNamingWhatCarriedItsWordsIsTheirs() {
        String post = "Aides/NOUN say/VERB Ruiz/PROPN will/AUX run/VERB ./PUNCT\nFrom/ADP Ruiz/PROPN 's/PART Facebook/PROPN post/NOUN :/PUNCT "
                + "“/PUNCT We/PRON must/AUX unite/VERB ./PUNCT ”/PUNCT";
        NewsDocument doc = TokenTables.document(post);
        Claim c = claims(doc).get(1);
        assertEquals(VehicleColonQuote.NAME, c.spanDecision().sieve(), () -> "not the frame of the paragraph before: " + c);
        assertEquals("Ruiz 's Facebook post", ((ClaimSource.Named) c.source()).phrase().of(doc.text()));
        String excerpt = "An/DET excerpt/NOUN from/ADP her/PRON letter/NOUN :/PUNCT “/PUNCT We/PRON must/AUX unite/VERB ./PUNCT ”/PUNCT";
        assertEquals("her letter", ((ClaimSource.Named) only(excerpt).source()).phrase().of(TokenTables.document(excerpt).text()));
        // a label, or a sentence with a verb of its own, is no such phrase
        assertTrue(claims(TokenTables.document("Statement/NOUN :/PUNCT “/PUNCT We/PRON must/AUX unite/VERB ./PUNCT ”/PUNCT")).stream()
                .noneMatch(x -> x.spanDecision().sieve().equals(VehicleColonQuote.NAME)));
        assertTrue(claims(TokenTables.document("Ruiz/PROPN read/VERB the/DET post/NOUN :/PUNCT “/PUNCT We/PRON must/AUX unite/VERB ./PUNCT ”/PUNCT"))
                .stream().noneMatch(x -> x.spanDecision().sieve().equals(VehicleColonQuote.NAME)));
    }

    @Test
    void aQuotationAfterASentenceEndingInItsSpeakerAndVerbGoesOnWithThem() {
        String t = "Ana/PROPN Ruiz/PROPN agreed/VERB ./PUNCT | “/PUNCT The/DET plant/NOUN will/AUX stay/VERB open/ADJ for/ADP years/NOUN ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(VerbBeforeQuote.NAME, c.spanDecision().sieve());
        assertEquals("agreed", c.cue().of(TokenTables.document(t).text()));
        String titled = "Or/CCONJ maybe/ADV Ed/PROPN Poe/PROPN ,/PUNCT digital/ADJ consultant/NOUN Ana/PROPN Ruiz/PROPN says/VERB ./PUNCT | "
                + "“/PUNCT The/DET plant/NOUN will/AUX stay/VERB open/ADJ for/ADP years/NOUN ./PUNCT ”/PUNCT";
        Claim quote = claims(TokenTables.document(titled)).stream().filter(x -> x.spanDecision().sieve().equals(VerbBeforeQuote.NAME))
                .findFirst().orElseThrow();
        assertTrue(quote.source() instanceof ClaimSource.FrameSubject, "the verb's own frame gives the subject");
        String other = "Ana/PROPN Ruiz/PROPN left/VERB early/ADV ./PUNCT | “/PUNCT The/DET plant/NOUN will/AUX stay/VERB open/ADJ for/ADP years/NOUN ./PUNCT ”/PUNCT";
        assertEquals(StandaloneQuote.NAME, only(other).spanDecision().sieve(), "no verb of speaking: whoever speaks in the paragraph");
    }

    @Test
    void labelLinesAreNoStatements() {
        String t = "READ/PROPN MORE/PROPN :/PUNCT Ruiz/PROPN says/VERB the/DET plant/NOUN will/AUX close/VERB";
        assertTrue(claims(TokenTables.document(t)).isEmpty());
        String real = "Ruiz/PROPN :/PUNCT the/DET plant/NOUN will/AUX close/VERB";
        assertEquals(1, claims(TokenTables.document(real)).size());
        String disclaimer = "Disclaimer/NOUN :/PUNCT The/DET views/NOUN expressed/VERB are/AUX the/DET experts/NOUN '/PART own/ADJ";
        assertTrue(claims(TokenTables.document(disclaimer)).isEmpty(), "a page's disclaimer");
    }

    @Test
    void aFrameRightAfterAVerbIsItsObjectNoReportsEnd() {
        String t = "From/ADP 2010/NUM there/PRON were/AUX 3,248/NUM cases/NOUN reported/VERB worldwide/ADV ,/PUNCT "
                + "including/VERB 584/NUM deaths/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(t)).isEmpty(), () -> claims(TokenTables.document(t)).toString());
        String poll = "Lee/PROPN leads/VERB in/ADP Ohio/PROPN ./PUNCT | That/PRON 's/AUX according/VERB to/ADP a/DET new/ADJ poll/NOUN ./PUNCT";
        assertEquals(1, claims(TokenTables.document(poll)).size(), "a copula before a source phrase");
    }

    @Test
    void aReportInARelativeClauseOnTheSubjectEndsAtTheSubjectsVerb() {
        String t = "Voters/NOUN who/PRON believe/VERB the/DET economy/NOUN is/AUX improving/VERB are/AUX more/ADV likely/ADJ to/PART "
                + "back/VERB Lee/PROPN ./PUNCT";
        assertEquals("the economy is improving", text(t, only(t)));
        String sub = "Lawmakers/NOUN who/PRON said/VERB Lee/PROPN lied/VERB while/SCONJ she/PRON was/AUX governor/NOUN were/AUX "
                + "angry/ADJ ./PUNCT";
        assertEquals("Lee lied while she was governor", text(sub, only(sub)), "past the verbs of a clause inside it");
        String object = "Aides/NOUN who/PRON urged/VERB him/PRON to/PART help/VERB spread/VERB the/DET word/NOUN left/VERB ./PUNCT";
        assertEquals("him to help spread the word left", text(object, only(object)), "an object and infinitive are no clause with its verb");
    }

    @Test
    void theWritersOwnArticleIsNoSource() {
        DocumentPhraseCue sieve = new DocumentPhraseCue(new FrameGrammar(CUES));
        assertNull(sieve.find(view("In/ADP this/DET article/NOUN ,/PUNCT I/PRON share/VERB my/PRON approach/NOUN ./PUNCT"), 0));
        assertNull(sieve.find(view("In/ADP the/DET next/ADJ article/NOUN ,/PUNCT I/PRON share/VERB my/PRON tips/NOUN ./PUNCT"), 0));
        assertNotNull(sieve.find(view("In/ADP an/DET article/NOUN ,/PUNCT the/DET rates/NOUN rose/VERB ./PUNCT"), 0), "someone else's");
    }

    @Test
    void aStateAfterItsTownIsNoSubject() {
        Claim resident = only("Ana/PROPN Ruiz/PROPN ,/PUNCT 67/NUM ,/PUNCT a/DET retiree/NOUN in/ADP Allentown/PROPN ,/PUNCT Pa./PROPN ,/PUNCT"
                + " said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(resident.sourceDecision().why().contains("“Ana Ruiz”"), resident.sourceDecision().why());
        Claim officials = only("Since/SCONJ 1990/NUM in/ADP Douglas/PROPN ,/PUNCT Ariz./PROPN ,/PUNCT border/NOUN officials/NOUN"
                + " said/VERB tunnels/NOUN were/AUX found/VERB ./PUNCT");
        assertTrue(officials.sourceDecision().why().contains("“border officials”"), officials.sourceDecision().why());
        Claim candidate = only("At/ADP a/DET stop/NOUN in/ADP Onawa/PROPN ,/PUNCT Iowa/PROPN ,/PUNCT the/DET candidate/NOUN"
                + " said/VERB taxes/NOUN would/AUX fall/VERB ./PUNCT");
        assertTrue(candidate.sourceDecision().why().contains("“the candidate”"), candidate.sourceDecision().why());
        Claim named = only("The/DET leader/NOUN of/ADP the/DET League/PROPN ,/PUNCT Jon/PROPN Green/PROPN ,/PUNCT"
                + " said/VERB taxes/NOUN would/AUX fall/VERB ./PUNCT");
        assertTrue(named.sourceDecision().why().contains("“Jon Green”"), "a name in apposition still speaks: " + named.sourceDecision().why());
    }

    @Test
    void aRelativeClauseInsideTheSubjectEndsBeforeTheSentencesVerb() {
        String t = "Ana/PROPN Ruiz/PROPN ,/PUNCT an/DET adviser/NOUN who/PRON supported/VERB an/DET aggressive/VERB policy/NOUN ,/PUNCT"
                + " said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        Claim said = c.stream().filter(x -> x.sourceDecision().why().contains("“Ana Ruiz”")).findFirst().orElseThrow(() -> new AssertionError(c.toString()));
        assertEquals("taxes would rise", text(t, said));
        assertTrue(c.stream().noneMatch(x -> text(t, x).contains("said")), "the clause of \"supported\" stops at its comma: " + c);
    }

    @Test
    void anAppositiveMayOpenWithAnAdverbTaggedTitle() {
        Claim c = only("Ana/PROPN Ruiz/PROPN ,/PUNCT vice/ADV chairwoman/NOUN of/ADP the/DET party/NOUN ,/PUNCT said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(c.sourceDecision().why().contains("“Ana Ruiz”"), c.sourceDecision().why());
    }

    @Test
    void aTimeAfterAPartyLabelStandsBetweenSubjectAndCue() {
        Claim c = only("Sen./PROPN Ana/PROPN Ruiz/PROPN (/PUNCT D-Calif/PROPN ./PUNCT )/PUNCT last/ADJ week/NOUN said/VERB"
                + " taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(c.sourceDecision().why().contains("Ana Ruiz"), c.sourceDecision().why());
    }

    @Test
    void anOpeningSentenceAdverbIsNoName() {
        Claim similarly = only("Similarly/ADV ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT a/DET former/ADJ mayor/NOUN ,/PUNCT said/VERB"
                + " taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(similarly.sourceDecision().why().contains("“Ana Ruiz”"), similarly.sourceDecision().why());
        Claim instead = only("Instead/ADV ,/PUNCT the/DET senator/NOUN said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(instead.sourceDecision().why().contains("“the senator”"), instead.sourceDecision().why());
    }

    @Test
    void aQuestionAfterIfKeepsItsPronounSubject() {
        String t = "A/DET reporter/NOUN asked/VERB if/SCONJ that/PRON remains/VERB his/PRON view/NOUN ./PUNCT";
        assertEquals("if that remains his view", text(t, only(t)));
    }

    @Test
    void aReportingVerbInAHyphenatedWordIsNoCue() {
        String t = "The/DET self/NOUN ~-/PUNCT ~described/VERB socialist/NOUN said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals("taxes would rise", text(t, c));
        assertTrue(c.sourceDecision().why().contains("“The self-described socialist”"), c.sourceDecision().why());
        Claim apposed = only("Ruiz/PROPN ,/PUNCT a/DET self/NOUN ~-/PUNCT ~described/VERB socialist/NOUN ,/PUNCT said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(apposed.sourceDecision().why().contains("“Ruiz”"), apposed.sourceDecision().why());
    }

    @Test
    void aPartyLabelIsNoSubject() {
        Claim c = only("Voters/NOUN back/VERB Sen./PROPN Ana/PROPN Ruiz/PROPN ,/PUNCT I-Vt./PROPN ,/PUNCT a/DET new/ADJ poll/NOUN shows/VERB ./PUNCT");
        assertTrue(c.sourceDecision().why().contains("“a new poll”"), c.sourceDecision().why());
    }

    @Test
    void aBaseFormAfterASingularNounIsACompoundNoCue() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("Ruiz/PROPN won/VERB in/ADP her/PRON home/NOUN state/NOUN ,/PUNCT and/CCONJ left/VERB ./PUNCT"), 5));
        assertNotNull(sieve.find(view("Experts/NOUN note/NOUN ,/PUNCT however/ADV ,/PUNCT that/SCONJ rates/NOUN rose/VERB ./PUNCT"), 1),
                "after a plural subject the base form is the verb");
        assertNotNull(sieve.find(view("The/DET suit/NOUN claims/NOUN that/SCONJ Ruiz/PROPN lied/VERB ./PUNCT"), 2));
    }

    @Test
    void aQuantifierOpensTheSubjectOfAContactClause() {
        Claim c = only("Ruiz/PROPN is/AUX the/DET kind/NOUN of/ADP jurist/PROPN many/ADJ Republicans/PROPN fear/VERB Ortiz/PROPN would/AUX choose/VERB ./PUNCT");
        assertTrue(c.sourceDecision().why().contains("“many Republicans”"), c.sourceDecision().why());
    }

    @Test
    void aRelativeWordBeforeAPrepositionalPhraseIsTheSubject() {
        String t = "Ruiz/PROPN ,/PUNCT who/PRON in/ADP the/DET past/NOUN said/VERB taxes/NOUN would/AUX rise/VERB ,/PUNCT left/VERB ./PUNCT";
        Claim c = claims(TokenTables.document(t)).stream().filter(x -> text(t, x).equals("taxes would rise")).findFirst()
                .orElseThrow(() -> new AssertionError(claims(TokenTables.document(t)).toString()));
        assertTrue(c.sourceDecision().why().contains("“who”"), c.sourceDecision().why());
    }

    @Test
    void aListOfNamesIsOneSubjectAndItsExamplesNone() {
        Claim list = only("Ana/PROPN Ruiz/PROPN (/PUNCT D-Ore./PROPN )/PUNCT ,/PUNCT Ben/PROPN Cole/PROPN and/CCONJ Eva/PROPN Poe/PROPN said/VERB"
                + " taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertTrue(list.sourceDecision().why().contains("“Ana Ruiz ( D-Ore. ) , Ben Cole and Eva Poe”"), list.sourceDecision().why());
        Claim group = only("Several/ADJ senators/NOUN ,/PUNCT including/VERB Ana/PROPN Ruiz/PROPN ,/PUNCT Ben/PROPN Cole/PROPN and/CCONJ"
                + " Eva/PROPN Poe/PROPN ,/PUNCT denounced/VERB the/DET remarks/NOUN ./PUNCT");
        assertTrue(group.sourceDecision().why().contains("“Several senators”"), group.sourceDecision().why());
        String places = "Police/NOUN stopped/VERB the/DET car/NOUN near/ADV 17th/ADJ Street/PROPN and/CCONJ Oak/PROPN Avenue/PROPN ,/PUNCT Harris/PROPN said/VERB ./PUNCT";
        Claim harris = only(places);
        assertEquals("subject “Harris” of “said”", harris.sourceDecision().why(), "a comma before the \"and\" makes no list");
        assertEquals("Police stopped the car near 17th Street and Oak Avenue", text(places, harris));
        Claim day = only("Also/ADV Monday/PROPN ,/PUNCT Ben/PROPN Cole/PROPN and/CCONJ Eva/PROPN Poe/PROPN said/VERB taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertEquals("subject “Ben Cole and Eva Poe” of “said”", day.sourceDecision().why(), "the day opens the clause, no name of the list");
    }

    @Test
    void aWordOfANameTaggedPropnIsNoCue() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("Voters/NOUN in/ADP the/DET Sunshine/PROPN State/PROPN ,/PUNCT polls/NOUN show/VERB ,/PUNCT back/VERB Ruiz/PROPN ./PUNCT"), 4));
        assertNotNull(sieve.find(view("Ruiz/PROPN Says/PROPN :/PUNCT Taxes/NOUN Will/AUX Fall/VERB"), 1), "\"Says\" is never a name's word");
    }

    @Test
    void aTimeBetweenSubjectAndCue() {
        String t = "The/DET ministry/NOUN on/ADP Friday/PROPN said/VERB that/SCONJ talks/NOUN would/AUX resume/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("“The ministry”"), c.sourceDecision().why());
        Claim y = only("The/DET agency/NOUN yesterday/NOUN confirmed/VERB that/SCONJ talks/NOUN would/AUX resume/VERB ./PUNCT");
        assertTrue(y.sourceDecision().why().contains("“The agency”"), y.sourceDecision().why());
        Claim w = only("Voters/NOUN like/VERB Ortiz/PROPN ,/PUNCT who/PRON in/ADP 2010/NUM said/VERB that/SCONJ taxes/NOUN would/AUX fall/VERB ./PUNCT");
        assertTrue(w.sourceDecision().why().contains("“who”"), w.sourceDecision().why());
        Claim night = only("Ana/PROPN Ruiz/PROPN Sunday/PROPN night/NOUN recounted/VERB that/SCONJ talks/NOUN had/AUX failed/VERB ./PUNCT");
        assertTrue(night.sourceDecision().why().contains("“Ana Ruiz”"), night.sourceDecision().why());
    }

    @Test
    void aPhraseOfMediumOrOccasionBetweenSubjectAndCue() {
        Claim c = only("The/DET company/NOUN in/ADP a/DET statement/NOUN said/VERB that/SCONJ the/DET plant/NOUN would/AUX close/VERB ./PUNCT");
        assertTrue(c.sourceDecision().why().contains("“The company”"), c.sourceDecision().why());
        Claim t = only("The/DET report/NOUN on/ADP Wednesday/PROPN for/ADP the/DET first/ADJ time/NOUN cited/VERB a/DET memo/NOUN by/ADP the/DET inspector/NOUN ./PUNCT");
        assertTrue(t.sourceDecision().why().contains("“The report”"), t.sourceDecision().why());
        Claim o = only("The/DET group/NOUN at/ADP a/DET news/NOUN conference/NOUN on/ADP Monday/PROPN said/VERB that/SCONJ the/DET vote/NOUN was/AUX rigged/VERB ./PUNCT");
        assertTrue(o.sourceDecision().why().contains("“The group”"), o.sourceDecision().why());
        // with "the" the phrase is the subject's own
        Claim own = only("A/DET narrator/NOUN in/ADP the/DET ad/NOUN says/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT");
        assertTrue(own.sourceDecision().why().contains("“A narrator in the ad”"), own.sourceDecision().why());
    }

    @Test
    void aDirectQuoteEndsAtItsClosingMark() {
        String t = "Ruiz/PROPN said/VERB :/PUNCT “/PUNCT We/PRON are/AUX ready/ADJ ,/PUNCT ”/PUNCT then/ADV left/VERB the/DET room/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(QuoteKind.DIRECT, c.kind());
        assertTrue(text(t, c).endsWith("”"), text(t, c));
        String when = "Ruiz/PROPN said/VERB :/PUNCT “/PUNCT We/PRON are/AUX ready/ADJ ,/PUNCT ”/PUNCT when/SCONJ Lee/PROPN asked/VERB ./PUNCT";
        Claim w = claims(TokenTables.document(when)).get(0);
        assertEquals(QuoteKind.DIRECT, w.kind(), () -> text(when, w));
        String mixed = "Ruiz/PROPN said/VERB the/DET plan/NOUN was/AUX “/PUNCT ready/ADJ ”/PUNCT and/CCONJ it/PRON would/AUX work/VERB ./PUNCT";
        assertEquals(QuoteKind.MIXED, only(mixed).kind(), "a quotation inside a clause keeps the clause");
        String at = "Ruiz/PROPN yelled/VERB “/PUNCT You/PRON lie/VERB !/PUNCT ”/PUNCT at/ADP the/DET senator/NOUN ./PUNCT";
        assertEquals("“ You lie ! ”", text(at, only(at)), "a preposition's phrase after it is the writer's");
    }

    @Test
    void aFrameInsideAnotherFramesReportReportsNothingBeforeIt() {
        String t = "Ana/PROPN Ruiz/PROPN said/VERB he/PRON would/AUX object/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals("he would object", text(t, c), "not “Ana Ruiz said”, reported by “object”");
        String according = "Ruiz/PROPN said/VERB he/PRON “/PUNCT hopes/VERB for/ADP peace/NOUN ”/PUNCT according/VERB to/ADP Xinhua/PROPN "
                + ",/PUNCT using/VERB its/PRON initials/NOUN ./PUNCT";
        Claim saidFirst = claims(TokenTables.document(according)).stream().filter(x -> x.cueDecision().why().contains("said")).findFirst().orElseThrow();
        assertEquals("he “ hopes for peace ”", text(according, saidFirst), "“according to” still closes the report");
    }

    @Test
    void soStandsForTheReportedClauseAndEndsBeforeAPhraseOfTime() {
        String said = "Half/NOUN said/VERB so/ADV in/ADP December/PROPN ./PUNCT";
        assertEquals("so", text(said, only(said)));
        String say = "Neither/DET side/NOUN would/AUX say/VERB so/ADV ./PUNCT";
        assertEquals("so", text(say, only(say)), "not an adverb of manner");
        String thinks = "Ana/PROPN Ruiz/PROPN thinks/VERB so/ADV ,/PUNCT too/ADV ./PUNCT";
        assertEquals("so", text(thinks, only(thinks)), "a verb of belief takes it too");
        String opening = "Otherwise/ADV ,/PUNCT prices/NOUN will/AUX rise/VERB ,/PUNCT Ruiz/PROPN said/VERB ./PUNCT";
        assertEquals("Otherwise , prices will rise", text(opening, only(opening)), "not an opening adverb before the cue");
    }

    @Test
    void aPluralsApostropheStaysInsideAPhraseOfCircumstance() {
        String t = "Lena/PROPN Park/PROPN said/VERB on/ADP the/DET rebels/NOUN '/PUNCT television/NOUN channel/NOUN the/DET "
                + "drones/NOUN were/AUX used/VERB ./PUNCT";
        assertEquals("the drones were used", text(t, only(t)));
    }

    @Test
    void aVerbThatTakesNoClauseReportsNoMainClauseAfterItsPhrases() {
        assertTrue(claims(TokenTables.document("Students/NOUN who/PRON spoke/VERB at/ADP the/DET meeting/NOUN were/AUX mostly/ADV "
                + "opposed/ADJ ./PUNCT")).isEmpty());
        String said = "Students/NOUN who/PRON spoke/VERB at/ADP the/DET meeting/NOUN said/VERB they/PRON were/AUX opposed/ADJ ./PUNCT";
        assertEquals("they were opposed", text(said, only(said)), "a reporting verb that takes a clause still reports it");
    }

    @Test
    void aTimeThatAVerbOfNamingNamesIsItsObject() {
        String t = "Lena/PROPN Park/PROPN called/VERB the/DET day/NOUN “/PUNCT painful/ADJ for/ADP everyone/PRON ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve());
        assertEquals("the day “ painful for everyone . ”", text(t, c));
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNull(sieve.find(view("Lena/PROPN called/VERB the/DET day/NOUN before/ADP ./PUNCT"), 1), "no quoted name, no report");
    }

    @Test
    void namingVerbCueNeedsAQuotedNameAfterItsObject() {
        String t = "Lena/PROPN Park/PROPN called/VERB the/DET plan/NOUN “/PUNCT a/DET slow/ADJ disaster/NOUN ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve());
        assertEquals("the plan “ a slow disaster . ”", text(t, c));
        assertEquals(QuoteKind.MIXED, c.kind());
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNull(sieve.find(view("Lena/PROPN called/VERB for/ADP “/PUNCT a/DET pause/NOUN ”/PUNCT ./PUNCT"), 1), "'called for' names nothing");
        assertNull(sieve.find(view("Lena/PROPN called/VERB her/PRON brother/NOUN ./PUNCT"), 1), "no quotation, no cue");
        assertNotNull(sieve.find(view("Lena/PROPN calls/VERB it/PRON the/DET “/PUNCT big/ADJ one/NOUN ./PUNCT ”/PUNCT"), 1),
                "\"the\" before the quoted name");
        assertNull(sieve.find(view("Lena/PROPN called/VERB the/DET police/NOUN the/DET next/ADJ day/NOUN ./PUNCT"), 1),
                "\"the\" before no quotation opens a phrase of time");
        assertNotNull(sieve.find(view("Lena/PROPN called/VERB Ruiz/PROPN ,/PUNCT her/PRON rival/NOUN ,/PUNCT a/DET “/PUNCT fraud/NOUN ”/PUNCT ./PUNCT"), 1),
                "the object's appositive stands before the name");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB that/PRON vision/NOUN “/PUNCT a/DET necessary/ADJ one/NOUN ”/PUNCT ./PUNCT"), 1),
                "a demonstrative the tagger made a pronoun before its noun");
    }

    @Test
    void namingVerbContentEndsWithTheNameBeforeTheWritersWords() {
        String tweet = "Park/PROPN called/VERB the/DET plan/NOUN “/PUNCT a/DET disaster/NOUN ”/PUNCT in/ADP a/DET tweet/NOUN Sunday/PROPN ./PUNCT";
        assertEquals("the plan “ a disaster ”", text(tweet, only(tweet)), "the phrase of the vehicle is the writer's");
        String more = "Park/PROPN called/VERB the/DET plan/NOUN “/PUNCT weak/ADJ ”/PUNCT and/CCONJ left/VERB the/DET room/NOUN ./PUNCT";
        assertEquals("the plan “ weak ”", text(more, withCue(TokenTables.document(more), "called")), "a second verb of the subject");
        String two = "Park/PROPN called/VERB it/PRON “/PUNCT weak/ADJ ”/PUNCT and/CCONJ “/PUNCT unfair/ADJ ”/PUNCT on/ADP Monday/PROPN ./PUNCT";
        assertEquals("it “ weak ” and “ unfair ”", text(two, only(two)), "a second name goes on, the day does not");
        String efforts = "Park/PROPN called/VERB the/DET deal/NOUN “/PUNCT a/DET step/NOUN ”/PUNCT in/ADP global/ADJ efforts/NOUN ./PUNCT";
        assertEquals("the deal “ a step ” in global efforts", text(efforts, only(efforts)), "a phrase that goes on with the name stays");
        String who = "Park/PROPN called/VERB them/PRON “/PUNCT fools/NOUN ”/PUNCT who/PRON want/VERB war/NOUN ./PUNCT";
        assertEquals("them “ fools ” who want war", text(who, only(who)), "a clause about the name stays");
        String during = "Park/PROPN called/VERB the/DET plan/NOUN “/PUNCT a/DET disaster/NOUN ”/PUNCT during/ADP a/DET campaign/NOUN stop/NOUN ./PUNCT";
        assertEquals("the plan “ a disaster ”", text(during, only(during)), "\"during\" opens a phrase of time, whatever its noun");
    }

    @Test
    void namingVerbCueReadsLongerObjectsAndNamesBeforeTheQuotation() {
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("what/PRON Kim/PROPN Lee/PROPN called/VERB “/PUNCT a/DET new/ADJ era/NOUN ”/PUNCT"), 3),
                "a quotation right after the verb, its object 'what' before");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB both/CCONJ Ruiz/PROPN and/CCONJ Lee/PROPN “/PUNCT crazy/ADJ ”/PUNCT"), 1), "'both' opens it");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB what/PRON she/PRON saw/VERB “/PUNCT terrible/ADJ ”/PUNCT"), 1),
                "a free relative clause");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB it/PRON their/PRON “/PUNCT crystal/ADJ ball/NOUN ”/PUNCT"), 1),
                "a possessive before the name");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB Ruiz/PROPN an/DET ISIS/PROPN “/PUNCT founder/NOUN ”/PUNCT"), 1),
                "a name's word between the article and the name");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB Ford/PROPN 's/PART plans/NOUN to/PART open/VERB a/DET $/SYM 2/NUM "
                + "billion/NUM plant/NOUN “/PUNCT a/DET disgrace/NOUN ”/PUNCT"), 1), "an infinitive and an amount in the object");
        assertNull(sieve.find(view("Park/PROPN called/VERB Ruiz/PROPN to/PART say/VERB “/PUNCT hello/INTJ ”/PUNCT"), 1),
                "an infinitive after a name is no description of it");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB Ruiz/PROPN 's/PART proposed/VERB tax/NOUN credit/NOUN “/PUNCT a/DET "
                + "handout/NOUN ”/PUNCT"), 1), "a participle before its noun");
    }

    @Test
    void aNameShownSpeakingIsTheSubjectOfTheParticiple() {
        SourcePhrases phrases = new SourcePhrases(CUES);
        TokenView footage = view("The/DET spot/NOUN concludes/NOUN with/ADP footage/NOUN of/ADP Ana/PROPN Ruiz/PROPN saying/VERB ,/PUNCT "
                + "“/PUNCT We/PRON win/VERB ./PUNCT ”/PUNCT");
        assertEquals(new SubjectPhrase(6, 8, 6), phrases.shownSpeaker(footage, 8));
        TokenView shows = view("The/DET video/NOUN shows/VERB Ana/PROPN Ruiz/PROPN saying/VERB she/PRON won/VERB ./PUNCT");
        assertEquals(new SubjectPhrase(3, 5, 3), phrases.shownSpeaker(shows, 5));
        TokenView supporters = view("Supporters/NOUN of/ADP Ana/PROPN Ruiz/PROPN chanting/VERB “/PUNCT Win/VERB ”/PUNCT filled/VERB the/DET hall/NOUN ./PUNCT");
        assertNull(phrases.shownSpeaker(supporters, 4), "supporters of Ruiz, not Ruiz, are chanting");
    }

    @Test
    void asSomeonePutItIsACueAndItsParticleNoPartOfTheQuote() {
        String t = "As/ADP Lena/PROPN Park/PROPN put/VERB it/PRON ,/PUNCT “/PUNCT Taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(QuoteKind.DIRECT, c.kind());
        assertEquals("“ Taxes are too high . ”", text(t, c));
        assertTrue(claims(TokenTables.document("She/PRON put/VERB it/PRON in/ADP her/PRON bag/NOUN before/ADP the/DET vote/NOUN ./PUNCT")).isEmpty(),
                "putting a thing somewhere says nothing");
    }

    @Test
    void namingVerbCueMayNameThroughAs() {
        String t = "Lena/PROPN Park/PROPN characterized/VERB the/DET deal/NOUN as/ADP “/PUNCT a/DET giveaway/NOUN ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve());
        assertEquals(QuoteKind.MIXED, c.kind());
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Park/PROPN characterized/VERB the/DET deal/NOUN as/ADP unfair/ADJ ./PUNCT"), 1),
                "an adjective after \"as\" names it too");
        assertNull(sieve.find(view("Park/PROPN described/VERB the/DET deal/NOUN as/ADP it/PRON happened/VERB ./PUNCT"), 1),
                "no name after \"as\", no cue");
    }

    @Test
    void aListedDeedOpeningWithItsVerbHasNoSubject() {
        String t = "Keeps/VERB saying/VERB she/PRON opposed/VERB the/DET war/NOUN ,/PUNCT when/ADV clips/NOUN show/VERB otherwise/ADV ./PUNCT";
        List<Claim> all = claims(TokenTables.document(t));
        assertTrue(all.stream().noneMatch(c -> c.sourceDecision().why().contains("“Keeps”")), all::toString);
        String friends = "Friends/VERB say/VERB the/DET plan/NOUN will/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Friends” of “say”", only(friends).sourceDecision().why(), "a plural the tagger made a verb still speaks");
    }

    @Test
    void aLongerPhraseOfTimeAfterTheCueStillLeavesTheQuotationBeforeIt() {
        String t = "“/PUNCT He/PRON should/AUX resign/VERB !/PUNCT ”/PUNCT the/DET party/NOUN chairman/NOUN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT "
                + "tweeted/VERB Sunday/PROPN after/ADP a/DET lone-wolf/ADJ attack/NOUN on/ADP an/DET Orlando/PROPN nightclub/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals("“ He should resign ! ”", text(t, c));
        assertEquals(QuoteKind.DIRECT, c.kind());
    }

    @Test
    void aRelativeClauseNamesItsObjectAndItsSubjectSpeaks() {
        String who = "Ruiz/PROPN attacked/VERB Cole/PROPN ,/PUNCT who/PRON Park/PROPN on/ADP Monday/PROPN called/VERB “/PUNCT a/DET menace/NOUN ./PUNCT ”/PUNCT";
        List<Claim> both = claims(TokenTables.document(who));
        assertEquals(2, both.size(), "the attack and the name");
        Claim c = both.get(1);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve(), "\"who\" after a comma opens the clause too");
        assertEquals("“ a menace . ”", text(who, c));
        String what = "They/PRON fought/VERB hard/ADV ,/PUNCT in/ADP what/PRON Ana/PROPN Park/PROPN ,/PUNCT a/DET treasurer/NOUN for/ADP the/DET party/NOUN ,/PUNCT "
                + "called/VERB “/PUNCT hand/NOUN combat/NOUN ./PUNCT ”/PUNCT";
        Claim w = only(what);
        assertEquals("subject “Ana Park” of “called”", w.sourceDecision().why(), "the name after \"what\", not the words before it");
        String hate = "Roof/PROPN fired/VERB in/ADP what/PRON officials/NOUN called/VERB a/DET hate/NOUN crime/NOUN ./PUNCT";
        Claim h = only(hate);
        assertEquals("“called” with a description for the object before it", h.cueDecision().why());
        assertEquals("a hate crime", text(hate, h));
        assertTrue(claims(TokenTables.document("The/DET bill/NOUN ,/PUNCT which/PRON Ruiz/PROPN called/VERB a/DET meeting/NOUN about/ADP ,/PUNCT passed/VERB ./PUNCT")).isEmpty(),
                "after \"which\" only a quoted name is one");
    }

    @Test
    void aPronounAndTheAdjectiveItWasCalledAreAReport() {
        String t = "Ruiz/PROPN called/VERB him/PRON divisive/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve());
        assertEquals("him divisive", text(t, c));
        assertTrue(claims(TokenTables.document("Ruiz/PROPN said/VERB it/PRON twice/ADV ./PUNCT")).isEmpty(), "two words of no name");
    }

    @Test
    void namingVerbCueMayNameBeforeItsObject() {
        String t = "Lena/PROPN Park/PROPN is/AUX describing/VERB as/ADP “/PUNCT unhinged/ADJ ”/PUNCT a/DET Ben/PROPN Cole/PROPN tweet/VERB "
                + "attacking/VERB a/DET former/ADJ mayor/NOUN ./PUNCT";
        List<Claim> all = claims(TokenTables.document(t));
        Claim c = all.get(0);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve(), all::toString);
        assertEquals("as “ unhinged ”", text(t, c));
        assertEquals("subject “Lena Park” of “describing”", c.sourceDecision().why(), "the namer speaks, not the tweet");
    }

    @Test
    void aParticipleOfMeansSharesTheSubject() {
        String t = "The/DET agency/NOUN ended/VERB the/DET probe/NOUN by/ADP announcing/VERB that/SCONJ the/DET claim/NOUN "
                + "was/AUX false/ADJ ./PUNCT";
        List<Claim> all = claims(TokenTables.document(t));
        assertEquals(1, all.size(), all::toString);
        assertEquals(SharedSubjectSource.NAME, all.get(0).sourceDecision().sieve());
        String chant = "The/DET marchers/NOUN looped/VERB the/DET streets/NOUN while/SCONJ chanting/VERB ,/PUNCT “/PUNCT Hands/NOUN "
                + "up/ADV ./PUNCT ”/PUNCT";
        Claim c = only(chant);
        assertEquals("“chanting” shares the subject “The marchers”", c.sourceDecision().why(), c::toString);
        String aside = "Protesters/NOUN circled/VERB the/DET stadium/NOUN -/PUNCT where/ADV the/DET Panthers/PROPN played/VERB -/PUNCT "
                + "while/SCONJ chanting/VERB ,/PUNCT “/PUNCT Hands/NOUN up/ADV ./PUNCT ”/PUNCT";
        Claim a = only(aside);
        assertEquals("“chanting” shares the subject “Protesters”", a.sourceDecision().why(), "not the subject of the clause of \"where\"");
        String without = "The/DET marchers/NOUN left/VERB without/ADP saying/VERB that/SCONJ the/DET march/NOUN was/AUX over/ADJ ./PUNCT";
        assertTrue(claims(TokenTables.document(without)).isEmpty(), "leaving without saying says nothing");
    }

    @Test
    void namingVerbCueTakesADescriptionAfterAnArticle() {
        String t = "Lena/PROPN Park/PROPN called/VERB the/DET plan/NOUN a/DET slow/ADJ disaster/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve());
        assertEquals("the plan a slow disaster", text(t, c));
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Park/PROPN called/VERB him/PRON a/DET “/PUNCT liar/NOUN ”/PUNCT ./PUNCT"), 1), "article, then the quotation");
        assertNull(sieve.find(view("Park/PROPN called/VERB a/DET meeting/NOUN for/ADP Monday/PROPN ./PUNCT"), 1), "an object alone names nothing");
        assertNotNull(sieve.find(view("Ana/PROPN Ruiz/PROPN Calls/NOUN Ben/PROPN Cole/PROPN A/DET Fraud/NOUN Over/ADP Tax/NOUN Plan/NOUN"), 2),
                "a title-case headline's verb after a name");
    }

    @Test
    void atLeastAndANumberOpenTheReportNotAPhraseOfCircumstance() {
        String t = "CNN/PROPN reported/VERB at/ADP least/ADJ six/NUM planes/NOUN filled/VERB the/DET skies/NOUN ./PUNCT";
        assertEquals("at least six planes filled the skies", text(t, only(t)));
        String once = "Lee/PROPN said/VERB at/ADP least/ADJ once/ADV that/SCONJ the/DET plan/NOUN failed/VERB ./PUNCT";
        assertEquals("the plan failed", text(once, only(once)), "no number: a phrase before the report");
    }

    @Test
    void aVerbJoinedAfterThePhraseOfCircumstanceIsNoReport() {
        String t = "Lee/PROPN spoke/VERB at/ADP the/DET rally/NOUN and/CCONJ said/VERB the/DET plan/NOUN was/AUX fine/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals("“said”, verb", c.cueDecision().why());
        assertEquals("the plan was fine", text(t, c));
    }

    @Test
    void aNameInAppositionStartsTheFrameWhenTheWordsBeforeItDoNotOpenTheClause() {
        String t = "Asked/VERB if/SCONJ there/PRON was/AUX fraud/NOUN in/ADP the/DET vote/NOUN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT an/DET aide/NOUN ,/PUNCT"
                + " said/VERB that/SCONJ it/PRON was/AUX fair/ADJ ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        List<Claim> c = claims(doc);
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals("if there was fraud in the vote", c.get(0).content().of(doc.text()), "the question keeps its object");
        String coach = "The/DET coach/NOUN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT said/VERB that/SCONJ it/PRON was/AUX fair/ADJ ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(coach).sourceDecision().why());
    }

    @Test
    void aBareVerbWithItsObjectIsAnActNotAnAppositive() {
        String acts = "We/PRON ’d/NOUN buy/VERB a/DET game/NOUN ,/PUNCT sit/VERB down/ADV in/ADP front/NOUN of/ADP a/DET console/NOUN"
                + " or/CCONJ PC/PROPN ,/PUNCT grind/VERB our/PRON way/NOUN to/ADP the/DET end/NOUN ,/PUNCT then/ADV repeat/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(acts)).isEmpty(), "the game repeats nothing");
        String noting = "Ruiz/PROPN ,/PUNCT noting/VERB the/DET cost/NOUN ,/PUNCT said/VERB that/SCONJ it/PRON failed/VERB ./PUNCT";
        assertEquals("subject “Ruiz” of “said”", only(noting).sourceDecision().why(), "a participle's phrase describes");
    }

    @Test
    void aPlaceDatelineOpeningTheParagraphIsNoPartOfTheReport() {
        String t = "New/PROPN York/PROPN ,/PUNCT NY/PROPN –/PUNCT The/DET plan/NOUN is/AUX dead/ADJ ,/PUNCT officials/NOUN said/VERB ./PUNCT";
        assertEquals("The plan is dead", text(t, only(t)));
        String names = "Ruiz/PROPN ,/PUNCT Lee/PROPN –/PUNCT the/DET race/NOUN is/AUX close/ADJ ,/PUNCT officials/NOUN said/VERB ./PUNCT";
        assertEquals("Ruiz , Lee – the race is close", text(names, only(names)), "names, no region's abbreviation");
    }

    @Test
    void aNameRightAfterTheCueThatFollowsAQuotationSpeaks() {
        String t = "Tests/NOUN found/VERB no/DET cause/NOUN ,/PUNCT which/PRON was/AUX “/PUNCT grim/ADJ ,/PUNCT ”/PUNCT wrote/VERB Taylor/PROPN ,/PUNCT"
                + " who/PRON had/AUX left/VERB ./PUNCT";
        assertEquals("“Taylor” after “wrote”", only(t).sourceDecision().why());
        String before = "Lee/PROPN ,/PUNCT who/PRON called/VERB it/PRON “/PUNCT grim/ADJ ,/PUNCT ”/PUNCT wrote/VERB that/SCONJ it/PRON failed/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(before);
        Claim wrote = withCue(doc, "wrote");
        assertEquals("subject “Lee” of “wrote”", wrote.sourceDecision().why(), "no name after the cue");
    }

    @Test
    void aUnitOfTimeAloneWithACapitalIsAFamilyName() {
        String t = "Day/PROPN said/VERB the/DET plan/NOUN failed/VERB ./PUNCT";
        assertEquals("subject “Day” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void aFrameOpeningTheSentenceWithNothingBeforeItBoundsNoLaterReport() {
        String t = "Lee/PROPN did/AUX not/PART complain/VERB when/SCONJ prices/NOUN rose/VERB ,/PUNCT an/DET official/NOUN said/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        Claim said = withCue(doc, "said");
        assertEquals("Lee did not complain when prices rose", said.content().of(doc.text()));
    }

    @Test
    void aReportingParticipleAfterTheFrameOpensAFrameOfItsOwn() {
        String t = "The/DET price/NOUN of/ADP oil/NOUN rose/VERB sharply/ADV ,/PUNCT an/DET official/NOUN said/VERB ,/PUNCT adding/VERB that/SCONJ"
                + " costs/NOUN fell/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(t);
        List<Claim> c = claims(doc);
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals("The price of oil rose sharply", c.get(0).content().of(doc.text()));
        assertEquals(ContentBeforeFrame.NAME, c.get(0).spanDecision().sieve(), "not both sides of the frame");
    }

    @Test
    void aShareOfThoseIsTheSubject() {
        String t = "62/NUM percent/NOUN of/ADP those/PRON said/VERB they/PRON would/AUX leave/VERB ./PUNCT";
        assertEquals("subject “62 percent of those” of “said”", only(t).sourceDecision().why());
        String from = "Donations/NOUN from/ADP those/PRON seeking/VERB office/NOUN said/VERB little/ADJ ./PUNCT";
        assertTrue(claims(TokenTables.document(from)).isEmpty(), "after another preposition \"those\" is its object");
    }

    @Test
    void aRelativeClauseAfterTheReportedObjectIsPartOfIt() {
        String t = "The/DET agency/NOUN announced/VERB new/ADJ rules/NOUN that/SCONJ make/VERB moves/NOUN abroad/ADV costly/ADJ ./PUNCT";
        assertEquals("new rules that make moves abroad costly", text(t, only(t)));
        String clause = "The/DET agency/NOUN announced/VERB new/ADJ rules/NOUN ,/PUNCT and/CCONJ that/PRON was/AUX that/PRON ./PUNCT";
        assertEquals("new rules", text(clause, only(clause)), "after a comma no relative clause");
    }

    @Test
    void namingVerbCueTakesAPhraseAfterAs() {
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Voters/NOUN described/VERB themselves/PRON as/ADP evangelical/ADJ Christians/PROPN ./PUNCT"), 1));
        assertNotNull(sieve.find(view("Lee/PROPN described/VERB his/PRON outburst/NOUN as/ADP the/DET anger/NOUN of/ADP a/DET spouse/NOUN ./PUNCT"), 1));
        assertNotNull(sieve.find(view("the/DET marchers/NOUN ,/PUNCT whom/PRON he/PRON described/VERB as/ADP “/PUNCT calm/ADJ ”/PUNCT"), 5),
                "a relative object, then \"as\" and the quotation");
        assertNull(sieve.find(view("Lee/PROPN described/VERB the/DET scene/NOUN as/SCONJ he/PRON left/VERB ./PUNCT"), 1),
                "\"as\" opening a clause names nothing");
    }

    @Test
    void aFloatingQuantifierAfterTheAuxiliaryLeavesTheSubjectBeforeIt() {
        String t = "Ruiz/PROPN and/CCONJ Lee/PROPN have/AUX all/DET said/VERB that/SCONJ the/DET plan/NOUN failed/VERB ./PUNCT";
        assertEquals("subject “Ruiz and Lee” of “said”", only(t).sourceDecision().why());
        String relative = "Ruiz/PROPN and/CCONJ Lee/PROPN ,/PUNCT who/PRON rarely/ADV agree/VERB ,/PUNCT both/DET said/VERB the/DET plan/NOUN "
                + "failed/VERB ./PUNCT";
        assertEquals("subject “Ruiz and Lee” of “said”", only(relative).sourceDecision().why(), "past the relative clause");
    }

    @Test
    void namingVerbCueTakesAnAdjectiveAPhraseOfTheObjectOrAnObjectBefore() {
        String t = "The/DET campaign/NOUN called/VERB the/DET charges/NOUN false/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals(NamingVerbCue.NAME, c.cueDecision().sieve());
        assertEquals("the charges false", text(t, c));
        String phrase = "Park/PROPN called/VERB her/PRON vote/NOUN in/ADP favor/NOUN of/ADP the/DET war/NOUN a/DET mistake/NOUN ./PUNCT";
        assertEquals("her vote in favor of the war a mistake", text(phrase, only(phrase)));
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("after/ADP what/PRON she/PRON called/VERB a/DET “/PUNCT rant/NOUN ”/PUNCT ./PUNCT"), 3),
                "\"what\" is the object, the quotation its name");
        assertNull(sieve.find(view("Park/PROPN called/VERB her/PRON mother/NOUN in/ADP a/DET panic/NOUN ./PUNCT"), 1),
                "a phrase of the object is no name");
        assertNull(sieve.find(view("Park/PROPN called/VERB the/DET office/NOUN later/ADJ ./PUNCT"), 1), "a time word is no name");
        assertNull(sieve.find(view("a/DET program/NOUN called/VERB “/PUNCT Next/ADJ Step/NOUN ”/PUNCT ./PUNCT"), 2),
                "a thing's name, with no one naming it");
        assertNotNull(sieve.find(view("Park/PROPN called/VERB the/DET idea/NOUN that/SCONJ Lee/PROPN had/VERB anything/PRON to/PART "
                + "prove/VERB a/DET “/PUNCT farce/NOUN ”/PUNCT ./PUNCT"), 1), "a noun's clause after \"that\" is part of the object");
        assertNull(sieve.find(view("Park/PROPN called/VERB so/ADV that/SCONJ Lee/PROPN had/VERB the/DET “/PUNCT facts/NOUN ”/PUNCT ./PUNCT"), 1),
                "\"that\" after no noun opens a clause of its own");
    }

    @Test
    void aGerundMayOpenTheObjectThatIsReported() {
        String t = "Ruiz/PROPN calls/VERB for/ADP bringing/VERB back/ADV the/DET draft/NOUN ./PUNCT";
        assertEquals("bringing back the draft", text(t, only(t)));
    }

    @Test
    void particleObjectCueTakesVerbAndParticleAndReportsTheObject() {
        String t = "The/DET union/NOUN called/VERB for/ADP a/DET pause/NOUN in/ADP new/ADJ schools/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(ParticleObjectCue.NAME, c.cueDecision().sieve());
        assertEquals("a pause in new schools", text(t, c));
        assertEquals(QuoteKind.INDIRECT, c.kind());
        ParticleObjectCue sieve = new ParticleObjectCue(CUES);
        Cue cue = sieve.find(view(t), 2);
        assertEquals(2, cue.start());
        assertEquals(4, cue.end(), "the particle belongs to the cue");
        assertNull(sieve.find(view("Their/PRON calls/VERB for/ADP a/DET pause/NOUN went/VERB unheard/ADJ ./PUNCT"), 1),
                "after a possessive, a noun");
        assertNull(sieve.find(view("The/DET union/NOUN called/VERB at/ADP noon/NOUN ./PUNCT"), 2), "another particle");
        String order = "Ortiz/PROPN called/VERB on/ADP the/DET mayor/NOUN to/PART resign/VERB ./PUNCT";
        assertEquals("the mayor to resign", text(order, only(order)), "an order's addressee is part of it");
        String quoted = "Ortiz/PROPN called/VERB on/ADP the/DET mayor/NOUN to/PART “/PUNCT act/VERB now/ADV ”/PUNCT and/CCONJ resign/VERB ./PUNCT";
        assertEquals("the mayor to “ act now ” and resign", text(quoted, only(quoted)), "a quotation after 'to' goes on with the order");
    }

    @Test
    void documentPhraseCueMakesAPollTheSourceOfItsSentence() {
        String t = "In/ADP a/DET Harlow/PROPN College/PROPN poll/VERB ,/PUNCT Ortiz/PROPN had/VERB a/DET wide/ADJ lead/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(DocumentPhraseCue.NAME, c.cueDecision().sieve());
        assertEquals("Ortiz had a wide lead", text(t, c));
        DocumentPhraseCue sieve = new DocumentPhraseCue(new FrameGrammar(CUES));
        assertNull(sieve.find(view("In/ADP a/DET new/ADJ poll/NOUN ,/PUNCT the/DET agency/NOUN said/VERB rates/NOUN rose/VERB ./PUNCT"), 0),
                "the sentence reports on its own");
        assertNull(sieve.find(view("He/PRON was/AUX born/VERB in/ADP the/DET study/NOUN ./PUNCT"), 3), "a room, not a document");
    }

    @Test
    void aDocumentAtTheEndMayCarryAParticipleOrATime() {
        DocumentPhraseCue sieve = new DocumentPhraseCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Ruiz/PROPN fell/VERB to/ADP 10/NUM percent/NOUN in/ADP the/DET latest/ADJ CNN/PROPN poll/NOUN "
                + "released/VERB Wednesday/PROPN ./PUNCT"), 5));
        assertNotNull(sieve.find(view("Ruiz/PROPN leads/VERB by/ADP nine/NUM points/NOUN in/ADP a/DET CNN/PROPN poll/NOUN this/DET "
                + "week/NOUN ./PUNCT"), 5));
        assertNull(sieve.find(view("Ruiz/PROPN leads/VERB by/ADP nine/NUM points/NOUN in/ADP a/DET CNN/PROPN poll/NOUN of/ADP "
                + "voters/NOUN and/CCONJ wins/VERB ./PUNCT"), 5), "a clause goes on after it");
    }

    @Test
    void aNumberOrQuantifierBeforeSaidIsItsSubject() {
        String t = "Six/NUM in/ADP 10/NUM said/VERB the/DET party/NOUN had/VERB failed/VERB them/PRON ./PUNCT";
        Claim c = only(t);
        assertEquals("the party had failed them", text(t, c));
        assertEquals(1, claims(TokenTables.document("Some/DET said/VERB the/DET party/NOUN had/VERB failed/VERB ./PUNCT")).size());
        assertNull(new SpeechVerbCue(CUES).find(view("The/DET two/NUM reported/VERB cases/NOUN were/AUX mild/ADJ ./PUNCT"), 2),
                "'two reported cases': a participle before its noun");
    }

    @Test
    void aParticipleAfterAPluralSubjectBelongsToIt() {
        String t = "Voters/NOUN polled/VERB said/VERB they/PRON were/AUX tired/ADJ of/ADP the/DET race/NOUN ./PUNCT";
        TokenView v = view(t);
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(v, 1);
        assertNotNull(s);
        assertEquals(0, s.start());
        assertEquals(2, s.end());
    }

    @Test
    void aRoleAndANameAfterACommaAreTheSubjectNoAppositive() {
        SourcePhrases phrases = new SourcePhrases(CUES);
        TokenView v = view("Or/CCONJ maybe/ADV Ed/PROPN Poe/PROPN ,/PUNCT digital/ADJ consultant/NOUN Ana/PROPN Ruiz/PROPN says/VERB ./PUNCT");
        assertEquals(5, phrases.leftSubject(v, 8).start(), "'digital consultant Ana Ruiz', not 'Ed Poe'");
        TokenView described = view("Ed/PROPN Poe/PROPN ,/PUNCT the/DET attorney/NOUN general/NOUN of/ADP Ohio/PROPN ,/PUNCT says/VERB ./PUNCT");
        assertEquals(0, phrases.leftSubject(described, 8).start(), "a description in apposition still gives the name before it");
    }

    @Test
    void aSubjectOpeningTheClauseKeepsItsModifiersOutOfTheSpeaker() {
        SourcePhrases phrases = new SourcePhrases(CUES);
        TokenView v = view("Political/ADJ observers/NOUN in/ADP Ohio/PROPN and/CCONJ around/ADP the/DET country/NOUN say/VERB he/PRON won/VERB ./PUNCT");
        SubjectPhrase s = phrases.leftSubject(v, 7);
        assertEquals(0, s.start());
        assertEquals(2, s.end(), "the subject is 'Political observers', not 'the country'");
        TokenView poll = view("A/DET state/NOUN poll/NOUN released/VERB in/ADP late/ADJ August/PROPN found/VERB that/SCONJ he/PRON led/VERB ./PUNCT");
        assertEquals(3, phrases.leftSubject(poll, 6).end(), "'A state poll', not 'late August'");
        TokenView officials = view("Although/SCONJ Ruiz/PROPN left/VERB ,/PUNCT elected/VERB officials/NOUN from/ADP both/CCONJ parties/NOUN "
                + "say/VERB he/PRON won/VERB ./PUNCT");
        SubjectPhrase elected = phrases.leftSubject(officials, 8);
        assertEquals(4, elected.start(), "'elected officials', after the clause before the comma");
        assertEquals(6, elected.end());
        TokenView judges = view("Several/ADJ judges/NOUN handling/VERB lawsuits/NOUN about/ADP the/DET records/NOUN have/AUX cited/VERB the/DET vote/NOUN ./PUNCT");
        assertEquals(2, phrases.leftSubject(judges, 6).end(), "'Several judges', over the participle and its object");
        TokenView object = view("He/PRON met/VERB voters/NOUN in/ADP the/DET city/NOUN and/CCONJ aides/NOUN said/VERB it/PRON went/VERB well/ADV ./PUNCT");
        SubjectPhrase aides = phrases.leftSubject(object, 7);
        assertEquals(7, aides.start(), "a phrase that does not open the clause stays as it is");
    }

    @Test
    void anOpeningAdverbIsNoNameInAppositionToTheSubject() {
        TokenView v = view("Overall/ADV ,/PUNCT the/DET fund/NOUN predicted/VERB that/SCONJ growth/NOUN will/AUX slow/VERB ./PUNCT");
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(v, 3);
        assertEquals(2, s.start(), "'the fund', not 'Overall'");
    }

    @Test
    void aNameInAppositionMayOpenWithAnHonorific() {
        TokenView v = view("The/DET minister/NOUN of/ADP the/DET economy/NOUN ,/PUNCT Mr./PROPN Ortiz/PROPN ,/PUNCT "
                + "said/VERB rates/NOUN will/AUX rise/VERB ./PUNCT");
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(v, 8);
        assertEquals(6, s.start(), "the name, honorific and all");
        assertEquals(8, s.end());
        assertEquals(0, s.frameStart());
    }

    @Test
    void aRoleInLowerCaseThenANameInAppositionIsTheName() {
        TokenView v = view("Ruiz/PROPN 's/PART niece/NOUN ,/PUNCT state/NOUN Del./PROPN Ana/PROPN Cole/PROPN "
                + "(/PUNCT D-Va./PROPN )/PUNCT ,/PUNCT said/VERB it/PRON was/AUX close/ADJ ./PUNCT");
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(v, 11);
        assertNotNull(s);
        assertEquals(5, s.start(), "from the title: 'Del. Ana Cole'");
        assertEquals(8, s.end(), "without the party label");
        assertEquals(0, s.frameStart());
    }

    @Test
    void anAsideBetweenDashesBeforeTheCueBelongsToTheSubject() {
        String t = "Ana/PROPN Ruiz/PROPN ,/PUNCT head/NOUN of/ADP Acme/PROPN --/PUNCT the/DET firm/NOUN that/PRON owns/VERB the/DET mill/NOUN --/PUNCT "
                + "told/VERB me/PRON the/DET mill/NOUN will/AUX close/VERB ./PUNCT";
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(view(t), 13);
        assertNotNull(s);
        assertEquals(0, s.start());
        assertEquals(2, s.end(), "the name before the appositive and the aside");
        assertNull(new SourcePhrases(CUES).leftSubject(view("The/DET mill/NOUN --/PUNCT said/VERB Ruiz/PROPN ./PUNCT"), 2),
                "a lone dash opens no aside");
    }

    @Test
    void anApproximatorAfterTheCueOpensTheReportedClause() {
        String t = "The/DET office/NOUN said/VERB about/ADP half/NOUN of/ADP the/DET loss/NOUN came/VERB from/ADP taxes/NOUN ./PUNCT";
        assertEquals("about half of the loss came from taxes", text(t, only(t)));
        assertTrue(claims(TokenTables.document("The/DET office/NOUN said/VERB about/ADP the/DET loss/NOUN ./PUNCT")).isEmpty(),
                "'said about the loss': a topic, not a report");
    }

    @Test
    void someVerbsReportTheirObject() {
        String t = "Lena/PROPN Park/PROPN denied/VERB the/DET allegations/NOUN ,/PUNCT which/PRON surfaced/VERB in/ADP May/PROPN ./PUNCT";
        Claim c = only(t);
        assertEquals("the allegations", text(t, c));
        assertEquals(QuoteKind.INDIRECT, c.kind());
        assertTrue(claims(TokenTables.document("Lena/PROPN Park/PROPN added/VERB the/DET numbers/NOUN ./PUNCT")).isEmpty(),
                "'added the numbers' reports nothing");
        String as = "Park/PROPN attacked/VERB her/PRON rival/NOUN as/ADP a/DET fraud/NOUN during/ADP the/DET debate/NOUN ,/PUNCT "
                + "with/ADP sharp/ADJ jabs/NOUN ./PUNCT";
        assertEquals("her rival as a fraud", text(as, only(as)), "'as' before a noun phrase belongs to the object; a time does not");
        String reason = "Park/PROPN blasted/VERB the/DET press/NOUN for/SCONJ being/AUX unfair/ADJ ./PUNCT";
        assertEquals("the press for being unfair", text(reason, only(reason)), "'for' and its reason belong to the object");
        String name = "The/DET union/NOUN endorsed/VERB Ortiz/PROPN ./PUNCT";
        assertEquals("Ortiz", text(name, only(name)), "a name alone is an object");
        assertTrue(claims(TokenTables.document("The/DET union/NOUN denied/VERB it/PRON ./PUNCT")).isEmpty(), "a pronoun alone is not");
        String year = "Park/PROPN denied/VERB the/DET claims/NOUN in/ADP 2015/NUM ./PUNCT";
        assertEquals("the claims", text(year, only(year)));
        String last = "Park/PROPN endorsed/VERB Ruiz/PROPN last/ADJ week/NOUN ./PUNCT";
        assertEquals("Ruiz", text(last, only(last)), "'last week' is no part of the object");
        String early = "Park/PROPN endorsed/VERB Ruiz/PROPN in/ADP early/ADJ June/PROPN ./PUNCT";
        assertEquals("Ruiz", text(early, only(early)), "nor 'in early June'");
    }

    @Test
    void anObjectGoesOnOverAQuotationAndAListOfNames() {
        String quoted = "Park/PROPN blasted/VERB the/DET press/NOUN for/ADP “/PUNCT lying/VERB ”/PUNCT about/ADP taxes/NOUN ./PUNCT";
        Claim c = only(quoted);
        assertEquals("the press for “ lying ” about taxes", text(quoted, c));
        assertEquals(QuoteKind.MIXED, c.kind());
        String day = "Park/PROPN blasted/VERB Ruiz/PROPN as/ADP a/DET “/PUNCT fraud/NOUN ”/PUNCT Monday/PROPN on/ADP radio/NOUN ./PUNCT";
        assertEquals("Ruiz as a “ fraud ”", text(day, only(day)), "a day after the quotation ends the object");
        String names = "Park/PROPN dismissed/VERB criticism/NOUN from/ADP Ruiz/PROPN ,/PUNCT Cole/PROPN and/CCONJ Ana/PROPN Poe/PROPN ./PUNCT";
        assertEquals("criticism from Ruiz , Cole and Ana Poe", text(names, only(names)));
        String clause = "Park/PROPN dismissed/VERB criticism/NOUN from/ADP Ruiz/PROPN ,/PUNCT and/CCONJ Cole/PROPN left/VERB ./PUNCT";
        assertEquals("criticism from Ruiz", text(clause, only(clause)), "no list: a clause after the comma");
        String phrases = "Park/PROPN questioned/VERB his/PRON tactics/NOUN ,/PUNCT his/PRON judgment/NOUN and/CCONJ his/PRON decency/NOUN ./PUNCT";
        assertEquals("his tactics , his judgment and his decency", text(phrases, only(phrases)));
        String open = "Park/PROPN questioned/VERB his/PRON tactics/NOUN ,/PUNCT his/PRON judgment/NOUN and/CCONJ his/PRON "
                + "rivals/NOUN quickly/ADV left/VERB ./PUNCT";
        assertEquals("his tactics", text(open, only(open)), "the last phrase must end the list");
        String nouns = "Park/PROPN attacked/VERB voters/NOUN ,/PUNCT lawmakers/NOUN ,/PUNCT and/CCONJ thinkers/NOUN for/ADP "
                + "opposing/VERB it/PRON ./PUNCT";
        assertEquals("voters , lawmakers , and thinkers for opposing it", text(nouns, only(nouns)));
        String possessive = "Park/PROPN praised/VERB Fox/PROPN News/PROPN ’/PUNCT political/ADJ editor/NOUN ./PUNCT";
        assertEquals("Fox News ’ political editor", text(possessive, only(possessive)), "a possessive mark inside the object");
    }

    @Test
    void aNewClauseOfHeOrANameAfterACommaAndIsTheWriters() {
        String t = "Ruiz/PROPN said/VERB the/DET plant/NOUN would/AUX close/VERB ,/PUNCT and/CCONJ she/PRON intends/VERB to/PART "
                + "stay/VERB ./PUNCT";
        assertEquals("the plant would close", text(t, only(t)));
        String perfect = "Ruiz/PROPN said/VERB the/DET plant/NOUN must/AUX close/VERB ,/PUNCT and/CCONJ has/AUX pushed/VERB for/ADP "
                + "cuts/NOUN ./PUNCT";
        assertEquals("the plant must close", text(perfect, only(perfect)), "a perfect with no subject of its own is the frame's");
    }

    @Test
    void aFrameThatReportsNothingDoesNotEndTheReportBeforeIt() {
        String t = "Ruiz/PROPN said/VERB that/SCONJ if/SCONJ taxes/NOUN rise/VERB ,/PUNCT she/PRON would/AUX advise/VERB "
                + "leaving/VERB ./PUNCT";
        assertEquals("if taxes rise , she would advise leaving", text(t, only(t)));
        String two = "Ruiz/PROPN said/VERB taxes/NOUN will/AUX rise/VERB ,/PUNCT and/CCONJ Cole/PROPN said/VERB wages/NOUN "
                + "will/AUX fall/VERB ./PUNCT";
        assertEquals(2, claims(TokenTables.document(two)).size(), "a frame with its own report still ends the one before");
    }

    @Test
    void aRelativeClauseEndingTheSentenceAfterAReportIsTheWriters() {
        String t = "Ruiz/PROPN said/VERB she/PRON supports/VERB the/DET bill/NOUN ,/PUNCT which/PRON includes/VERB new/ADJ rules/NOUN ./PUNCT";
        assertEquals("she supports the bill", text(t, only(t)));
        String inside = "Ruiz/PROPN said/VERB the/DET bill/NOUN ,/PUNCT which/PRON passed/VERB ,/PUNCT will/AUX fail/VERB ./PUNCT";
        assertEquals("the bill , which passed , will fail", text(inside, only(inside)), "a relative clause inside the report");
    }

    @Test
    void theReaderIsNoSource() {
        assertTrue(claims(TokenTables.document("Do/AUX you/PRON think/VERB Ruiz/PROPN will/AUX win/VERB ?/PUNCT")).isEmpty(),
                "'you' outside quotations is the reader");
        String they = "Do/AUX they/PRON think/VERB Ruiz/PROPN will/AUX win/VERB ?/PUNCT";
        assertEquals(SubjectBeforeCueSource.NAME, only(they).sourceDecision().sieve());
    }

    @Test
    void aComparisonAfterACommaIsTheWritersNotTheReport() {
        String t = "Most/ADJ voters/NOUN say/VERB they/PRON like/VERB Ruiz/PROPN ,/PUNCT compared/VERB with/ADP 40/NUM percent/NOUN "
                + "last/ADJ year/NOUN ./PUNCT";
        assertEquals("they like Ruiz", text(t, only(t)));
    }

    @Test
    void anExpletiveThereOpensAReportedClause() {
        String t = "Observers/NOUN say/VERB there/ADV may/AUX be/VERB a/DET second/ADJ round/NOUN ./PUNCT";
        assertEquals("there may be a second round", text(t, only(t)));
    }

    @Test
    void aWordOfQuantityMayBeTheReportedClausesSubject() {
        String t = "Park/PROPN says/VERB too/ADV much/ADV is/AUX made/VERB of/ADP his/PRON posts/NOUN ./PUNCT";
        assertEquals("too much is made of his posts", text(t, only(t)));
        assertTrue(claims(TokenTables.document("Park/PROPN says/VERB too/ADV often/ADV ./PUNCT")).isEmpty(), "an adverb is no subject");
    }

    @Test
    void anInfinitiveReportEndsWhereTheSubjectsNextVerbBegins() {
        String is = "Park/PROPN declined/VERB to/PART be/AUX named/VERB and/CCONJ is/AUX not/PART in/ADP his/PRON camp/NOUN ./PUNCT";
        assertEquals("to be named", text(is, only(is)), "an inflected auxiliary after 'and'");
        String past = "Park/PROPN vowed/VERB to/PART keep/VERB the/DET law/NOUN and/CCONJ praised/VERB the/DET ruling/NOUN ./PUNCT";
        assertEquals("to keep the law", text(past, withCue(TokenTables.document(past), "vowed")), "a verb in '-ed'");
        String clause = "Park/PROPN refused/VERB to/PART intervene/VERB ,/PUNCT and/CCONJ the/DET revolt/NOUN was/AUX crushed/VERB ./PUNCT";
        assertEquals("to intervene", text(clause, only(clause)), "a clause after ', and'");
        String base = "Park/PROPN hopes/VERB to/PART win/VERB the/DET seat/NOUN and/CCONJ keep/VERB the/DET house/NOUN ./PUNCT";
        assertEquals("to win the seat and keep the house", text(base, only(base)), "a second infinitive goes on");
        String objects = "Park/PROPN vowed/VERB to/PART help/VERB Israel/PROPN and/CCONJ the/DET Palestinians/PROPN achieve/VERB peace/NOUN ./PUNCT";
        assertEquals("to help Israel and the Palestinians achieve peace", text(objects, only(objects)), "joined objects, no clause");
        String adjective = "Park/PROPN refused/VERB to/PART call/VERB it/PRON the/DET undivided/ADJ and/CCONJ recognized/VERB capital/NOUN ./PUNCT";
        assertEquals("to call it the undivided and recognized capital", text(adjective, only(adjective)), "a participle before its noun");
    }

    @Test
    void aPhraseThatAndAVerbFollowIsNoInvertedSubject() {
        String t = "Lee/PROPN promised/VERB to/PART cut/VERB taxes/NOUN ,/PUNCT opposed/VERB his/PRON trade/NOUN deal/NOUN and/CCONJ "
                + "outstripped/VERB his/PRON plans/NOUN by/SCONJ calling/VERB for/ADP a/DET new/ADJ zone/NOUN ./PUNCT";
        Claim c = withCue(TokenTables.document(t), "calling for");
        assertEquals("“calling for” shares the subject “Lee”", c.sourceDecision().why(), "'his trade deal' is the object of 'opposed'");
    }

    @Test
    void anObjectBeforeAClauseOfTimeOrCauseIsNoReport() {
        String goal = "Cole/PROPN added/VERB a/DET goal/NOUN as/SCONJ the/DET Bruins/PROPN beat/VERB the/DET Devils/PROPN ./PUNCT";
        assertTrue(claims(TokenTables.document(goal)).isEmpty(), "'a goal' is what he added");
        String because = "I/PRON write/VERB this/DET because/SCONJ I/PRON know/VERB them/PRON well/ADV ./PUNCT";
        assertTrue(claims(TokenTables.document(because)).isEmpty(), "'this' is what I write");
        String report = "Cole/PROPN added/VERB the/DET team/NOUN would/AUX win/VERB as/SCONJ the/DET season/NOUN ends/VERB ./PUNCT";
        assertEquals("the team would win as the season ends", text(report, only(report)), "a subject and its verb first: a report");
        String described = "Cole/PROPN described/VERB the/DET move/NOUN as/ADP a/DET breach/NOUN of/ADP trust/NOUN ./PUNCT";
        assertEquals(1, claims(TokenTables.document(described)).size(), "'as' and no clause names the move");
        String poll = "The/DET poll/NOUN indicates/VERB a/DET tight/ADJ race/NOUN as/SCONJ Lee/PROPN gains/VERB support/NOUN ./PUNCT";
        assertEquals(1, claims(TokenTables.document(poll)).size(), "a document's object is its finding");
        String means = "The/DET tool/NOUN adds/VERB a/DET new/ADJ layer/NOUN by/ADP helping/VERB nurses/NOUN spot/VERB "
                + "alarms/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(means)).isEmpty(), "'by' and a gerund after the object: the means");
    }

    @Test
    void anInfinitiveOfTwoWordsIsAReport() {
        String comment = "Park/PROPN declined/VERB to/PART comment/VERB ./PUNCT";
        assertEquals("to comment", text(comment, only(comment)));
        String adverb = "Park/PROPN declined/VERB to/PART directly/ADV respond/VERB ./PUNCT";
        assertEquals("to directly respond", text(adverb, only(adverb)));
        assertTrue(claims(TokenTables.document("Park/PROPN declined/VERB the/DET offer/NOUN ./PUNCT")).isEmpty(), "two words, no clause");
    }

    @Test
    void aDocumentWithAModifierShowsWhatFollows() {
        String out = "A/DET Monmouth/PROPN poll/NOUN out/ADP Monday/PROPN showed/VERB Ruiz/PROPN with/ADP a/DET lead/NOUN ./PUNCT";
        Claim c = only(out);
        assertEquals("Ruiz with a lead", text(out, c));
        assertEquals("subject “A Monmouth poll” of “showed”", c.sourceDecision().why());
        String by = "A/DET review/NOUN by/ADP the/DET paper/NOUN shows/VERB Ruiz/PROPN with/ADP a/DET lead/NOUN ./PUNCT";
        assertEquals("Ruiz with a lead", text(by, only(by)));
        assertTrue(claims(TokenTables.document("A/DET man/NOUN from/ADP Ohio/PROPN showed/VERB Ruiz/PROPN the/DET door/NOUN ./PUNCT")).isEmpty(),
                "a person shows nothing that is reported");
    }

    @Test
    void aBeliefVerbReportsAClauseAfterATimeOrAConditionalClause() {
        String time = "A/DET new/ADJ poll/NOUN this/DET month/NOUN found/VERB Ruiz/PROPN ahead/ADV of/ADP Lee/PROPN ./PUNCT";
        assertEquals("Ruiz ahead of Lee", text(time, only(time)));
        String condition = "Her/PRON aides/NOUN believe/VERB if/SCONJ they/PRON win/VERB Ohio/PROPN ,/PUNCT she/PRON will/AUX win/VERB ./PUNCT";
        assertEquals("if they win Ohio , she will win", text(condition, only(condition)));
        assertTrue(claims(TokenTables.document("Her/PRON aides/NOUN believe/VERB if/SCONJ asked/VERB ./PUNCT")).isEmpty(), "no clause after it");
    }

    @Test
    void anEllipticReplyStandsForTheReportedClause() {
        String no = "Asked/VERB ,/PUNCT the/DET senator/NOUN said/VERB no/INTJ ./PUNCT";
        assertTrue(claims(TokenTables.document(no)).stream().anyMatch(c -> text(no, c).equals("no")), "'said no'");
        String same = "Most/ADJ said/VERB the/DET same/ADJ of/ADP Ruiz/PROPN ./PUNCT";
        assertEquals("the same of Ruiz", text(same, only(same)));
        assertTrue(claims(TokenTables.document("Ruiz/PROPN said/VERB nothing/PRON ./PUNCT")).isEmpty(), "a pronoun alone reports nothing");
    }

    @Test
    void whatAQuestionWasAboutIsWhatWasAsked() {
        String t = "Hewitt/PROPN asked/VERB Ruiz/PROPN about/ADP his/PRON ties/NOUN to/ADP the/DET firm/NOUN ./PUNCT";
        assertEquals("about his ties to the firm", text(t, only(t)));
        assertTrue(claims(TokenTables.document("Hewitt/PROPN spoke/VERB to/ADP Ruiz/PROPN about/ADP his/PRON ties/NOUN ./PUNCT")).isEmpty(),
                "only a question");
    }

    @Test
    void anyVerbBeforeAColonAndAQuotationFramesIt() {
        String t = "Lena/PROPN Park/PROPN fired/VERB back/ADV on/ADP Friday/PROPN :/PUNCT “/PUNCT We/PRON will/AUX not/PART go/VERB ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(VerbBeforeColonQuoteCue.NAME, c.cueDecision().sieve());
        assertEquals("“ We will not go . ”", text(t, c));
        assertEquals(QuoteKind.DIRECT, c.kind());
        assertNull(new VerbBeforeColonQuoteCue(CUES).find(view(
                "Lena/PROPN left/VERB ,/PUNCT and/CCONJ wrote/VERB :/PUNCT “/PUNCT Bye/INTJ ./PUNCT ”/PUNCT"), 1), "a clause of its own between");
        // after "back" or "out" a comma stands for the colon
        String comma = "Lena/PROPN Park/PROPN fired/VERB back/ADV ,/PUNCT “/PUNCT We/PRON will/AUX not/PART go/VERB ./PUNCT ”/PUNCT";
        Claim back = only(comma);
        assertEquals(VerbBeforeColonQuoteCue.NAME, back.cueDecision().sieve());
        assertEquals("“ We will not go . ”", text(comma, back));
        assertNull(new VerbBeforeColonQuoteCue(CUES).find(view(
                "Lena/PROPN fired/VERB them/PRON ,/PUNCT “/PUNCT We/PRON will/AUX not/PART go/VERB ./PUNCT ”/PUNCT"), 1), "no particle");
    }

    @Test
    void theObjectOfASourcePhraseKeepsWordsReadAsVerbs() {
        String t = "According/VERB to/ADP exit/VERB polling/VERB data/NOUN ,/PUNCT Ortiz/PROPN won/VERB the/DET city/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(PhraseObjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("exit polling data"), c.sourceDecision().why());
        assertEquals("Ortiz won the city", text(t, c));
    }

    @Test
    void aParticipleAfterACommaSharesTheMainClausesSubject() {
        String t = "Ana/PROPN Ruiz/PROPN faced/VERB the/DET claim/NOUN that/SCONJ she/PRON was/AUX wrong/ADJ ,/PUNCT "
                + "saying/VERB that/SCONJ the/DET plan/NOUN will/AUX work/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(SharedSubjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("Ana Ruiz"), c.sourceDecision().why());
        String r = "Ana/PROPN Ruiz/PROPN refused/VERB to/PART pay/VERB a/DET builder/NOUN who/PRON said/VERB he/PRON was/AUX cheated/VERB ,/PUNCT "
                + "saying/VERB that/SCONJ the/DET work/NOUN was/AUX poor/ADJ ./PUNCT";
        Claim saying = claims(TokenTables.document(r)).get(1);
        assertTrue(saying.sourceDecision().why().contains("Ana Ruiz"), () -> "a relative clause is no main clause: " + saying.sourceDecision().why());
    }

    @Test
    void aSubjectWithARelativeClauseOrPassiveParticipleIsWhole() {
        String t = "Some/DET voters/NOUN who/PRON came/VERB to/ADP the/DET rally/NOUN said/VERB that/SCONJ the/DET race/NOUN was/AUX close/ADJ ./PUNCT";
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(view(t), 6);
        assertNotNull(s);
        assertEquals(0, s.start(), "the voters speak, not the rally");
        String p = "Families/NOUN of/ADP those/DET affected/VERB by/ADP the/DET floods/NOUN said/VERB that/SCONJ aid/NOUN was/AUX slow/ADJ ./PUNCT";
        SubjectPhrase f = new SourcePhrases(CUES).leftSubject(view(p), 6);
        assertNotNull(f);
        assertEquals(0, f.start());
        String past = "The/DET campaign/NOUN released/VERB a/DET statement/NOUN saying/VERB that/SCONJ it/PRON won/VERB ./PUNCT";
        SubjectPhrase object = new SourcePhrases(CUES).leftSubject(view(past), 4);
        assertNotNull(object);
        assertEquals(3, object.start(), "a verb in the past tense is no participle: 'a statement' is its object");
    }

    @Test
    void aQuantifierOfAGroupIsPartOfTheSubject() {
        String t = "Some/DET of/ADP the/DET women/NOUN said/VERB that/SCONJ they/PRON would/AUX vote/VERB ./PUNCT";
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(view(t), 3);
        assertNotNull(s);
        assertEquals(0, s.start());
    }

    @Test
    void aPhraseJoinedByAndToAPrepositionsObjectIsNoSubject() {
        String t = "Most/ADJ said/VERB it/PRON cares/VERB about/ADP the/DET city/NOUN and/CCONJ one/NUM in/ADP four/NUM said/VERB it/PRON does/AUX not/PART ./PUNCT";
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(view(t), 10);
        assertNotNull(s);
        assertEquals(8, s.start(), "'one in four', not 'the city and one in four'");
    }

    @Test
    void aNameInAppositionToADescriptionHoldingANameIsTheSubject() {
        String t = "The/DET head/NOUN of/ADP the/DET Harbor/PROPN League/PROPN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT said/VERB that/SCONJ it/PRON was/AUX late/ADJ ./PUNCT";
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(view(t), 9);
        assertNotNull(s);
        assertEquals(7, s.start());
        assertEquals(9, s.end());
    }

    @Test
    void anHonorificAndNameAfterACommaAreNoDescriptionInApposition() {
        String honorific = "The/DET plan/NOUN or/CCONJ the/DET Care/PROPN Act/PROPN ,/PUNCT Mr./PROPN Garin/PROPN added/VERB ,/PUNCT "
                + "“/PUNCT it/PRON is/AUX hard/ADJ ./PUNCT ”/PUNCT";
        SubjectPhrase g = new SourcePhrases(CUES).leftSubject(view(honorific), 8);
        assertNotNull(g);
        assertEquals(7, g.start(), "Mr. Garin, not the Care Act");
    }

    @Test
    void aSharedSubjectIsNoVerbsObject() {
        String t = "Ana/PROPN Ruiz/PROPN shared/VERB a/DET syllabus/NOUN for/ADP a/DET class/NOUN ,/PUNCT "
                + "writing/VERB that/SCONJ the/DET course/NOUN was/AUX real/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals(SharedSubjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("Ana Ruiz"), c.sourceDecision().why());
    }

    @Test
    void aNameTaggedAsAdjectiveAfterAQuotationDoesNotMakeTheCueANoun() {
        String t = "“/PUNCT He/PRON may/AUX win/VERB the/DET race/NOUN ,/PUNCT ”/PUNCT Viguerie/ADJ notes/NOUN ./PUNCT";
        assertNotNull(new SpeechVerbCue(CUES).find(view(t), 9));
        assertNull(new SpeechVerbCue(CUES).find(view("The/DET Republican/ADJ notes/NOUN were/AUX long/ADJ ./PUNCT"), 2));
    }

    @Test
    void aVerbJoinedByAConjunctionSharesTheSubjectOfTheVerbBefore() {
        String t = "The/DET trip/NOUN came/VERB a/DET week/NOUN after/ADP Kim/PROPN ,/PUNCT in/ADP his/PRON speech/NOUN ,/PUNCT "
                + "renewed/VERB his/PRON pledge/NOUN but/CCONJ warned/VERB that/SCONJ talks/NOUN may/AUX change/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(SharedSubjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("“Kim”"), c.sourceDecision().why());
    }

    @Test
    void aParticiplePhraseWithAPassiveParticipleOrAnAdverbAndAdjectiveIsAnAppositive() {
        String wearing = "Ana/PROPN Ruiz/PROPN ,/PUNCT wearing/VERB a/DET shirt/NOUN covered/VERB in/ADP buttons/NOUN ,/PUNCT "
                + "said/VERB she/PRON was/AUX proud/ADJ ./PUNCT";
        SubjectPhrase w = new SourcePhrases(CUES).leftSubject(view(wearing), 9);
        assertNotNull(w, "'covered in' is a participle after its noun, no verb of a clause");
        assertEquals(0, w.start());
        String angry = "Ruiz/PROPN ,/PUNCT visibly/ADV angry/ADJ ,/PUNCT said/VERB the/DET vote/NOUN was/AUX rigged/VERB ./PUNCT";
        SubjectPhrase a = new SourcePhrases(CUES).leftSubject(view(angry), 4);
        assertNotNull(a);
        assertEquals(0, a.start());
        String clause = "In/ADP court/NOUN papers/NOUN ,/PUNCT her/PRON counsel/NOUN asked/VERB for/ADP mercy/NOUN ,/PUNCT "
                + "calling/VERB the/DET crime/NOUN an/DET addiction/NOUN ./PUNCT";
        SubjectPhrase c = new SourcePhrases(CUES).leftSubject(view(clause), 9);
        assertTrue(c == null || c.start() >= 4, "'her counsel asked for mercy' is a clause, no appositive: " + c);
    }

    @Test
    void aReportInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
        String t = "While/SCONJ Ruiz/PROPN said/VERB that/SCONJ reporters/NOUN must/AUX stay/VERB neutral/ADJ ,/PUNCT "
                + "she/PRON seems/VERB uneasy/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals("reporters must stay neutral", text(t, c));
        String noun = "Although/SCONJ the/DET mayor/NOUN said/VERB the/DET budget/NOUN ,/PUNCT as/ADP drafted/VERB ,/PUNCT "
                + "was/AUX balanced/ADJ ,/PUNCT the/DET city/NOUN council/NOUN voted/VERB no/DET ./PUNCT";
        assertEquals("the budget , as drafted , was balanced", text(noun, only(noun)), "a comma inside the report is no end");
        String plain = "Ruiz/PROPN said/VERB that/SCONJ reporters/NOUN must/AUX stay/VERB neutral/ADJ ,/PUNCT she/PRON seems/VERB sure/ADJ ./PUNCT";
        assertEquals("reporters must stay neutral , she seems sure", text(plain, only(plain)), "only an opening clause ends so");
    }

    @Test
    void aThatBeforeItsVerbIsTheReportsSubject() {
        String t = "Ruiz/PROPN said/VERB that/SCONJ was/AUX a/DET natural/ADJ part/NOUN of/ADP the/DET race/NOUN ./PUNCT";
        assertEquals("that was a natural part of the race", text(t, only(t)));
        String conjunction = "Ruiz/PROPN said/VERB that/SCONJ the/DET race/NOUN was/AUX close/ADJ ./PUNCT";
        assertEquals("the race was close", text(conjunction, only(conjunction)));
        String name = "Kim/PROPN warned/VERB that/SCONJ Pyongyang/VERB may/AUX change/VERB course/NOUN ./PUNCT";
        assertEquals("Pyongyang may change course", text(name, only(name)), "a capitalised word the tagger made a verb is a name");
    }

    @Test
    void aGerundOpeningTheReportIsItsSubject() {
        String t = "Ruiz/PROPN said/VERB voting/VERB does/AUX n’t/PART just/ADV happen/VERB on/ADP Tuesdays/PROPN ./PUNCT";
        assertEquals("voting does n’t just happen on Tuesdays", text(t, only(t)));
        String noClause = "Ruiz/PROPN said/VERB voting/VERB early/ADV ./PUNCT";
        assertTrue(claims(TokenTables.document(noClause)).isEmpty(), "a gerund alone is no clause");
    }

    @Test
    void butAfterAnObjectEndsTheReportButNotInsideAReportedClause() {
        String object = "Ruiz/PROPN praised/VERB the/DET plan/NOUN but/CCONJ stopped/VERB short/ADV of/ADP a/DET vote/NOUN ./PUNCT";
        assertEquals("the plan", text(object, only(object)));
        String counter = "Ruiz/PROPN criticized/VERB the/DET new/ADJ tariffs/NOUN ,/PUNCT but/CCONJ critics/NOUN point/VERB to/ADP jobs/NOUN ./PUNCT";
        assertEquals("the new tariffs", text(counter, only(counter)));
        String clause = "Ruiz/PROPN said/VERB the/DET plan/NOUN was/AUX fair/ADJ but/CCONJ required/VERB work/NOUN ./PUNCT";
        assertEquals("the plan was fair but required work", text(clause, only(clause)));
    }

    @Test
    void aSentenceAdverbWithoutCommasMayStandBetweenSubjectAndCue() {
        String t = "Carter/PROPN however/ADV said/VERB he/PRON would/AUX welcome/VERB help/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals(SubjectBeforeCueSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("“Carter”"), c.sourceDecision().why());
    }

    @Test
    void aConcessiveWordBetweenCommasIsAnAdverbAndAReflexiveOpensAnAppositive() {
        String though = "In/ADP all/DET ,/PUNCT though/ADV ,/PUNCT the/DET judges/NOUN have/AUX done/VERB their/PRON best/NOUN ,/PUNCT "
                + "Epstein/PROPN said/VERB ./PUNCT";
        assertEquals("In all , though , the judges have done their best", text(though, only(though)));
        String himself = "Tester/PROPN ,/PUNCT himself/PRON up/ADV for/ADP reelection/NOUN ,/PUNCT said/VERB he/PRON voted/VERB no/DET ./PUNCT";
        SubjectPhrase s = new SourcePhrases(CUES).leftSubject(view(himself), 6);
        assertNotNull(s);
        assertEquals(0, s.start());
    }

    @Test
    void aLongPhraseAfterTheCueEndingInThatIsNoPrepositionalObject() {
        String t = "Ruiz/PROPN said/VERB in/ADP an/DET interview/NOUN with/ADP The/DET Associated/PROPN Press/PROPN last/ADJ week/NOUN "
                + "that/SCONJ she/PRON would/AUX run/VERB ./PUNCT";
        assertEquals("she would run", text(t, only(t)));
        String spoke = "Ruiz/PROPN spoke/VERB to/ADP reporters/NOUN at/ADP the/DET school/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(spoke)).isEmpty(), "a prepositional object is no report");
    }

    @Test
    void aRelativeOrContactClauseReportsAPredicateWithoutItsSubject() {
        String which = "The/DET bill/NOUN ,/PUNCT which/PRON critics/NOUN said/VERB was/AUX unfair/ADJ to/ADP students/NOUN ,/PUNCT failed/VERB ./PUNCT";
        Claim c = only(which);
        assertEquals("was unfair to students", text(which, c));
        assertTrue(c.sourceDecision().why().contains("“critics”"), c.sourceDecision().why());
        String contact = "It/PRON was/AUX a/DET decision/NOUN they/PRON say/VERB allowed/VERB the/DET attacks/NOUN ./PUNCT";
        assertEquals("allowed the attacks", text(contact, only(contact)));
        String main = "Critics/NOUN said/VERB was/AUX unfair/ADJ ./PUNCT";
        assertTrue(claims(TokenTables.document(main)).isEmpty(), "a main clause's report needs its subject");
    }

    @Test
    void anSFormAfterAModifierBeforeAVerbOrARelativeClauseIsAPluralNoun() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("Ruiz/PROPN won/VERB swing/NOUN states/VERB that/PRON have/AUX many/ADJ voters/NOUN ./PUNCT"), 3));
        assertNull(sieve.find(view("The/DET terrorist/ADJ attacks/VERB were/AUX planned/VERB ./PUNCT"), 2));
        assertNotNull(sieve.find(view("The/DET suit/NOUN claims/VERB that/SCONJ the/DET firm/NOUN lied/VERB ./PUNCT"), 2),
                "a clause with its own subject after \"that\" is the report");
    }

    @Test
    void aQuestionByAnUnnamedAskerHasNoSource() {
        String opening = "Asked/VERB whether/SCONJ he/PRON would/AUX run/VERB ,/PUNCT Ruiz/PROPN smiled/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(opening);
        QuoteFindings found = STAGE.find(doc);
        Claim c = found.claims().get(0);
        assertEquals("whether he would run", text(opening, c), "the question ends where the main clause begins");
        assertEquals(UnnamedAskerSource.NAME, c.sourceDecision().sieve());
        int mention = ((ClaimSource.FrameSubject) c.source()).mention();
        assertTrue(found.mentions().get(mention).isEmpty(), "no words name the one who asks");
        String passive = "Ruiz/PROPN was/AUX asked/VERB about/ADP the/DET annual/ADJ report/NOUN ./PUNCT";
        assertEquals("the annual report", text(passive, only(passive)));
        String when = "Ruiz/PROPN smiled/VERB when/ADV asked/VERB if/SCONJ she/PRON would/AUX run/VERB ./PUNCT";
        assertEquals(UnnamedAskerSource.NAME, only(when).sourceDecision().sieve());
        String request = "Ruiz/PROPN left/VERB when/ADV asked/VERB to/PART do/VERB so/ADV ./PUNCT";
        assertTrue(claims(TokenTables.document(request)).isEmpty(), "a request is no question");
    }

    @Test
    void aFrameAfterAnUnnamedQuestionTakesItsOwnSubject() {
        String t = "Asked/VERB whether/SCONJ he/PRON would/AUX run/VERB ,/PUNCT Ruiz/PROPN shook/VERB her/PRON head/NOUN and/CCONJ "
                + "said/VERB that/SCONJ she/PRON would/AUX not/PART ./PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertEquals(2, c.size(), c::toString);
        assertTrue(c.get(1).sourceDecision().why().contains("“Ruiz”"), c.get(1).sourceDecision().why());
    }

    @Test
    void theAgentOfAPassiveCueIsItsSource() {
        String judged = "The/DET plan/NOUN was/AUX criticized/VERB by/ADP Senator/PROPN Ruiz/PROPN on/ADP Friday/PROPN ./PUNCT";
        Claim c = only(judged);
        assertEquals("The plan", text(judged, c), "the passive subject is what was judged");
        assertEquals(PassiveAgentSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("“Senator Ruiz”"), "no time in the agent: " + c.sourceDecision().why());
        String asked = "Ruiz/PROPN was/AUX asked/VERB by/ADP host/NOUN Ana/PROPN Cole/PROPN whether/SCONJ she/PRON would/AUX run/VERB ./PUNCT";
        Claim q = only(asked);
        assertEquals("whether she would run", text(asked, q));
        assertTrue(q.sourceDecision().why().contains("Ana Cole"), q.sourceDecision().why());
        String when = "When/ADV asked/VERB by/ADP Ana/PROPN Cole/PROPN on/ADP Monday/PROPN about/ADP the/DET new/ADJ tax/NOUN ,/PUNCT "
                + "Ruiz/PROPN smiled/VERB ./PUNCT";
        Claim w = only(when);
        assertEquals("the new tax", text(when, w), "a question verb's participle is passive without an auxiliary");
        assertTrue(w.sourceDecision().why().contains("“Ana Cole”"), w.sourceDecision().why());
        String inside = "Ruiz/PROPN backs/VERB the/DET pipeline/NOUN ,/PUNCT which/PRON is/AUX supported/VERB by/ADP Republicans/PROPN ./PUNCT";
        assertTrue(claims(TokenTables.document(inside)).stream().noneMatch(x -> x.sourceDecision().sieve().equals(PassiveAgentSource.NAME)),
                "a passive inside a relative clause is part of the report");
    }

    @Test
    void quantitiesAndThoseStandAloneAsSubjectsAndAReflexiveStressesOne() {
        SourcePhrases phrases = new SourcePhrases(CUES);
        SubjectPhrase half = phrases.leftSubject(view("Nearly/ADV half/ADV said/VERB they/PRON agree/VERB ./PUNCT"), 1);
        assertNotNull(half);
        assertEquals(0, half.start(), "the approximator belongs to the quantity");
        SubjectPhrase those = phrases.leftSubject(view("Those/PRON surveyed/VERB said/VERB it/PRON was/AUX fair/ADJ ./PUNCT"), 1);
        assertNotNull(those);
        assertEquals(0, those.start());
        assertNull(phrases.leftSubject(view("It/PRON came/VERB from/ADP those/PRON seeking/VERB help/NOUN ./PUNCT"), 3),
                "a preposition's object is no subject");
        String ford = "Ford/PROPN itself/PRON said/VERB the/DET deal/NOUN was/AUX on/ADP ./PUNCT";
        assertTrue(only(ford).sourceDecision().why().contains("“Ford”"), only(ford).sourceDecision().why());
        SubjectPhrase least = phrases.leftSubject(view("At/ADP least/ADJ half/NOUN of/ADP voters/NOUN say/VERB it/PRON was/AUX fair/ADJ ./PUNCT"), 4);
        assertNotNull(least);
        assertEquals(0, least.start(), "\"at least\" belongs to the quantity");
    }

    @Test
    void whatOpeningARelativeClauseIsNoPartOfItsSubject() {
        SubjectPhrase what = new SourcePhrases(CUES).leftSubject(
                view("It/PRON began/VERB what/DET former/ADJ employees/NOUN called/VERB a/DET scheme/NOUN ./PUNCT"), 4);
        assertNotNull(what);
        assertEquals(3, what.start());
    }

    @Test
    void namingVerbCueOverObjectsTheTaggerMisread() {
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        String speech = "Ruiz/PROPN called/VERB the/DET budget/NOUN speech/VERB a/DET “/PUNCT critical/ADJ moment/NOUN ”/PUNCT ./PUNCT";
        assertNotNull(sieve.find(view(speech), 1), "the object's noun tagged a verb");
        String possessive = "Ruiz/PROPN called/VERB AP/PROPN ’s/PART report/VERB a/DET “/PUNCT rush/NOUN ”/PUNCT ./PUNCT";
        assertNotNull(sieve.find(view(possessive), 1));
        String that = "Ruiz/PROPN called/VERB that/SCONJ report/NOUN a/DET “/PUNCT lie/NOUN ”/PUNCT ./PUNCT";
        assertEquals("that report a “ lie ”", text(that, only(that)), "the demonstrative is the object's, no conjunction");
        String alone = "Ruiz/PROPN called/VERB that/SCONJ “/PUNCT absurd/ADJ ”/PUNCT ./PUNCT";
        assertNotNull(sieve.find(view(alone), 1));
    }

    @Test
    void inATitleCaseHeadlineAnIngFormAfterAVerbIsNoFrame() {
        String t = "Ana/PROPN Ruiz/PROPN Says/PROPN She/PRON Has/AUX Already/ADV Started/VERB Writing/VERB Her/PRON Big/ADJ Speech/NOUN";
        Claim c = only(t);
        assertEquals("She Has Already Started Writing Her Big Speech", text(t, c));
    }

    @Test
    void aModifierWithAPronounObjectOrAnAdverbOfPlaceStaysWithTheSubject() {
        String close = "Cruz/PROPN will/AUX change/VERB ,/PUNCT a/DET source/NOUN close/ADV to/ADP him/PRON said/VERB ./PUNCT";
        assertEquals("subject “a source close to him” of “said”", only(close).sourceDecision().why());
        String familiar = "A/DET person/NOUN familiar/ADJ with/ADP them/PRON said/VERB the/DET talks/NOUN would/AUX resume/VERB ./PUNCT";
        assertEquals("subject “A person familiar with them” of “said”", only(familiar).sourceDecision().why());
        String here = "Officials/NOUN here/ADV said/VERB they/PRON have/AUX been/AUX working/VERB the/DET state/NOUN ./PUNCT";
        assertEquals("subject “Officials” of “said”", only(here).sourceDecision().why());
        String object = "Cruz/PROPN said/VERB he/PRON would/AUX meet/VERB him/PRON said/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(object)).stream().noneMatch(c -> c.sourceDecision().why().contains("him")),
                "a verb's object is no subject");
    }

    @Test
    void anAgeAfterThenAndAnOpeningPhraseBeforeANameAreNoSubjects() {
        String age = "Mr./PROPN Sperling/PROPN ,/PUNCT then/ADV 38/NUM ,/PUNCT said/VERB he/PRON was/AUX advised/VERB to/PART leave/VERB ./PUNCT";
        assertEquals("subject “Mr. Sperling” of “said”", only(age).sourceDecision().why());
        String day = "And/CCONJ on/ADP Tuesday/PROPN ,/PUNCT Kevin/PROPN Brady/PROPN ,/PUNCT chairman/NOUN of/ADP the/DET committee/NOUN ,/PUNCT "
                + "said/VERB that/SCONJ the/DET tax/NOUN might/AUX wait/VERB ./PUNCT";
        Claim c = only(day);
        assertEquals("subject “Kevin Brady” of “said”", c.sourceDecision().why());
        assertEquals("the tax might wait", text(day, c));
        // a party label between the name and its appositive
        String label = "Speaking/VERB later/ADV on/ADP the/DET show/NOUN ,/PUNCT Sen./PROPN Ann/PROPN Ruiz/PROPN (/PUNCT D-Mo./PROPN )/PUNCT "
                + ",/PUNCT a/DET Clinton/PROPN backer/NOUN ,/PUNCT said/VERB the/DET tax/NOUN might/AUX wait/VERB ./PUNCT";
        assertEquals("subject “Sen. Ann Ruiz” of “said”", only(label).sourceDecision().why());
        // names joined by "and" after an opening phrase: the phrase's last name is no part of the list
        String list = "Making/VERB her/PRON way/NOUN around/ADV Chez/PROPN Vachon/PROPN ,/PUNCT Ana/PROPN Ruiz/PROPN and/CCONJ "
                + "husband/NOUN Bill/PROPN said/VERB the/DET tax/NOUN might/AUX wait/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz and husband Bill” of “said”", only(list).sourceDecision().why());
    }

    @Test
    void aNameInAppositionWithWhereItsPersonIsFromIsTheSubject() {
        String of = "Another/DET analyst/NOUN ,/PUNCT Jane/PROPN Doe/PROPN of/ADP the/DET Brookings/PROPN Institution/PROPN ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Jane Doe” of “said”", only(of).sourceDecision().why());
        // a phrase that is no name's affiliation leaves the description the subject
        String verb = "Another/DET analyst/NOUN ,/PUNCT Jane/PROPN Doe/PROPN of/ADP the/DET institute/NOUN he/PRON runs/VERB ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(verb)).stream().noneMatch(c -> c.sourceDecision().why().contains("“Jane Doe”")));
    }

    @Test
    void anObjectReportEndsBeforeTheAndOfTheNextVerb() {
        String t = "Scott/PROPN criticized/VERB Congress/PROPN and/CCONJ said/VERB the/DET state/NOUN spent/VERB more/ADJ ./PUNCT";
        List<Claim> c = claims(TokenTables.document(t));
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertEquals("Congress", text(t, c.get(0)));
        assertEquals("the state spent more", text(t, c.get(1)));
    }

    @Test
    void aVerbAfterTheCueOfARelativeClauseIsTheReportsOwn() {
        String t = "The/DET list/NOUN ,/PUNCT which/PRON the/DET campaign/NOUN says/VERB includes/VERB two/NUM million/NUM donors/NOUN ,/PUNCT "
                + "is/AUX an/DET asset/NOUN ./PUNCT";
        assertEquals("includes two million donors", text(t, only(t)));
        String noun = "His/PRON tweets/VERB drew/VERB criticism/NOUN from/ADP allies/NOUN ./PUNCT";
        assertTrue(claims(TokenTables.document(noun)).isEmpty(), "after a possessive the -s form was a noun");
    }

    @Test
    void aPercentageIsASubject() {
        String t = "On/ADP social/ADJ issues/NOUN ,/PUNCT 26/NUM %/NOUN say/VERB they/PRON are/AUX conservative/ADJ ./PUNCT";
        assertEquals("subject “26 %” of “say”", only(t).sourceDecision().why());
    }

    @Test
    void anInvertedFrameInsideAClauseReportsBothSides() {
        String t = "The/DET economy/NOUN ,/PUNCT said/VERB Ana/PROPN Ruiz/PROPN ,/PUNCT a/DET historian/NOUN ,/PUNCT is/AUX strong/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals(ContentBeforeFrame.AROUND, c.spanDecision().sieve());
        assertTrue(text(t, c).startsWith("The economy") && text(t, c).endsWith("is strong"), text(t, c));
        String end = "The/DET economy/NOUN is/AUX strong/ADJ ,/PUNCT said/VERB Ana/PROPN Ruiz/PROPN ,/PUNCT a/DET historian/NOUN ./PUNCT";
        assertEquals(ContentBeforeFrame.NAME, only(end).spanDecision().sieve(), "a frame that ends its clause reports before it");
    }

    @Test
    void aNamingVerbTakesALongObjectBeforeAQuotedName() {
        NamingVerbCue sieve = new NamingVerbCue(new FrameGrammar(CUES));
        String and = "Ruiz/PROPN called/VERB Cole/PROPN 's/PART statements/NOUN and/CCONJ actions/NOUN on/ADP Sunday/PROPN “/PUNCT childish/ADJ ”/PUNCT ./PUNCT";
        assertNotNull(sieve.find(view(and), 1));
        String relative = "Ruiz/PROPN called/VERB the/DET assault/NOUN that/PRON killed/VERB five/NUM officers/NOUN “/PUNCT an/DET attack/NOUN ”/PUNCT ./PUNCT";
        assertEquals("the assault that killed five officers “ an attack ”", text(relative, only(relative)), "\"that\" opens a relative clause");
        String police = "Ruiz/PROPN called/VERB the/DET police/NOUN after/ADP “/PUNCT the/DET attack/NOUN ”/PUNCT ./PUNCT";
        assertNull(sieve.find(view(police), 1), "a preposition before the quotation");
        String clause = "Ruiz/PROPN called/VERB the/DET office/NOUN and/CCONJ said/VERB “/PUNCT no/DET way/NOUN ”/PUNCT ./PUNCT";
        assertNull(sieve.find(view(clause), 1), "a verb of its own");
    }

    @Test
    void anAdverbBeforeAnAppositivesDeterminerKeepsItAnAppositive() {
        String t = "Ted/PROPN Cruz/PROPN ,/PUNCT also/ADV a/DET GOP/PROPN hopeful/NOUN ,/PUNCT said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ted Cruz” of “said”", only(t).sourceDecision().why());
        String relative = "Mary/PROPN Susan/PROPN ,/PUNCT clad/VERB in/ADP lights/NOUN that/PRON formed/VERB a/DET name/NOUN ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Mary Susan” of “said”", only(relative).sourceDecision().why(), "a relative clause inside the appositive");
    }

    @Test
    void anAppositiveMayHoldARelativeClauseOrAParticipleAfterAName() {
        String whom = "Ana/PROPN Ruiz/PROPN ,/PUNCT a/DET rival/NOUN whom/PRON Lee/PROPN fired/VERB ,/PUNCT said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(whom).sourceDecision().why(), "'whom' opens a relative clause");
        String that = "Ana/PROPN Ruiz/PROPN ,/PUNCT the/DET founder/NOUN of/ADP Free/PROPN State/PROPN that/PRON backs/VERB Lee/PROPN ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(that).sourceDecision().why(), "'that' after a name's word");
        String allied = "Ana/PROPN Ruiz/PROPN ,/PUNCT head/NOUN of/ADP a/DET super/ADV PAC/PROPN allied/VERB with/ADP Lee/PROPN ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(allied).sourceDecision().why(), "a participle after a name's word");
    }

    @Test
    void aNameAfterAnOpeningPhraseAndBeforeItsAppositiveIsTheSubject() {
        String t = "Alarmed/VERB by/ADP news/NOUN from/ADP Ohio/PROPN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT the/DET leader/NOUN ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(t).sourceDecision().why(), "a participle's phrase opens the sentence, not “Ohio”");
        String on = "On/ADP Tuesday/PROPN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT the/DET leader/NOUN ,/PUNCT said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(on).sourceDecision().why(), "and a preposition's");
        String town = "In/ADP court/NOUN in/ADP Dayton/PROPN ,/PUNCT Ohio/PROPN ,/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT in/ADP a/DET red/ADJ coat/NOUN ,/PUNCT "
                + "said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(town).sourceDecision().why(), "a town and its region in the opening phrase");
    }

    @Test
    void aDescriptionAfterAnOpeningPhraseAndBeforeItsAppositiveIsTheSubject() {
        String t = "On/ADP Monday/PROPN ,/PUNCT the/DET Herald/PROPN ,/PUNCT the/DET voice/NOUN of/ADP the/DET party/NOUN ,/PUNCT "
                + "warned/VERB that/SCONJ the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “the Herald” of “warned”", only(t).sourceDecision().why(), "not “Monday”, nor no subject");
    }

    @Test
    void aQuotedTitleInsideTheSubjectOrAfterAPrepositionIsNoQuotation() {
        String t = "“/PUNCT We/PRON won/VERB ,/PUNCT ”/PUNCT the/DET “/PUNCT Pose/PROPN ”/PUNCT actor/NOUN said/VERB on/ADP "
                + "“/PUNCT Dancing/PROPN Stars/PROPN ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals("“ We won , ”", text(t, c));
        assertEquals("subject “the “ Pose ” actor” of “said”", c.sourceDecision().why());
        // the phrase goes on before the title's determiner, and a title's small words stay lower case
        String crowd = "Some/DET in/ADP the/DET “/PUNCT Bernie/PROPN or/CCONJ Bust/PROPN ”/PUNCT crowd/NOUN suggest/VERB "
                + "the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("subject “Some in the “ Bernie or Bust ” crowd” of “suggest”", only(crowd).sourceDecision().why());
        String someone = "Someone/PRON in/ADP the/DET audience/NOUN shouted/VERB that/SCONJ the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("subject “Someone in the audience” of “shouted”", only(someone).sourceDecision().why(), "an indefinite pronoun placed in");
        String answer = "“/PUNCT Will/AUX you/PRON run/VERB ?/PUNCT ”/PUNCT she/PRON asked/VERB ./PUNCT | He/PRON answered/VERB "
                + "with/ADP a/DET “/PUNCT Maybe/ADV ./PUNCT ”/PUNCT | He/PRON said/VERB :/PUNCT “/PUNCT Never/ADV ./PUNCT ”/PUNCT";
        NewsDocument doc = TokenTables.document(answer);
        assertTrue(claims(doc).stream().noneMatch(q -> q.content().of(doc.text()).contains("Maybe")), "a word quoted after an article");
        assertTrue(claims(doc).stream().anyMatch(q -> q.content().of(doc.text()).contains("Never")), "one after a colon is said");
    }

    @Test
    void aPrepositionsPhraseOfTimeBetweenSubjectAndVerbIsNoSubject() {
        SourcePhrases phrases = new FrameGrammar(CUES).phrases();
        String t = "She/PRON noted/VERB that/SCONJ Lee/PROPN in/ADP the/DET past/NOUN has/AUX criticized/VERB the/DET plan/NOUN ./PUNCT";
        SubjectPhrase s = phrases.leftSubject(view(t), 6);
        assertEquals(3, s.start(), "“Lee”, not “the past”: " + s);
        assertEquals(4, s.end());
        String friday = "She/PRON noted/VERB that/SCONJ Lee/PROPN on/ADP Friday/PROPN criticized/VERB the/DET plan/NOUN ./PUNCT";
        assertEquals(3, phrases.leftSubject(view(friday), 5).start(), "“Lee”, not “Friday”");
    }

    @Test
    void aClauseOfItsOwnAfterASourcePhraseIsNoResumedReport() {
        String t = "Lee/PROPN leads/VERB by/ADP 271/NUM delegates/NOUN ,/PUNCT according/VERB to/ADP a/DET count/NOUN by/ADP the/DET "
                + "AP/PROPN ,/PUNCT but/CCONJ Cole/PROPN has/AUX vowed/VERB to/PART stay/VERB ./PUNCT";
        Claim c = claims(TokenTables.document(t)).get(0);
        assertEquals("Lee leads by 271 delegates", text(t, c));
        assertEquals("“a count by the AP” after “according to”", c.sourceDecision().why());
    }

    @Test
    void aSecondDescriptionJoinedByAndIsInApposition() {
        String t = "``/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ''/PUNCT Ana/PROPN Ruiz/PROPN ,/PUNCT a/DET fellow/NOUN at/ADP the/DET "
                + "institute/NOUN ,/PUNCT and/CCONJ co-author/NOUN of/ADP the/DET study/NOUN ,/PUNCT said/VERB ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “said”", only(t).sourceDecision().why());
        String like = "The/DET ad/NOUN praises/VERB Lee/PROPN 's/PART record/NOUN ,/PUNCT and/CCONJ like/ADP the/DET other/ADJ ads/NOUN ,/PUNCT "
                + "does/AUX not/PART mention/VERB that/SCONJ Lee/PROPN is/AUX old/ADJ ./PUNCT";
        assertTrue(claims(TokenTables.document(like)).stream().noneMatch(c -> c.sourceDecision().why().contains("record")),
                "a phrase of comparison after “and” is no description of “Lee's record”");
    }

    @Test
    void aNumbersSubjectTakesItsComparisonAndSaidBeforeANounIsStillItsVerb() {
        String t = "Voters/NOUN were/AUX worried/ADJ ,/PUNCT and/CCONJ more/ADV than/ADP 4/NUM in/ADP 10/NUM said/VERB billionaire/NOUN "
                + "Ana/PROPN Ruiz/PROPN would/AUX win/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals("subject “more than 4 in 10” of “said”", c.sourceDecision().why());
        assertEquals("billionaire Ana Ruiz would win", text(t, c), "“said” modifies no noun");
        String nearly = "Nearly/ADV 40/NUM percent/NOUN said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Nearly 40 percent” of “said”", only(nearly).sourceDecision().why());
    }

    @Test
    void anIndefiniteNounPhraseEndingTheSentenceIsTheWritersGloss() {
        String t = "Ruiz/PROPN said/VERB the/DET rally/NOUN would/AUX be/AUX calm/ADJ ,/PUNCT a/DET swipe/NOUN at/ADP the/DET protests/NOUN ./PUNCT";
        assertEquals("the rally would be calm", text(t, only(t)));
        String named = "Ruiz/PROPN said/VERB Lee/PROPN would/AUX hire/VERB Cole/PROPN ,/PUNCT a/DET lawyer/NOUN ,/PUNCT for/ADP the/DET job/NOUN ./PUNCT";
        assertEquals("Lee would hire Cole , a lawyer , for the job", text(named, only(named)), "an appositive inside the report stays");
    }

    @Test
    void aPartyLabelInParenthesesGoesWithTheNameBeforeIt() {
        String object = "Lee/PROPN praised/VERB Sen./PROPN Ana/PROPN Ruiz/PROPN (/PUNCT D/X -/PUNCT Ohio/PROPN )/PUNCT for/ADP her/PRON "
                + "vote/NOUN ./PUNCT";
        assertEquals("Sen. Ana Ruiz ( D - Ohio ) for her vote", text(object, only(object)), "the object runs on over the label");
        String hearer = "Lee/PROPN urged/VERB Gov./PROPN Ana/PROPN Ruiz/PROPN (/PUNCT R/X )/PUNCT to/PART resign/VERB ./PUNCT";
        assertEquals("Gov. Ana Ruiz ( R ) to resign", text(hearer, only(hearer)), "an order's addressee keeps the label");
    }

    @Test
    void aSubjectAndItsAuxiliaryStandForTheReportedClause() {
        String t = "Ana/PROPN Ruiz/PROPN said/VERB he/PRON would/AUX ./PUNCT";
        assertEquals("he would", text(t, only(t)));
        String negated = "Ana/PROPN Ruiz/PROPN said/VERB it/PRON was/AUX not/PART ./PUNCT";
        assertEquals("it was not", text(negated, only(negated)));
        String alone = "Ana/PROPN Ruiz/PROPN said/VERB he/PRON ./PUNCT";
        assertTrue(claims(TokenTables.document(alone)).isEmpty(), "a pronoun alone is no clause");
    }

    @Test
    void aBeliefVerbTakesAClauseWhoseSubjectHasPhrasesOrIsAPronounAndAnAuxiliary() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        String phrases = "Aides/NOUN believe/VERB her/PRON efforts/NOUN as/ADP a/DET senator/NOUN for/ADP eight/NUM years/NOUN will/AUX "
                + "offset/VERB his/PRON lead/NOUN ./PUNCT";
        assertNotNull(sieve.find(view(phrases), 1));
        assertEquals("her efforts as a senator for eight years will offset his lead", text(phrases, only(phrases)));
        String possessive = "They/PRON think/VERB the/DET Fed/PROPN 's/PART rates/NOUN have/AUX helped/VERB ./PUNCT";
        assertNotNull(sieve.find(view(possessive), 1));
        assertNotNull(sieve.find(view("I/PRON think/VERB it/PRON 's/AUX in/ADP our/PRON interest/NOUN ./PUNCT"), 1));
        assertNull(sieve.find(view("Aides/NOUN believe/VERB in/ADP her/PRON efforts/NOUN as/ADP a/DET senator/NOUN ./PUNCT"), 1),
                "no clause: a prepositional object");
        assertNull(sieve.find(view("Aides/NOUN know/VERB her/PRON ./PUNCT"), 1));
    }

    @Test
    void aVerbThatNeedsItsParticleIsACueOnlyWithIt() {
        String clear = "Ruiz/PROPN made/VERB it/PRON clear/ADJ that/SCONJ she/PRON would/AUX run/VERB ./PUNCT";
        assertEquals("she would run", text(clear, only(clear)));
        String bare = "Ruiz/PROPN made/VERB clear/ADJ that/SCONJ she/PRON would/AUX run/VERB ./PUNCT";
        assertEquals("she would run", text(bare, only(bare)));
        assertTrue(claims(TokenTables.document("Ruiz/PROPN made/VERB a/DET deal/NOUN with/ADP Cole/PROPN ./PUNCT")).isEmpty());
        assertTrue(claims(TokenTables.document("Ana/PROPN Ruiz/PROPN Makes/VERB Sexist/PROPN Joke/PROPN About/ADP Cole/PROPN")).isEmpty(),
                "nor in a title-case headline");
        String emailed = "Ruiz/PROPN emailed/VERB that/SCONJ the/DET meeting/NOUN was/AUX off/ADV ./PUNCT";
        assertEquals("the meeting was off", text(emailed, only(emailed)), "a verb of the lexicon");
    }

    @Test
    void aBeliefVerbTakesAnExpletiveOrDemonstrativeSubjectAPhraseBeforeThatAndAParentheticalPlace() {
        BeliefVerbCue sieve = new BeliefVerbCue(new FrameGrammar(CUES));
        assertNotNull(sieve.find(view("Ruiz/PROPN believes/VERB there/PRON are/AUX no/DET options/NOUN ./PUNCT"), 1));
        assertNotNull(sieve.find(view("Aides/NOUN hope/VERB this/PRON is/AUX a/DET pause/NOUN ./PUNCT"), 1));
        assertNotNull(sieve.find(view("Aides/NOUN believe/VERB the/DET drumbeat/ADJ of/ADP pressure/NOUN will/AUX grow/VERB ./PUNCT"), 1),
                "an adjective before \"of\" heads the subject");
        String found = "Analysts/NOUN found/VERB in/ADP 2014/NUM that/SCONJ the/DET force/NOUN is/AUX the/DET best/ADJ ./PUNCT";
        assertEquals("the force is the best", text(found, only(found)));
        assertNull(sieve.find(view("Analysts/NOUN found/VERB in/ADP the/DET files/NOUN a/DET list/NOUN ./PUNCT"), 1));
        String aside = "Such/ADJ efforts/NOUN ,/PUNCT they/PRON believe/VERB ,/PUNCT will/AUX fail/VERB ./PUNCT";
        assertEquals(ContentBeforeFrame.AROUND, only(aside).spanDecision().sieve());
        assertNull(sieve.find(view("He/PRON left/VERB ,/PUNCT they/PRON believe/VERB ,/PUNCT ./PUNCT"), 3), "no verb after it");
        String closing = "A/DET win/NOUN would/AUX help/VERB her/PRON ,/PUNCT his/PRON team/NOUN believes/VERB ./PUNCT";
        assertEquals("A win would help her", text(closing, only(closing)), "closing its sentence, it reports the clause before");
        assertNull(sieve.find(view("The/DET pair/NOUN ,/PUNCT they/PRON believe/VERB ./PUNCT"), 3), "no clause before it");
    }

    @Test
    void aPhraseOfTimeBeforeTheReportEndsAtItsSubject() {
        String monday = "Ruiz/PROPN said/VERB Monday/PROPN the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan is dead", text(monday, only(monday)));
        String on = "Ruiz/PROPN said/VERB on/ADP Tuesday/PROPN his/PRON plan/NOUN would/AUX work/VERB ./PUNCT";
        assertEquals("his plan would work", text(on, only(on)));
        String trail = "Ruiz/PROPN said/VERB on/ADP the/DET campaign/NOUN trail/NOUN that/SCONJ the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan is dead", text(trail, only(trail)), "a determiner after a preposition is the phrase's own");
        String term = "Ruiz/PROPN thought/VERB this/DET court/NOUN term/NOUN would/AUX differ/VERB ./PUNCT";
        assertEquals("this court term would differ", text(term, only(term)), "\"this\" opens a phrase of time only before a time word");
        String week = "Ruiz/PROPN said/VERB this/DET week/NOUN the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan is dead", text(week, only(week)));
        String relative = "Ruiz/PROPN says/VERB a/DET hit/NOUN that/PRON used/VERB to/PART be/AUX fine/ADJ now/ADV draws/VERB a/DET flag/NOUN ./PUNCT";
        assertEquals("a hit that used to be fine now draws a flag", text(relative, only(relative)), "a relative \"that\" opens no report");
        String posing = "Voters/NOUN found/VERB it/PRON offensive/ADJ ,/PUNCT Ruiz/PROPN said/VERB in/ADP posing/VERB the/DET question/NOUN ./PUNCT";
        assertEquals("Voters found it offensive", text(posing, only(posing)), "a gerund after the preposition is its object");
        String self = "Ruiz/PROPN said/VERB this/PRON is/AUX a/DET pause/NOUN ./PUNCT";
        assertEquals("this is a pause", text(self, only(self)), "\"this\" before a verb is the report's subject");
    }

    @Test
    void aFrameAfterTheSubordinatorThatOpensTheContentIsPartOfIt() {
        String t = "Prosecutors/NOUN argued/VERB that/SCONJ although/SCONJ Lazar/PROPN confessed/VERB ,/PUNCT he/PRON showed/VERB "
                + "no/DET remorse/NOUN ./PUNCT";
        assertEquals("although Lazar confessed , he showed no remorse", text(t, only(t)));
    }

    @Test
    void anInfinitiveInsideTheSubjectsModifierStaysInIt() {
        String t = "Democrats/PROPN trying/VERB to/PART regain/VERB control/NOUN of/ADP the/DET Senate/PROPN say/VERB they/PRON have/AUX "
                + "a/DET weapon/NOUN ./PUNCT";
        assertEquals("subject “Democrats” of “say”", only(t).sourceDecision().why());
    }

    @Test
    void anAsFrameReportsTheClauseAfterItsCommaOrTheOneBeforeIt() {
        String opening = "As/SCONJ Ruiz/PROPN said/VERB ,/PUNCT the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan is dead", text(opening, only(opening)));
        String inside = "He/PRON left/VERB ,/PUNCT as/SCONJ the/DET Times/PROPN reported/VERB ,/PUNCT and/CCONJ he/PRON is/AUX gone/ADJ ./PUNCT";
        assertEquals("he is gone", text(inside, only(inside)));
        String closing = "The/DET plan/NOUN is/AUX dead/ADJ ,/PUNCT as/ADV Ruiz/PROPN said/VERB ./PUNCT";
        assertEquals("The plan is dead", text(closing, only(closing)), "not the \"as\"");
        String but = "But/CCONJ as/SCONJ Ruiz/PROPN noted/VERB ,/PUNCT the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan is dead", text(but, only(but)), "after an opening conjunction");
    }

    @Test
    void aDashAsideAfterTheSubjectAndAVerbTaggedANounBeforeAPronounAndItsVerb() {
        String dashes = "The/DET scholars/NOUN -/PUNCT Ana/PROPN Ruiz/PROPN and/CCONJ Bo/PROPN Cole/PROPN -/PUNCT agreed/VERB there/PRON are/VERB "
                + "good/ADJ candidates/NOUN ./PUNCT";
        assertEquals("subject “The scholars” of “agreed”", only(dashes).sourceDecision().why());
        String insist = "Cruz/PROPN 's/PART associates/NOUN insist/NOUN he/PRON 's/AUX returning/VERB ./PUNCT";
        assertEquals("he 's returning", text(insist, only(insist)));
    }

    @Test
    void aWordTaggedANounBeforeARelativeClauseIsNoCue() {
        String noun = "Acme/PROPN 's/PART gaming/NOUN offering/NOUN ,/PUNCT which/PRON is/AUX cheap/ADJ ,/PUNCT sells/VERB well/ADV ./PUNCT";
        assertTrue(claims(TokenTables.document(noun)).isEmpty(), "the comma and \"which\" qualify the noun");
        String verb = "Ruiz/PROPN 's/PART aides/NOUN insist/NOUN ,/PUNCT the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan is dead", text(verb, only(verb)));
    }

    @Test
    void anAsideBeforeAnAppositiveLeavesTheSubjectBeforeBoth() {
        String t = "Ruiz/PROPN ,/PUNCT meanwhile/ADV ,/PUNCT who/PRON sits/VERB at/ADP zero/NUM ,/PUNCT said/VERB the/DET plan/NOUN "
                + "would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ruiz” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void namesAPrepositionTakesPastTheirRoleAreNoSubject() {
        String t = "In/ADP an/DET interview/NOUN with/ADP Fox/PROPN hosts/NOUN Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN ,/PUNCT "
                + "the/DET candidate/NOUN stated/VERB "
                + "that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        assertEquals("subject “the candidate” of “stated”", only(t).sourceDecision().why());
    }

    @Test
    void theWordsAfterWithAreTheSubjectOfTheParticipleAfterThem() {
        String t = "Most/ADJ called/VERB themselves/PRON liberals/NOUN with/ADP about/ADJ three/NUM in/ADP 10/NUM saying/VERB they/PRON "
                + "are/AUX very/ADV liberal/ADJ ./PUNCT";
        assertEquals("subject “about three in 10” of “saying”", withCue(TokenTables.document(t), "saying").sourceDecision().why());
    }

    @Test
    void aNounOfPeopleOpeningTheSentenceTaggedAVerbOpensTheSubject() {
        String t = "Sources/VERB familiar/ADJ with/ADP the/DET talks/NOUN say/VERB the/DET deal/NOUN is/AUX close/ADJ ./PUNCT";
        assertEquals("subject “Sources familiar with the talks” of “say”", only(t).sourceDecision().why());
    }

    @Test
    void aDayAndItsOccasionWithNoCommaOpenTheClause() {
        String t = "Saturday/PROPN at/ADP the/DET party/NOUN convention/NOUN Sen./PROPN Ana/PROPN Ruiz/PROPN said/VERB the/DET plan/NOUN "
                + "failed/VERB ./PUNCT";
        assertEquals("subject “Sen. Ana Ruiz” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void aFrameSetBetweenCommasIntoTheClauseNamesItsOwnSpeaker() {
        String t = "Ruiz/PROPN ,/PUNCT aides/NOUN said/VERB ,/PUNCT will/AUX stay/VERB in/ADP the/DET race/NOUN ./PUNCT";
        assertEquals("subject “aides” of “said”", only(t).sourceDecision().why());
        assertEquals("Ruiz , aides said , will stay in the race", text(t, only(t))); // (token tables join words with spaces)
        // an appositive left open before the cue still describes the name
        String open = "Ruiz/PROPN ,/PUNCT the/DET governor/NOUN said/VERB the/DET plan/NOUN would/AUX fail/VERB ./PUNCT";
        assertEquals("subject “Ruiz” of “said”", only(open).sourceDecision().why());
    }

    @Test
    void aClauseOfCircumstanceBetweenSubjectAndVerbIsSkipped() {
        String asked = "Ruiz/PROPN ,/PUNCT when/SCONJ asked/VERB about/ADP the/DET plan/NOUN ,/PUNCT said/VERB it/PRON would/AUX fail/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(asked)).stream().anyMatch(c -> c.sourceDecision().why().equals("subject “Ruiz” of “said”")),
                () -> claims(TokenTables.document(asked)).toString());
        // a clause with a subject of its own may hold the speaker
        String own = "Ruiz/PROPN left/VERB ,/PUNCT while/SCONJ Poe/PROPN ,/PUNCT the/DET governor/NOUN ,/PUNCT said/VERB it/PRON would/AUX "
                + "fail/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(own)).stream().anyMatch(c -> c.sourceDecision().why().equals("subject “Poe” of “said”")),
                () -> claims(TokenTables.document(own)).toString());
        // words between commas that open otherwise are no aside
        String clause = "Ruiz/PROPN ,/PUNCT she/PRON left/VERB the/DET room/NOUN ,/PUNCT said/VERB it/PRON would/AUX fail/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(clause)).stream().noneMatch(c -> c.sourceDecision().why().equals("subject “Ruiz” of “said”")));
    }

    @Test
    void aTownsStateAfterItsCommaIsPartOfThePhraseBeforeTheReport() {
        String hearer = "Ruiz/PROPN told/VERB a/DET crowd/NOUN in/ADP Salem/PROPN ,/PUNCT New/PROPN Hampshire/PROPN on/ADP Monday/PROPN "
                + "that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertEquals("taxes are high", text(hearer, only(hearer)));
        String place = "Ruiz/PROPN said/VERB in/ADP Salem/PROPN ,/PUNCT Ohio/PROPN ,/PUNCT on/ADP Monday/PROPN that/SCONJ taxes/NOUN are/AUX "
                + "high/ADJ ./PUNCT";
        assertEquals("taxes are high", text(place, only(place)));
    }

    @Test
    void aVerbAndItsObjectAfterAnAppositiveOpenNoSubjectPhrase() {
        String t = "Poe/PROPN ,/PUNCT the/DET nominee/NOUN ,/PUNCT issued/VERB a/DET statement/NOUN after/ADP Ana/PROPN Ruiz/PROPN told/VERB "
                + "a/DET crowd/NOUN that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertEquals("subject “Ana Ruiz” of “told”", only(t).sourceDecision().why());
    }

    @Test
    void aRelativeClauseInAnOpeningPhraseEndsWhereTheMainClauseStarts() {
        String t = "For/ADP someone/PRON who/PRON conceded/VERB that/SCONJ she/PRON is/AUX “/PUNCT not/PART a/DET natural/ADJ ,/PUNCT ”/PUNCT "
                + "Ruiz/PROPN had/VERB a/DET good/ADJ night/NOUN ./PUNCT";
        assertEquals("she is “ not a natural , ”", text(t, only(t)));
    }

    @Test
    void aNamingParticipleInAnAppositiveLeavesTheSubjectAndNamesNothing() {
        String t = "Ana/PROPN Ruiz/PROPN ,/PUNCT at/ADP a/DET firm/NOUN called/VERB Acme/PROPN Partners/PROPN ,/PUNCT argues/NOUN that/PRON "
                + "as/ADV ties/NOUN deepen/NOUN ,/PUNCT “/PUNCT its/PRON influence/NOUN will/AUX grow/VERB ./PUNCT ”/PUNCT";
        List<Claim> found = claims(TokenTables.document(t));
        assertTrue(found.stream().anyMatch(c -> c.sourceDecision().why().equals("subject “Ana Ruiz” of “argues”")), found::toString);
        assertTrue(found.stream().noneMatch(c -> c.cueDecision().sieve().equals(NamingVerbCue.NAME)), found::toString);
        // the naming verb's object ends at the comma before the sentence's reporting verb: no quoted name follows it
        NamingVerbCue naming = new NamingVerbCue(new FrameGrammar(CUES));
        assertNull(naming.find(view(t), 6));
        assertNotNull(naming.find(view("Ana/PROPN called/VERB Acme/PROPN ,/PUNCT her/PRON rival/NOUN ,/PUNCT a/DET “/PUNCT scam/NOUN ”/PUNCT ./PUNCT"), 1),
                "an appositive after the object still leads to the quoted name");
    }

    @Test
    void aReportingVerbAfterAPhraseOfGoingOnTakesThatPhrasesSubject() {
        String on = "Ruiz/PROPN went/VERB on/ADP to/PART say/VERB that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertEquals("subject “Ruiz” of “went on” before “say”", only(on).sourceDecision().why());
        assertEquals("taxes are high", text(on, only(on)));
        String quick = "The/DET mayor/NOUN was/AUX quick/ADJ to/PART add/VERB that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertEquals(AspectInfinitiveSource.NAME, only(quick).sourceDecision().sieve());
        // so does one of being made to ("was forced to admit", "had to admit")
        String forced = "Ruiz/PROPN was/AUX forced/VERB to/PART admit/VERB that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertEquals("subject “Ruiz” of “was forced” before “admit”", only(forced).sourceDecision().why());
        String had = "Ruiz/PROPN had/VERB to/PART admit/VERB that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertEquals(AspectInfinitiveSource.NAME, only(had).sourceDecision().sieve());
        // after "but" the frame before speaks, not the subject of the clause in between
        String but = "Ruiz/PROPN joked/VERB Poe/PROPN was/AUX late/ADJ ,/PUNCT but/CCONJ went/VERB on/ADP to/PART say/VERB that/SCONJ "
                + "taxes/NOUN are/AUX high/ADJ ./PUNCT";
        assertTrue(claims(TokenTables.document(but)).stream().anyMatch(c -> c.sourceDecision().why().equals("subject “Ruiz” of “went on” before “say”")),
                () -> claims(TokenTables.document(but)).toString());
        // a quotation before the frame is its report; other words before it are not
        String quoted = "“/PUNCT Taxes/NOUN are/AUX high/ADJ ,/PUNCT ”/PUNCT Ruiz/PROPN went/VERB on/ADP to/PART say/VERB ./PUNCT";
        assertEquals(AspectInfinitiveSource.NAME, only(quoted).sourceDecision().sieve());
        String words = "Taxes/NOUN are/AUX high/ADJ ,/PUNCT Ruiz/PROPN began/VERB to/PART say/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(words)).isEmpty(), () -> claims(TokenTables.document(words)).toString());
        // a wish is no report
        assertTrue(claims(TokenTables.document("Ruiz/PROPN wants/VERB to/PART say/VERB that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT")).isEmpty());
    }

    @Test
    void aVerbThatTakesNoClauseReportsNoneAfterIt() {
        assertTrue(claims(TokenTables.document("When/ADV I/PRON spoke/VERB I/PRON saw/VERB his/PRON surprise/NOUN ./PUNCT")).isEmpty());
    }

    @Test
    void aParentheticalFrameAfterAConditionReportsTheConditionToo() {
        String condition = "If/SCONJ taxes/NOUN rise/VERB ,/PUNCT the/DET union/NOUN said/VERB ,/PUNCT it/PRON will/AUX strike/VERB ./PUNCT";
        assertEquals("If taxes rise , the union said , it will strike", text(condition, only(condition)));
        String contrast = "While/SCONJ most/ADJ were/AUX confidential/ADJ ,/PUNCT the/DET report/NOUN said/VERB ,/PUNCT two/NUM were/AUX "
                + "secret/ADJ ./PUNCT";
        assertEquals("two were secret", text(contrast, only(contrast)), "a contrast sets the scene; the main clause is the report");
    }

    @Test
    void beforeASourcePhraseTheClausesJoinedByAndAreAllReported() {
        String t = "Taxes/NOUN rose/NOUN ,/PUNCT and/CCONJ Ruiz/PROPN left/VERB ,/PUNCT according/VERB to/ADP the/DET paper/NOUN ./PUNCT";
        assertEquals("Taxes rose , and Ruiz left", text(t, only(t)));
        // after its frame, the writer's next event is no part of the report
        String after = "Poe/PROPN said/VERB the/DET plan/NOUN failed/VERB ,/PUNCT and/CCONJ Ruiz/PROPN left/VERB ./PUNCT";
        assertEquals("the plan failed", text(after, only(after)));
    }

    @Test
    void anOpeningClauseRunsIntoTheMainClauseWithoutAComma() {
        String t = "Even/ADV when/ADV the/DET mayor/NOUN visits/VERB the/DET county/NOUN he/PRON is/AUX popular/ADJ ,/PUNCT according/VERB "
                + "to/ADP the/DET paper/NOUN ./PUNCT";
        assertEquals("Even when the mayor visits the county he is popular", text(t, only(t)));
    }

    @Test
    void thoseWithAPhraseIsTheSubject() {
        String t = "Those/PRON in/ADP favor/NOUN of/ADP fines/NOUN have/AUX said/VERB that/SCONJ Ruiz/PROPN started/VERB the/DET fight/NOUN ./PUNCT";
        assertEquals("subject “Those in favor of fines” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void anIndefinitePronounIsASubject() {
        String someone = "Someone/PRON told/VERB Trump/PROPN that/SCONJ the/DET plan/NOUN was/AUX dead/ADJ ./PUNCT";
        assertEquals("subject “Someone” of “told”", only(someone).sourceDecision().why());
        String noOne = "No/DET one/PRON believes/VERB the/DET plan/NOUN will/AUX work/VERB ./PUNCT";
        assertEquals("subject “No one” of “believes”", only(noOne).sourceDecision().why());
        assertTrue(claims(TokenTables.document("This/DET one/PRON said/VERB the/DET plan/NOUN was/AUX dead/ADJ ./PUNCT")).stream()
                .noneMatch(c -> c.sourceDecision().why().contains("“This one”") || c.sourceDecision().why().contains("“one”")),
                "\"one\" alone is no indefinite pronoun");
    }

    @Test
    void aHearersPhraseBeforeAVerbIsTheReportsSubject() {
        String t = "Clinton/PROPN promised/VERB her/PRON entire/ADJ program/NOUN would/AUX be/AUX paid/VERB for/ADP ./PUNCT";
        assertEquals("her entire program would be paid for", text(t, only(t)));
        String told = "Ruiz/PROPN told/VERB her/PRON staff/NOUN the/DET plan/NOUN was/AUX dead/ADJ ./PUNCT";
        assertEquals("the plan was dead", text(told, only(told)), "a hearer before the report's own subject");
    }

    @Test
    void aClauseEndingInAQuotationIsNoAppositive() {
        String t = "Behind/ADP the/DET scenes/NOUN ,/PUNCT Mr./PROPN Plaats/PROPN is/AUX “/PUNCT activating/VERB his/PRON network/NOUN ,/PUNCT ”/PUNCT "
                + "said/VERB Bryan/PROPN English/PROPN ./PUNCT";
        assertEquals(InvertedSubjectSource.NAME, only(t).sourceDecision().sieve(), "not “the scenes” before an appositive");
    }

    @Test
    void aQuantifierOfAPronounAndAQuantifierBeforeAClauseAreSubjects() {
        String most = "Most/ADV of/ADP them/PRON said/VERB they/PRON had/AUX loved/VERB it/PRON ./PUNCT";
        assertEquals("subject “Most of them” of “said”", only(most).sourceDecision().why());
        String some = "Some/DET say/VERB they/PRON hear/VERB echoes/NOUN of/ADP fascism/NOUN ./PUNCT";
        assertEquals("they hear echoes of fascism", text(some, only(some)));
        assertTrue(claims(TokenTables.document("Some/DET say/VERB is/AUX better/ADJ than/ADP none/NOUN ./PUNCT")).isEmpty(),
                "no clause after it: a noun");
    }

    @Test
    void aParticiplesQuotedObjectMayRunLongerInAnAppositive() {
        String t = "Mr./PROPN Manafort/PROPN ,/PUNCT citing/VERB “/PUNCT the/DET unique/ADJ magic/NOUN of/ADP Trump/PROPN ,/PUNCT ”/PUNCT "
                + "said/VERB the/DET race/NOUN was/AUX close/ADJ ./PUNCT";
        assertEquals("subject “Mr. Manafort” of “said”", only(t).sourceDecision().why());
    }

    @Test
    void aPhraseSetOffByCommasInsideTheReportIsNoNarratorsClause() {
        String aside = "Smith/PROPN said/VERB Trump/PROPN ,/PUNCT despite/ADP his/PRON wealth/NOUN ,/PUNCT is/AUX well/ADV placed/VERB ./PUNCT";
        assertEquals("Trump , despite his wealth , is well placed", text(aside, only(aside)));
        String after = "Smith/PROPN said/VERB the/DET plan/NOUN failed/VERB ,/PUNCT despite/ADP the/DET money/NOUN ./PUNCT";
        assertEquals("the plan failed", text(after, only(after)), "the writer's clause after the report");
    }

    @Test
    void aWrapperNamingSomeoneElseStandsBesideTheReportInsideIt() {
        String t = "Lee/PROPN told/VERB police/NOUN that/SCONJ she/PRON left/VERB early/ADV ,/PUNCT the/DET source/NOUN said/VERB ./PUNCT";
        List<Claim> both = claims(TokenTables.document(t));
        assertEquals(2, both.size(), () -> "claims: " + both);
        assertEquals(List.of("Lee told police that she left early", "she left early"), both.stream().map(c -> text(t, c)).toList());
        String according = "Ruiz/PROPN said/VERB the/DET plant/NOUN will/AUX close/VERB ,/PUNCT according/VERB to/ADP the/DET union/NOUN ./PUNCT";
        List<Claim> two = claims(TokenTables.document(according));
        assertEquals(List.of(PhraseObjectSource.NAME, SubjectBeforeCueSource.NAME), two.stream().map(c -> c.sourceDecision().sieve()).toList(),
                "the union reports what Ruiz said; Ruiz said it");
    }

    @Test
    void aWrapperYieldsToTheSameSpeakersFrameInsideIt() {
        String t = "Lee/PROPN said/VERB “/PUNCT I/PRON left/VERB early/ADV ,/PUNCT ”/PUNCT she/PRON said/VERB ./PUNCT";
        Claim c = only(t);
        assertEquals(4, c.cue().start(), "the first 'said' frames the quotation");
        assertEquals("“ I left early , ”", text(t, c));
        String named = "Lee/PROPN said/VERB “/PUNCT I/PRON left/VERB early/ADV ,/PUNCT ”/PUNCT Ann/PROPN Lee/PROPN said/VERB ./PUNCT";
        assertEquals(4, only(named).cue().start(), "both subjects end in the same name");
    }

    @Test
    void anOpeningSubordinateClauseIsNoReportOfTheMainClause() {
        String t = "After/SCONJ the/DET court/NOUN refused/VERB to/PART act/VERB ,/PUNCT Sen./PROPN Ann/PROPN Lee/PROPN (/PUNCT D/PROPN )/PUNCT "
                + "asked/VERB the/DET justices/NOUN for/ADP help/NOUN ./PUNCT";
        Claim c = only(t);
        assertEquals("refused", c.cue().of(TokenTables.document(t).text()));
        assertEquals("to act", text(t, c), "the report ends where the main clause starts, its subject's party label and all");
        String quoted = "When/SCONJ Lee/PROPN said/VERB she/PRON would/AUX “/PUNCT fight/VERB on/ADP ,/PUNCT ”/PUNCT the/DET crowd/NOUN applauded/VERB ./PUNCT";
        Claim q = only(quoted);
        assertEquals("said", q.cue().of(TokenTables.document(quoted).text()));
        assertEquals("she would “ fight on , ”", text(quoted, q));
        String phrase = "As/ADP a/DET host/NOUN on/ADP “/PUNCT The/DET Show/PROPN ,/PUNCT ”/PUNCT Lee/PROPN mocked/VERB guests/NOUN ,/PUNCT "
                + "according/VERB to/ADP insiders/NOUN ./PUNCT";
        Claim p = only(phrase);
        assertEquals(SourcePhraseCue.NAME, p.cueDecision().sieve(), "'As a host' is a preposition's phrase, not a clause");
        assertTrue(text(phrase, p).startsWith("As a host") && text(phrase, p).endsWith("mocked guests"), text(phrase, p));
    }

    @Test
    void aVerbThatTakesNoClauseReportsNoWordsBeforeItButAQuotationOrAPassivesSubject() {
        String spoke = "The/DET hall/NOUN was/AUX full/ADJ when/ADV she/PRON arrived/VERB ,/PUNCT Lee/PROPN spoke/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(spoke)).isEmpty(), () -> "claims: " + claims(TokenTables.document(spoke)));
        String supported = "Taxes/NOUN will/AUX fall/VERB next/ADJ year/NOUN ,/PUNCT the/DET group/NOUN supported/VERB ./PUNCT";
        assertTrue(claims(TokenTables.document(supported)).isEmpty(), () -> "claims: " + claims(TokenTables.document(supported)));
        String quoted = "“/PUNCT Shame/NOUN on/ADP you/PRON ,/PUNCT ”/PUNCT Lee/PROPN berated/VERB ./PUNCT";
        assertEquals("“ Shame on you , ”", text(quoted, only(quoted)));
        String passive = "The/DET plan/NOUN is/AUX supported/VERB by/ADP the/DET union/NOUN ./PUNCT";
        assertEquals("The plan", text(passive, only(passive)));
    }

    @Test
    void aNounAfterAHyphenatedModifierIsNoCueButAfterAHyphenatedNameItMayBe() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("Lee/PROPN defended/VERB his/PRON early/ADJ -/PUNCT morning/NOUN tweets/NOUN ,/PUNCT saying/VERB so/ADV ./PUNCT"), 6));
        assertNotNull(sieve.find(view("She/PRON won/VERB ,/PUNCT Ann/PROPN Stanley/PROPN -/PUNCT Becker/PROPN reports/NOUN ./PUNCT"), 7));
    }

    @Test
    void aFreeRelativeAfterAParentheticalSourceIsNoResumedReport() {
        String t = "Taxes/NOUN would/AUX fall/VERB 9/NUM percent/NOUN ,/PUNCT according/VERB to/ADP the/DET center/NOUN ,/PUNCT "
                + "more/ADJ than/ADP twice/ADV what/PRON it/PRON projected/VERB ./PUNCT";
        assertEquals("Taxes would fall 9 percent", text(t, only(t)));
        String resumed = "The/DET plan/NOUN ,/PUNCT according/VERB to/ADP the/DET center/NOUN ,/PUNCT would/AUX cut/VERB taxes/NOUN ./PUNCT";
        assertEquals(ContentBeforeFrame.AROUND, only(resumed).spanDecision().sieve(), "a clause after it resumes the report");
    }

    @Test
    void havingSaidThatPointsBackAndReportsNothing() {
        SpeechVerbCue sieve = new SpeechVerbCue(CUES);
        assertNull(sieve.find(view("Having/VERB said/VERB that/PRON ,/PUNCT some/DET economists/NOUN disagree/VERB ./PUNCT"), 1));
        assertNotNull(sieve.find(view("Lee/PROPN ,/PUNCT having/AUX said/VERB that/SCONJ taxes/NOUN rose/VERB ,/PUNCT left/VERB ./PUNCT"), 3),
                "'having said that taxes rose' reports");
    }

    @Test
    void aSourcePhrasesObjectTakesAHyphenatedModifierWithItsAdverb() {
        String t = "According/VERB to/ADP a/DET just/ADV ~-/PUNCT ~released/ADJ poll/NOUN ,/PUNCT Lee/PROPN leads/VERB the/DET field/NOUN easily/ADV ./PUNCT";
        Claim c = only(t);
        assertEquals(SourcePhraseCue.NAME, c.cueDecision().sieve());
        assertEquals("Lee leads the field easily", text(t, c));
    }

    @Test
    void aParticipleBeforeAPronounIsTheVerbNotPartOfTheSubject() {
        String t = "Lee/PROPN called/VERB her/PRON fallen/VERB son/NOUN her/PRON hero/NOUN before/ADV explaining/VERB why/ADV "
                + "she/PRON forgave/VERB him/PRON ./PUNCT";
        Claim c = only(t);
        assertEquals(SharedSubjectSource.NAME, c.sourceDecision().sieve());
        assertTrue(c.sourceDecision().why().contains("subject “Lee”"), c.sourceDecision().why());
    }

    @Test
    void theWordsAfterAVerbsParticleAreItsObjectNotAnInvertedSubject() {
        String t = "Lee/PROPN said/VERB refugees/NOUN were/AUX welcome/ADJ where/ADV “/PUNCT common/ADJ sense/NOUN ”/PUNCT made/VERB "
                + "clear/ADJ that/SCONJ they/PRON were/AUX safe/ADJ ./PUNCT";
        Claim c = only(t);
        assertEquals("said", c.cue().of(TokenTables.document(t).text()), "no frame for “made clear” whose source is “clear”");
        assertTrue(text(t, c).endsWith("were safe"), text(t, c));
    }

    @Test
    void aSubordinatorAfterACommaBeforeTheNextFrameIsNoPartOfTheReport() {
        String t = "Most/ADJ voters/NOUN think/VERB the/DET economy/NOUN is/AUX improving/VERB ,/PUNCT while/SCONJ a/DET third/NOUN "
                + "believe/VERB it/PRON is/AUX worse/ADJ ./PUNCT";
        List<Claim> all = claims(TokenTables.document(t));
        assertEquals("the economy is improving", text(t, all.get(0)));
        String inside = "Lee/PROPN said/VERB she/PRON was/AUX hurt/VERB while/SCONJ playing/VERB ./PUNCT";
        assertEquals("she was hurt while playing", text(inside, only(inside)), "with no comma before it the clause is the report's");
    }

    @Test
    void inTheWordsOfNamesTheSourceAsAccordingToDoes() {
        String t = "In/ADP the/DET words/NOUN of/ADP co/NOUN ~-/PUNCT ~author/NOUN Jin/PROPN Park/PROPN :/PUNCT “/PUNCT The/DET trend/NOUN "
                + "is/AUX clear/ADJ ./PUNCT ”/PUNCT";
        Claim c = only(t);
        assertEquals(SourcePhraseCue.NAME, c.cueDecision().sieve());
        assertEquals("“ The trend is clear . ”", text(t, c));
    }

    @Test
    void oneNameAfterAPluralHeadsObjectIsTheObjectsAndTheHeadSpeaks() {
        String lawyers = "Lawyers/NOUN for/ADP the/DET defendant/NOUN ,/PUNCT Marcus/PROPN Lee/PROPN ,/PUNCT argued/VERB that/SCONJ "
                + "the/DET search/NOUN was/AUX illegal/ADJ ./PUNCT";
        String why = only(lawyers).sourceDecision().why();
        assertTrue(why.contains("“Lawyers for the defendant”"), why);
        String chairman = "The/DET chairman/NOUN of/ADP the/DET panel/NOUN ,/PUNCT John/PROPN Smith/PROPN ,/PUNCT said/VERB the/DET "
                + "vote/NOUN would/AUX go/VERB ahead/ADV ./PUNCT";
        assertTrue(only(chairman).sourceDecision().why().contains("“John Smith”"), "a singular head is the name's");
    }

    @Test
    void aRelativeClauseOnTheHearerIsNoReportButAnOrderMayFollowIt() {
        String urged = "Some/DET urged/VERB a/DET return/NOUN of/ADP Boris/PROPN Johnson/PROPN ,/PUNCT who/PRON resigned/VERB in/ADP "
                + "July/PROPN ./PUNCT";
        assertTrue(claims(TokenTables.document(urged)).stream().noneMatch(c -> text(urged, c).startsWith("who")),
                () -> "claims: " + claims(TokenTables.document(urged)));
        String asked = "Hannity/PROPN asked/VERB Kasich/PROPN ,/PUNCT who/PRON is/AUX fourth/ADJ ,/PUNCT to/PART lay/VERB out/ADP "
                + "his/PRON path/NOUN ./PUNCT";
        assertEquals("Kasich , who is fourth , to lay out his path", text(asked, only(asked)));
    }

    @Test
    void theHearersAppositiveIsNoPartOfTheReportAndQAndAIsALabel() {
        String t = "We/PRON asked/VERB Claudia/PROPN Sahm/PROPN ,/PUNCT a/DET former/ADJ Fed/PROPN economist/NOUN ,/PUNCT what/PRON "
                + "comes/VERB next/ADV ./PUNCT";
        assertEquals("what comes next", text(t, only(t)));
        assertTrue(claims(TokenTables.document("Q&A/PROPN :/PUNCT Economist/NOUN on/ADP inflation/NOUN")).isEmpty(), "a label is no speaker");
        assertTrue(claims(TokenTables.document("Interview/NOUN :/PUNCT the/DET mayor/NOUN on/ADP housing/NOUN")).isEmpty(), "a kind of story neither");
    }

    @Test
    void anAnswerOrAMessageJudgedBeforeTheColonCarriesTheQuotation() {
        String answer = "Her/PRON answer/NOUN :/PUNCT “/PUNCT Not/PART this/DET time/NOUN ./PUNCT ”/PUNCT";
        assertEquals("Her answer", ((ClaimSource.Named) only(answer).source()).phrase().of(TokenTables.document(answer).text()));
        String clear = "The/DET message/NOUN from/ADP the/DET White/PROPN House/PROPN was/AUX clear/ADJ :/PUNCT “/PUNCT We/PRON "
                + "will/AUX not/PART negotiate/VERB ./PUNCT ”/PUNCT";
        Claim c = only(clear);
        assertEquals(VehicleColonQuote.NAME, c.spanDecision().sieve());
        assertEquals("The message from the White House", ((ClaimSource.Named) c.source()).phrase().of(TokenTables.document(clear).text()));
        String result = "The/DET result/NOUN was/AUX clear/ADJ :/PUNCT “/PUNCT We/PRON won/VERB ./PUNCT ”/PUNCT";
        assertTrue(claims(TokenTables.document(result)).stream().noneMatch(x -> x.spanDecision().sieve().equals(VehicleColonQuote.NAME)),
                "a result carries no one's words");
    }

    @Test
    void aSubjectOpeningTheClauseAfterADatelineOrBeforeAGerundsObjectIsItsHead() {
        String dateline = "LOS/PROPN ANGELES/PROPN —/PUNCT The/DET author/NOUN of/ADP a/DET book/NOUN about/ADP the/DET crisis/NOUN "
                + "said/VERB banks/NOUN were/AUX to/PART blame/VERB ./PUNCT";
        String why = only(dateline).sourceDecision().why();
        assertTrue(why.contains("“The author”"), why);
        String head = "The/DET head/NOUN of/ADP a/DET commission/NOUN investigating/VERB the/DET attack/NOUN said/VERB the/DET "
                + "report/NOUN was/AUX late/ADJ ./PUNCT";
        String gerund = only(head).sourceDecision().why();
        assertTrue(gerund.contains("“The head”"), gerund);
        String hackers = "Hackers/NOUN backing/VERB President/PROPN Ben/PROPN Cole/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        String named = only(hackers).sourceDecision().why();
        assertTrue(named.contains("“Hackers”"), "not the gerund's object: " + named);
        String seeking = "Judges/NOUN handling/VERB lawsuits/NOUN seeking/VERB records/NOUN have/AUX cited/VERB the/DET vote/NOUN ./PUNCT";
        NewsDocument doc = TokenTables.document(seeking);
        Claim c = claims(doc).stream().filter(x -> x.cue().of(doc.text()).equals("seeking")).findFirst().orElseThrow();
        assertTrue(c.sourceDecision().why().contains("subject “lawsuits”"), "a gerund cue's subject is the phrase before it: " + c);
    }

    @Test
    void anObjectsListGoesOnPastAnAsideBetweenDashes() {
        String t = "She/PRON praised/VERB the/DET tax/NOUN cuts/NOUN —/PUNCT which/PRON would/AUX help/VERB workers/NOUN —/PUNCT and/CCONJ "
                + "her/PRON own/ADJ plans/NOUN ./PUNCT";
        assertEquals("the tax cuts — which would help workers — and her own plans", text(t, only(t)));
    }
}
