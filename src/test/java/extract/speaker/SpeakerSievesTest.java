package extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.doc.NewsDocument;
import extract.doc.TokenTables;
import extract.quotes.Attribution;
import extract.quotes.CueLexicon;
import extract.quotes.QuoteStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each speaker sieve on hand-made token tables with their entities (no model loads). */
class SpeakerSievesTest {
    private static final QuoteStage QUOTES = new QuoteStage(CueLexicon.load());
    private static final SpeakerStage SPEAKERS = new SpeakerStage(SpeakerLexicon.load(), null); // the rules alone, without the ranker

    private static List<Attribution> attributions(String table, String... entities) {
        NewsDocument doc = TokenTables.document(table, entities);
        return SPEAKERS.resolve(doc, QUOTES.find(doc));
    }

    private static Attribution last(String table, String... entities) {
        List<Attribution> a = attributions(table, entities);
        assertTrue(!a.isEmpty(), "no attribution");
        return a.get(a.size() - 1);
    }

    @Test
    void nameTakesItsFullestForm() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN met/VERB voters/NOUN ./PUNCT | Ruiz/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(NameSieve.NAME, a.provenance().speaker().sieve());
        // a name the name finder missed is kept whole ("Watch" is a word of names, not only of labels)
        Attribution watch = last("Judicial/ADJ Watch/PROPN stated/VERB that/SCONJ the/DET email/NOUN was/AUX found/VERB ./PUNCT");
        assertEquals("Judicial Watch", watch.speaker().name());
    }

    @Test
    void aPlaceInsideALongerPlaceIsAnotherPlace() {
        Attribution a = last("China/PROPN patrols/VERB the/DET South/PROPN China/PROPN Sea/PROPN ./PUNCT | "
                + "China/PROPN said/VERB that/SCONJ talks/NOUN will/AUX resume/VERB ./PUNCT",
                "LOCATION:China", "LOCATION:South China Sea", "LOCATION:China");
        assertEquals("China", a.speaker().name());
    }

    @Test
    void anOrganisationKeepsTheWordsBeforeItsNounAndAnAcronymKeepsItsOwn() {
        List<Attribution> all = attributions("The/DET DNC/PROPN Rules/PROPN Committee/PROPN met/VERB ./PUNCT | "
                + "The/DET Democratic/PROPN National/PROPN Committee/PROPN said/VERB that/SCONJ it/PRON will/AUX vote/VERB ./PUNCT | "
                + "The/DET DNC/PROPN said/VERB that/SCONJ it/PRON will/AUX vote/VERB ./PUNCT",
                "ORGANIZATION:DNC Rules Committee", "ORGANIZATION:Democratic National Committee", "ORGANIZATION:DNC");
        assertEquals("Democratic National Committee", all.get(0).speaker().name());
        assertEquals("DNC", all.get(1).speaker().name());
    }

    @Test
    void aPersonsNameDropsOnlyWordsThatAreNoName() {
        Attribution a = last("Trump/PROPN critic/NOUN Mark/PROPN Cuban/PROPN spoke/VERB ./PUNCT | "
                + "Mark/PROPN Cuban/PROPN spoke/VERB again/ADV ./PUNCT | Mark/PROPN Cuban/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Trump critic Mark Cuban", "PERSON:Mark Cuban", "PERSON:Mark Cuban");
        assertEquals("Mark Cuban", a.speaker().name());
        Attribution b = last("Pena/PROPN Nieto/PROPN spoke/VERB ./PUNCT | "
                + "Pena/PROPN Nieto/PROPN spoke/VERB again/ADV ./PUNCT | Enrique/PROPN Pena/PROPN Nieto/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Pena Nieto", "PERSON:Pena Nieto", "PERSON:Enrique Pena Nieto");
        assertEquals("Enrique Pena Nieto", b.speaker().name());
    }

    @Test
    void aRoleWordAfterAPossessiveHeadsADescriptionThoughCapitalised() {
        Attribution a = last("Donald/PROPN Trump/PROPN spoke/VERB ./PUNCT | Trump/PROPN \u2019s/PART Son/PROPN Says/VERB "
                + "the/DET race/NOUN will/AUX be/AUX hard/ADJ ./PUNCT", "PERSON:Donald Trump", "PERSON:Trump");
        assertEquals("Trump \u2019s Son", a.speaker().name()); // the fixture joins its tokens with spaces
    }

    @Test
    void aTitleRunsOnToThePersonItNamesButNotToAPlace() {
        Attribution kerry = last("Secretary/PROPN of/ADP State/PROPN John/PROPN Kerry/PROPN said/VERB that/SCONJ "
                + "talks/NOUN will/AUX resume/VERB ./PUNCT", "PERSON:John Kerry");
        assertEquals("John Kerry", kerry.speaker().name());
        Attribution envoy = last("Chad/PROPN \u2019s/PART Ambassador/PROPN to/ADP France/PROPN said/VERB that/SCONJ "
                + "talks/NOUN will/AUX resume/VERB ./PUNCT", "LOCATION:Chad", "LOCATION:France");
        assertTrue(envoy.speaker().name().contains("Ambassador"), envoy.speaker().name());
    }

    @Test
    void aTimeIsNoOneADescriptionCanMean() {
        // the object of "report" before the comma is no name in apposition, and "Wednesday" no organisation
        Attribution a = last("Just/ADV days/NOUN before/SCONJ it/PRON was/AUX to/PART report/VERB earnings/NOUN on/ADP "
                + "Wednesday/PROPN ,/PUNCT the/DET company/NOUN said/VERB that/SCONJ it/PRON had/AUX suspended/VERB accounts/NOUN ./PUNCT");
        assertEquals("the company", a.speaker().name());
    }

    @Test
    void aSpeakersNameTheNameFinderMissedIsSomeoneWhereverItStands() {
        String table = "Shares/NOUN of/ADP Teck/PROPN fell/VERB in/ADP Oslo/PROPN ./PUNCT | Teck/PROPN says/VERB that/SCONJ "
                + "costs/NOUN will/AUX rise/VERB ./PUNCT | Studies/PROPN say/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "Democrats/PROPN said/VERB that/SCONJ Teck/PROPN and/CCONJ Democrats/PROPN will/AUX win/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(table, "LOCATION:Oslo");
        var sources = QUOTES.find(doc).mentions().stream().flatMap(java.util.Optional::stream).toList();
        List<String> named = new SpeakerContext(doc, SpeakerLexicon.load(), java.util.Optional.empty(), sources).referents().stream()
                .map(r -> r.canonical() + "@" + r.sentence()).toList();
        // every "Teck", the one before any frame too; not "Studies", which only a sentence capitalises, nor a party's members
        assertEquals(List.of("Teck@0", "Oslo@0", "Teck@1", "Teck@3"), named);
        // without the frames' sources, the name finder's entities alone
        assertEquals(1, new SpeakerContext(doc, SpeakerLexicon.load()).referents().size());
    }

    @Test
    void twoFramesOfOneStatementByOneSpeakerMakeOneRow() {
        String table = "Ana/PROPN Ruiz/PROPN repeated/VERB her/PRON claim/NOUN that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        NewsDocument doc = TokenTables.document(table, "PERSON:Ana Ruiz");
        assertEquals(2, QUOTES.find(doc).claims().size(), "the verb's frame and the claim's");
        List<Attribution> rows = SPEAKERS.resolve(doc, QUOTES.find(doc));
        assertEquals(1, rows.size(), () -> "rows: " + rows);
        assertEquals("Ana Ruiz", rows.get(0).speaker().name());
        // two speakers of the same words are two rows
        String two = "Ruiz/PROPN said/VERB :/PUNCT \"/PUNCT Taxes/NOUN will/AUX rise/VERB ,/PUNCT \"/PUNCT the/DET Times/PROPN reported/VERB ./PUNCT";
        List<Attribution> both = attributions(two, "PERSON:Ruiz", "ORGANIZATION:Times");
        assertEquals(List.of("Ruiz", "Times"), both.stream().map(a -> a.speaker().name()).sorted().toList());
        assertEquals(both.get(0).content(), both.get(1).content());
    }

    @Test
    void aNounWrittenBeforeAPersonsNameIsThatPersonsRoleNearBy() {
        String met = "Party/PROPN donor/NOUN Ana/PROPN Ruiz/PROPN met/VERB Ben/PROPN Cole/PROPN ./PUNCT | ";
        String said = "The/DET mega/ADJ donor/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT";
        Attribution a = last(met + said, "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(DescriptionToEntity.NAME, a.provenance().speaker().sieve());
        // pages later the same noun is someone the article has not named
        String between = "Ben/PROPN Cole/PROPN left/VERB ./PUNCT | Voters/NOUN waited/VERB ./PUNCT | Rain/NOUN fell/VERB ./PUNCT | ";
        Attribution far = last(met + between + said, "PERSON:Ana Ruiz", "PERSON:Ben Cole", "PERSON:Ben Cole");
        assertNotEquals("Ana Ruiz", far.speaker().name());
    }

    @Test
    void theyTakesAGroupKeptUnderALongerDescription() {
        Attribution a = last("While/SCONJ Ruiz/PROPN left/VERB ,/PUNCT the/DET groups/NOUN who/PRON met/VERB her/PRON on/ADP Monday/PROPN "
                + "say/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "Rents/NOUN will/AUX fall/VERB ,/PUNCT the/DET groups/NOUN say/VERB ./PUNCT | "
                + "They/PRON argue/VERB that/SCONJ wages/NOUN will/AUX rise/VERB ./PUNCT");
        assertEquals(GroupToSpeaker.NAME, a.provenance().speaker().sieve());
        assertEquals("the groups who met her", a.speaker().name());
    }

    @Test
    void whoAfterADescriptionInAppositionIsTheNamedPerson() {
        Attribution place = last("Rain/NOUN fell/VERB ,/PUNCT said/VERB Gov./PROPN Ana/PROPN Ruiz/PROPN of/ADP Ohio/PROPN ,/PUNCT a/DET "
                + "Republican/PROPN who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT", "PERSON:Ana Ruiz", "LOCATION:Ohio");
        assertEquals("Ana Ruiz", place.speaker().name());
        Attribution possessed = last("Rain/NOUN fell/VERB ,/PUNCT said/VERB Ben/PROPN Cole/PROPN ,/PUNCT the/DET Chamber/PROPN 's/PART "
                + "chief/ADJ strategist/NOUN ,/PUNCT who/PRON added/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ben Cole", "ORGANIZATION:Chamber");
        assertEquals("Ben Cole", possessed.speaker().name());
    }

    @Test
    void pronounTakesTheLatestSpeakerOfItsGender() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "She/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(PronounToSpeaker.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void itTakesTheLatestSpeakerThatIsADescriptionOfABodyOrADocument() {
        String table = "Ana/PROPN Ruiz/PROPN will/AUX speak/VERB at/ADP the/DET forum/NOUN ./PUNCT | "
                + "The/DET newspaper/NOUN said/VERB that/SCONJ the/DET state/NOUN needs/VERB help/NOUN ./PUNCT | "
                + "It/PRON added/VERB that/SCONJ the/DET floods/NOUN were/AUX severe/ADJ ./PUNCT";
        Attribution a = last(table, "PERSON:Ana Ruiz");
        assertEquals("The newspaper", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(PronounToSpeaker.NAME, a.provenance().speaker().sieve());
        // a description of a person is no "it"
        Attribution person = last(table.replace("newspaper/NOUN", "senator/NOUN"), "PERSON:Ana Ruiz");
        assertNotEquals("The senator", person.speaker().name());
        Attribution plural = last(table.replace("The/DET newspaper/NOUN said/VERB", "The/DET results/NOUN showed/VERB"), "PERSON:Ana Ruiz");
        assertNotEquals("The results", plural.speaker().name(), "a plural is no \"it\"");
    }

    @Test
    void aDatelinesPlaceIsNoOneWhoSpeaks() {
        String table = "Ruiz/PROPN wins/VERB ./PUNCT\nFARGO/PROPN ,/PUNCT N.D./PROPN —/PUNCT Ana/PROPN Ruiz/PROPN won/VERB the/DET vote/NOUN ./PUNCT\n"
                + "It/PRON said/VERB that/SCONJ the/DET count/NOUN was/AUX over/ADJ ./PUNCT";
        Attribution a = last(table, "PERSON:Ruiz", "ORGANIZATION:FARGO", "PERSON:Ana Ruiz");
        assertNotEquals("FARGO", a.speaker().name(), () -> a.provenance().speaker().describe());
        // a place in capitals that opens no paragraph is a name as any other
        Attribution b = last("Ruiz/PROPN wins/VERB ./PUNCT\nThe/DET vote/NOUN in/ADP FARGO/PROPN ,/PUNCT N.D./PROPN ,/PUNCT went/VERB well/ADV ./PUNCT\n"
                + "It/PRON said/VERB that/SCONJ the/DET count/NOUN was/AUX over/ADJ ./PUNCT", "PERSON:Ruiz", "ORGANIZATION:FARGO");
        assertEquals("FARGO", b.speaker().name(), () -> b.provenance().speaker().describe());
    }

    @Test
    void pronounWithNoSpeakerTakesAnEntityOfItsGender() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN visited/VERB the/DET plant/NOUN ./PUNCT | "
                + "She/PRON said/VERB that/SCONJ jobs/NOUN will/AUX stay/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(PronounToEntity.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void aFloatingQuantifierAndAPlaceBeforeAListAreNoPartOfTheSpeaker() {
        Attribution pair = last("Ruiz/PROPN and/CCONJ Cole/PROPN both/DET said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ruiz", "PERSON:Cole");
        assertEquals("Ruiz and Cole", pair.speaker().name(), "\"both\" after the subject floats");
        Attribution place = last("In/ADP Oslo/PROPN ,/PUNCT Ben/PROPN Cole/PROPN and/CCONJ Eva/PROPN Poe/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "LOCATION:Oslo", "PERSON:Ben Cole", "PERSON:Eva Poe");
        assertEquals("Ben Cole and Eva Poe", place.speaker().name(), "a place after a preposition is no name of the list");
    }

    @Test
    void organisationsJoinedByAndAreAllTheSpeakerButNotAPersonAndABody() {
        Attribution both = last("Acme/PROPN and/CCONJ Globex/PROPN said/VERB that/SCONJ prices/NOUN will/AUX rise/VERB ./PUNCT",
                "ORGANIZATION:Acme", "ORGANIZATION:Globex");
        assertEquals("Acme and Globex", both.speaker().name(), () -> both.provenance().speaker().describe());
        Attribution mixed = last("Ruiz/PROPN and/CCONJ Globex/PROPN said/VERB that/SCONJ prices/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ruiz", "ORGANIZATION:Globex");
        assertEquals("Globex", mixed.speaker().name(), "a person and a body make no list of one kind");
    }

    @Test
    void itTakesACountryButNoCity() {
        Attribution country = last("Iran/PROPN tested/VERB a/DET missile/NOUN ./PUNCT | It/PRON said/VERB that/SCONJ talks/NOUN will/AUX go/VERB on/ADP ./PUNCT",
                "LOCATION:Iran");
        assertEquals("Iran", country.speaker().name());
        assertEquals(PronounToEntity.NAME, country.provenance().speaker().sieve());
        Attribution city = last("Dallas/PROPN voted/VERB again/ADV ./PUNCT | It/PRON said/VERB that/SCONJ talks/NOUN will/AUX go/VERB on/ADP ./PUNCT",
                "LOCATION:Dallas");
        assertEquals("", city.speaker().name(), "a city says nothing");
    }

    @Test
    void pronounOfTheOtherGenderDoesNotTakeTheName() {
        Attribution a = last("Maria/PROPN Ruiz/PROPN visited/VERB the/DET plant/NOUN ./PUNCT | "
                + "He/PRON said/VERB that/SCONJ jobs/NOUN will/AUX stay/VERB ./PUNCT", "PERSON:Maria Ruiz");
        assertEquals("", a.speaker().name());
        // first names of every sort tell the gender: "she" passes a man named just before her by
        for (String[] pair : new String[][] {{"Gwynne", "Kurt"}, {"Jane", "Todd"}, {"Maureen", "Owen"}, {"Svetlana", "Jorge"}}) {
            Attribution she = last(pair[1] + "/PROPN Poe/PROPN met/VERB " + pair[0] + "/PROPN Cole/PROPN ./PUNCT | "
                    + "She/PRON said/VERB that/SCONJ jobs/NOUN will/AUX stay/VERB ./PUNCT",
                    "PERSON:" + pair[1] + " Poe", "PERSON:" + pair[0] + " Cole");
            assertEquals(pair[0] + " Cole", she.speaker().name(), () -> she.provenance().speaker().describe());
        }
    }

    @Test
    void theyTakesAGroupSpeakerOrAPluralPhrase() {
        Attribution a = last("The/DET union/NOUN angered/VERB many/ADJ analysts/NOUN because/SCONJ they/PRON believe/VERB "
                + "that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("many analysts", a.speaker().name());
        assertEquals(GroupToPluralPhrase.NAME, a.provenance().speaker().sieve());
        Attribution subject = last("Critics/NOUN of/ADP the/DET plan/NOUN see/VERB a/DET chance/NOUN ./PUNCT | "
                + "They/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("Critics", subject.speaker().name(), () -> "the plural subject of the sentence before: " + subject.provenance().speaker().describe());
        Attribution people = last("People/NOUN briefed/VERB on/ADP it/PRON were/AUX adamant/ADJ ./PUNCT | "
                + "They/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("People", people.speaker().name(), () -> "a plural without an -s: " + people.provenance().speaker().describe());
        Attribution thing = last("The/DET union/NOUN cut/VERB these/DET contributions/NOUN because/SCONJ they/PRON show/VERB "
                + "that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertNotEquals(GroupToPluralPhrase.NAME, thing.provenance().speaker().sieve(), "contributions say nothing");
        assertEquals("", thing.speaker().name());
        Attribution past = last("Economists/NOUN favor/VERB spending/NOUN programs/NOUN ,/PUNCT which/PRON they/PRON argue/VERB "
                + "spur/VERB demand/NOUN for/ADP jobs/NOUN ./PUNCT");
        assertEquals("Economists", past.speaker().name(), () -> "the group before a plural that says nothing: "
                + past.provenance().speaker().describe());
        Attribution party = last("Republicans/PROPN called/VERB the/DET hearing/NOUN because/SCONJ they/PRON felt/VERB that/SCONJ "
                + "the/DET bureau/NOUN was/AUX slow/ADJ ./PUNCT");
        assertEquals("Republicans", party.speaker().name(), () -> "a party's members, tagged a name: " + party.provenance().speaker().describe());
        Attribution country = last("The/DET United/PROPN States/PROPN might/AUX have/AUX leaned/VERB ,/PUNCT they/PRON argue/VERB ,/PUNCT "
                + "on/ADP China/PROPN ./PUNCT", "LOCATION:United States", "LOCATION:China");
        assertNotEquals("United States", country.speaker().name(), "a country is no group of people");
        Attribution affiliated = last("Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN of/ADP the/DET University/PROPN of/ADP Utah/PROPN "
                + "studied/VERB the/DET plant/NOUN ./PUNCT | The/DET plan/NOUN might/AUX fail/VERB ,/PUNCT they/PRON argue/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole", "ORGANIZATION:University of Utah");
        assertEquals("Ana Ruiz and Ben Cole", affiliated.speaker().name(), () -> "past the place they work at: "
                + affiliated.provenance().speaker().describe());
    }

    @Test
    void theyTakesNamesJoinedByAndThatSpokeOrOpenedASentenceBefore() {
        Attribution subject = last("Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN used/VERB harsh/ADJ words/NOUN ./PUNCT | "
                + "Yet/CCONJ they/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", subject.speaker().name(), () -> subject.provenance().speaker().describe());
        Attribution spoke = last("In/ADP a/DET paper/NOUN ,/PUNCT Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN say/VERB that/SCONJ "
                + "wages/NOUN are/AUX low/ADJ ./PUNCT | "
                + "Prices/NOUN ,/PUNCT they/PRON write/VERB ,/PUNCT will/AUX rise/VERB ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", spoke.speaker().name(), () -> spoke.provenance().speaker().describe());
        Attribution one = last("Ana/PROPN Ruiz/PROPN used/VERB harsh/ADJ words/NOUN ./PUNCT | "
                + "Yet/CCONJ they/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("", one.speaker().name(), "one person is no \"they\"");
        Attribution together = last("Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN ,/PUNCT two/NUM senators/NOUN ,/PUNCT argued/VERB that/SCONJ "
                + "the/DET plan/NOUN fails/VERB ./PUNCT | States/NOUN can/AUX do/VERB that/PRON ,/PUNCT they/PRON said/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", together.speaker().name(), () -> together.provenance().speaker().describe());
        assertEquals(GroupToSpeaker.NAME, together.provenance().speaker().sieve(), "people who spoke together, an appositive after them");
        Attribution bodies = last("Delta/PROPN and/CCONJ United/PROPN said/VERB that/SCONJ fares/NOUN will/AUX rise/VERB ./PUNCT | "
                + "They/PRON urged/VERB Congress/PROPN to/PART act/VERB ./PUNCT", "ORGANIZATION:Delta", "ORGANIZATION:United", "ORGANIZATION:Congress");
        assertEquals("Delta and United", bodies.speaker().name(), () -> bodies.provenance().speaker().describe());
        // (two frames sharing the list as subject remember it twice)
        Attribution again = last("Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN called/VERB the/DET plan/NOUN a/DET failure/NOUN "
                + "and/CCONJ said/VERB that/SCONJ it/PRON fails/VERB ./PUNCT | They/PRON believe/VERB that/SCONJ they/PRON win/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", again.speaker().name(), () -> again.provenance().speaker().describe());
    }

    @Test
    void theyTakesNamesJoinedByAndThatEndTheSentenceBefore() {
        Attribution ending = last("Her/PRON post/NOUN reached/VERB two/NUM politicians/NOUN :/PUNCT Senator/PROPN Ana/PROPN Ruiz/PROPN and/CCONJ "
                + "congresswoman/NOUN Eva/PROPN Cole/PROPN ./PUNCT | They/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Eva Cole");
        assertEquals("Ana Ruiz and Eva Cole", ending.speaker().name(), () -> ending.provenance().speaker().describe());
        Attribution one = last("Her/PRON post/NOUN reached/VERB Senator/PROPN Ana/PROPN Ruiz/PROPN ./PUNCT | They/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("", one.speaker().name(), "one name is no \"they\"");
    }

    @Test
    void aDefiniteVehicleWithNoAuthorIsTheOneSomeoneIssuedBefore() {
        Attribution issued = last("Ana/PROPN Ruiz/PROPN released/VERB a/DET statement/NOUN Friday/PROPN ./PUNCT | "
                + "“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT the/DET statement/NOUN said/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", issued.speaker().name(), () -> issued.provenance().speaker().describe());
        assertEquals(VehicleToAuthor.NAME, issued.provenance().speaker().sieve());
        Attribution object = last("Parents/NOUN with/ADP kids/NOUN in/ADP Ohio/PROPN schools/NOUN sent/VERB a/DET letter/NOUN ./PUNCT | "
                + "“/PUNCT Act/VERB now/ADV ,/PUNCT ”/PUNCT the/DET letter/NOUN read/VERB ./PUNCT", "LOCATION:Ohio");
        assertEquals("", object.speaker().name(), "a preposition's object is no sender");
        Attribution owned = last("Ana/PROPN Ruiz/PROPN 's/PART office/NOUN sent/VERB out/ADP an/DET email/NOUN ./PUNCT | "
                + "“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT the/DET email/NOUN read/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertTrue(owned.provenance().speaker().describe().contains("“Ana Ruiz 's office”, who issued it"),
                () -> "past the particle, with its owner: " + owned.provenance().speaker().describe());
    }

    @Test
    void theyTakesThePluralSubjectAfterAnOpeningClause() {
        Attribution a = last("As/SCONJ prices/NOUN rose/VERB ,/PUNCT local/ADJ officials/NOUN ran/VERB a/DET poll/NOUN ./PUNCT | "
                + "The/DET outreach/NOUN ,/PUNCT they/PRON said/VERB ,/PUNCT raised/VERB worries/NOUN ./PUNCT");
        assertEquals("local officials", a.speaker().name(), () -> a.provenance().speaker().describe());
        Attribution but = last("But/CCONJ the/DET protesters/NOUN also/ADV marched/VERB ./PUNCT | "
                + "They/PRON chanted/VERB that/SCONJ the/DET law/NOUN was/AUX unjust/ADJ ./PUNCT");
        assertEquals("the protesters", but.speaker().name(), () -> but.provenance().speaker().describe());
    }

    @Test
    void theyTakesTheLastGroupOfPeopleInTheSentenceBefore() {
        Attribution a = last("The/DET plan/NOUN angered/VERB many/ADJ young/ADJ voters/NOUN ./PUNCT | "
                + "They/PRON said/VERB that/SCONJ the/DET law/NOUN was/AUX unjust/ADJ ./PUNCT");
        assertEquals("many young voters", a.speaker().name(), () -> a.provenance().speaker().describe());
        Attribution things = last("The/DET plan/NOUN changed/VERB the/DET numbers/NOUN ./PUNCT | "
                + "They/PRON said/VERB that/SCONJ the/DET law/NOUN was/AUX unjust/ADJ ./PUNCT");
        assertEquals("", things.speaker().name(), () -> "numbers are no people: " + things.provenance().speaker().describe());
    }

    @Test
    void aPersonRunTogetherWithANameBeforeItSpeaks() {
        Attribution a = last("In/ADP a/DET meeting/NOUN with/ADP the/DET Acme/PROPN Times/PROPN Ruiz/PROPN said/VERB that/SCONJ "
                + "taxes/NOUN will/AUX rise/VERB ./PUNCT", "ORGANIZATION:Acme Times", "PERSON:Ruiz");
        assertEquals("Ruiz", a.speaker().name());
        assertEquals(NameAfterName.NAME, a.provenance().speaker().sieve());
        Attribution titled = last("Acme/PROPN Sen./PROPN Ruiz/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ruiz");
        assertNotEquals(NameAfterName.NAME, titled.provenance().speaker().sieve(), "a title before a name is no other name");
    }

    @Test
    void relativePronounTakesTheNameBeforeIt() {
        Attribution a = last("Voters/NOUN met/VERB Ana/PROPN Ruiz/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(RelativeToName.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void relativePronounPastAPartyLabelTakesTheName() {
        Attribution a = last("Voters/NOUN met/VERB Sen./PROPN Ana/PROPN Ruiz/PROPN (/PUNCT D-Ohio/PROPN )/PUNCT ,/PUNCT who/PRON said/VERB that/SCONJ "
                + "taxes/NOUN will/AUX rise/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(RelativeToName.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void relativePronounAfterAConjunctionTakesWhatTheOneBeforeTook() {
        Attribution a = last("Voters/NOUN met/VERB Ana/PROPN Ruiz/PROPN of/ADP Ohio/PROPN ,/PUNCT who/PRON ran/VERB twice/ADV ,/PUNCT and/CCONJ "
                + "who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT", "PERSON:Ana Ruiz", "LOCATION:Ohio");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(RelativeAfterConjunction.NAME, a.provenance().speaker().sieve());
        Attribution alone = last("Voters/NOUN and/CCONJ who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT");
        assertNotEquals(RelativeAfterConjunction.NAME, alone.provenance().speaker().sieve(), "no relative pronoun before it");
    }

    @Test
    void relativePronounAfterAPronounOrQuantifierTakesThatWord() {
        Attribution those = last("Among/ADP those/PRON who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ,/PUNCT most/ADJ "
                + "voted/VERB ./PUNCT");
        assertEquals("those", those.speaker().name(), () -> those.provenance().speaker().describe());
        Attribution some = last("Voters/NOUN heard/VERB some/DET who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT");
        assertEquals("some", some.speaker().name(), () -> some.provenance().speaker().describe());
    }

    @Test
    void descriptionTakesTheEntityIntroducedWithIt() {
        Attribution a = last("Chinese/ADJ President/PROPN Xi/PROPN Jinping/PROPN arrived/VERB ./PUNCT | "
                + "The/DET president/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT", "PERSON:Xi Jinping");
        assertEquals("Xi Jinping", a.speaker().name());
        assertEquals(DescriptionToEntity.NAME, a.provenance().speaker().sieve());
        Attribution other = last("The/DET judge/NOUN agreed/VERB with/ADP Ana/PROPN Ruiz/PROPN ./PUNCT | "
                + "The/DET judge/NOUN said/VERB that/SCONJ the/DET file/NOUN stays/VERB sealed/ADJ ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("The judge", other.speaker().name(), () -> "the judge agreed with Ruiz; she is not the judge: " + other.provenance().speaker().describe());
    }

    @Test
    void aDescriptionOfAnotherPartyOrRoleNamesNoOneIntroducedOtherwise() {
        String intro = "Republican/PROPN presidential/ADJ nominee/NOUN Ben/PROPN Cole/PROPN spoke/VERB ./PUNCT | "
                + "Democratic/PROPN vice/NOUN presidential/ADJ nominee/NOUN Ed/PROPN Poe/PROPN spoke/VERB ./PUNCT | ";
        Attribution a = last(intro + "The/DET Democratic/PROPN presidential/ADJ nominee/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ben Cole", "PERSON:Ed Poe");
        assertTrue(!a.provenance().speaker().sieve().equals(DescriptionToEntity.NAME), () -> a.provenance().speaker().describe());
        Attribution b = last(intro + "The/DET Republican/PROPN nominee/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ben Cole", "PERSON:Ed Poe");
        assertEquals("Ben Cole", b.speaker().name(), () -> b.provenance().speaker().describe());
    }

    @Test
    void twoNamesJoinedByAndAreBothTheSpeaker() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", a.speaker().name());
        Attribution list = last("Ana/PROPN Ruiz/PROPN ,/PUNCT Ed/PROPN Poe/PROPN and/CCONJ Ben/PROPN Cole/PROPN said/VERB that/SCONJ trade/NOUN "
                + "will/AUX grow/VERB ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Ed Poe", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz, Ed Poe and Ben Cole", list.speaker().name(), "a list is all its names, not the last pair");
    }

    @Test
    void aCapitalisedRoleAfterANameIsADescriptionNotTheName() {
        Attribution a = last("Former/ADJ Acme/PROPN Agency/PROPN Doctor/PROPN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "ORGANIZATION:Acme Agency");
        assertEquals("Former Acme Agency Doctor", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void descriptionWithNoEntityIsKept() {
        Attribution a = last("A/DET senior/ADJ official/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT");
        assertEquals("A senior official", a.speaker().name());
        assertEquals(KeptDescription.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void descriptionNamingSomeoneIsKeptWhole() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN supporters/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz supporters", a.speaker().name());
        assertEquals(NamedDescription.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void aPlaceBeforeARoleNamesNoOneButTheDescriptionIsKeptWhenNoOneAnswers() {
        Attribution alone = last("The/DET Vermont/PROPN senator/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "LOCATION:Vermont");
        assertEquals("The Vermont senator", alone.speaker().name());
        assertEquals(KeptDescription.NAME, alone.provenance().speaker().sieve());
        Attribution a = last("Ben/PROPN Cole/PROPN says/VERB that/SCONJ taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT | "
                + "The/DET Vermont/PROPN senator/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ben Cole", "LOCATION:Vermont");
        assertEquals("Ben Cole", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void aPlacesPartyMemberIsADescriptionOfThePersonThatPlaceIsTiedTo() {
        String intro = "Republican/PROPN Ed/PROPN Poe/PROPN spoke/VERB ./PUNCT | "
                + "Ben/PROPN Cole/PROPN ,/PUNCT a/DET senator/NOUN from/ADP Wisconsin/PROPN ,/PUNCT says/VERB taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT | ";
        String table = intro + "The/DET Wisconsin/PROPN Republican/PROPN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT";
        Attribution a = last(table, "PERSON:Ed Poe", "PERSON:Ben Cole", "LOCATION:Wisconsin", "LOCATION:Wisconsin");
        // no name "Wisconsin Republican", and not the Republican the article placed nowhere
        assertEquals("Ben Cole", a.speaker().name(), () -> a.provenance().speaker().describe());
        Attribution plain = last(intro + "The/DET Republican/PROPN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ed Poe", "PERSON:Ben Cole", "LOCATION:Wisconsin");
        assertEquals("Ed Poe", plain.speaker().name(), () -> plain.provenance().speaker().describe());
    }

    @Test
    void anIndefinitePartyMemberWithLowerCaseModifiersIsADescriptionNotAName() {
        Attribution a = last("One/NUM senior/ADJ Republican/PROPN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT");
        assertEquals("One senior Republican", a.speaker().name(), () -> a.provenance().speaker().describe());
        Attribution named = last("One/NUM senior/ADJ Tory/PROPN ,/PUNCT Ben/PROPN Cole/PROPN ,/PUNCT said/VERB that/SCONJ trade/NOUN "
                + "will/AUX grow/VERB ./PUNCT", "PERSON:Ben Cole");
        assertEquals("Ben Cole", named.speaker().name(), () -> named.provenance().speaker().describe());
    }

    @Test
    void aGroupSpeakingBeforeOwnsNoHisOrHerDescription() {
        Attribution a = last("Critics/NOUN say/VERB the/DET plan/NOUN is/AUX reckless/ADJ ./PUNCT | "
                + "Her/PRON allies/NOUN insist/VERB that/SCONJ it/PRON is/AUX sound/ADJ ./PUNCT");
        assertEquals("her allies", a.speaker().name().toLowerCase(java.util.Locale.ROOT), () -> a.provenance().speaker().describe());
    }

    @Test
    void aNameInTheDescriptionsOwnRelativeClauseIsNotWhomItDescribes() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN will/AUX face/VERB Eva/PROPN Poe/PROPN ./PUNCT | "
                + "The/DET rookie/NOUN player/NOUN ,/PUNCT who/PRON beat/VERB Ana/PROPN Ruiz/PROPN last/ADJ year/NOUN ,/PUNCT said/VERB that/SCONJ "
                + "she/PRON was/AUX ready/ADJ ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Eva Poe", "PERSON:Ana Ruiz");
        assertEquals("Eva Poe", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void aNationalityAfterTheDescribesThePersonNamedBefore() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN lost/VERB the/DET final/NOUN ./PUNCT | "
                + "The/DET Belarusian/PROPN said/VERB that/SCONJ she/PRON was/AUX tired/ADJ ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
        Attribution people = last("Ana/PROPN Ruiz/PROPN lost/VERB the/DET final/NOUN ./PUNCT | "
                + "The/DET Russians/PROPN said/VERB that/SCONJ they/PRON were/AUX tired/ADJ ./PUNCT", "PERSON:Ana Ruiz");
        assertNotEquals("Ana Ruiz", people.speaker().name(), "a people is no one person");
    }

    @Test
    void aGroupsNounTheTaggerTookForANameIsNoName() {
        Attribution a = last("Reporters/PROPN asked/VERB whether/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT");
        assertEquals("Reporters", a.speaker().name());
        assertNotEquals(NameSieve.NAME, a.provenance().speaker().sieve(), () -> a.provenance().speaker().describe());
    }

    @Test
    void anIndefiniteRoleWithCapitalisedModifiersIsADescriptionNotAName() {
        Attribution a = last("One/NUM Conservative/ADJ MP/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT");
        assertEquals("One Conservative MP", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void theFormerAndTheLatterAreTheFirstAndSecondOfTwoNamedTheSentenceBefore() {
        String voted = "Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN voted/VERB no/ADV ./PUNCT | ";
        Attribution former = last(voted + "The/DET former/ADJ said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz", former.speaker().name(), () -> former.provenance().speaker().describe());
        assertEquals(FormerOrLatter.NAME, former.provenance().speaker().sieve());
        Attribution latter = last(voted + "The/DET latter/ADJ said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ben Cole", latter.speaker().name(), () -> latter.provenance().speaker().describe());
        Attribution three = last("Ana/PROPN Ruiz/PROPN ,/PUNCT Eva/PROPN Poe/PROPN and/CCONJ Ben/PROPN Cole/PROPN voted/VERB no/ADV ./PUNCT | "
                + "The/DET latter/ADJ said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Eva Poe",
                "PERSON:Ben Cole");
        assertNotEquals(FormerOrLatter.NAME, three.provenance().speaker().sieve(), "three people: no pair to take the second of");
    }

    @Test
    void theTwoLeadersAreTheTwoPeopleTheSentenceBeforeNamed() {
        String met = "Ana/PROPN Ruiz/PROPN met/VERB Ben/PROPN Cole/PROPN ./PUNCT | ";
        Attribution a = last(met + "The/DET two/NUM leaders/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(PairToPeople.NAME, a.provenance().speaker().sieve());
        Attribution both = last(met + "Both/DET men/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz and Ben Cole", both.speaker().name(), () -> both.provenance().speaker().describe());
        // three people, or a pair noun that need not fit them ("the two lawmakers" after a judge and a witness): no pair
        Attribution three = last("Ana/PROPN Ruiz/PROPN met/VERB Ben/PROPN Cole/PROPN and/CCONJ Eva/PROPN Poe/PROPN ./PUNCT | "
                + "The/DET two/NUM leaders/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole", "PERSON:Eva Poe");
        assertNotEquals(PairToPeople.NAME, three.provenance().speaker().sieve());
        Attribution lawmakers = last(met + "The/DET two/NUM lawmakers/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertNotEquals(PairToPeople.NAME, lawmakers.provenance().speaker().sieve());
    }

    @Test
    void aDescriptionOwnedByHisOrHerSaysWhose() {
        String table = "Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "Her/PRON campaign/NOUN said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT";
        Attribution a = last(table, "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz's campaign", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(PossessorOfDescription.NAME, a.provenance().speaker().sieve());
        // a fitting name earlier in its own sentence owns it before the latest speaker
        Attribution own = last("Ed/PROPN Poe/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "Ben/PROPN Cole/PROPN gave/VERB speeches/NOUN ,/PUNCT but/CCONJ his/PRON campaign/NOUN said/VERB that/SCONJ "
                + "he/PRON stopped/VERB ./PUNCT", "PERSON:Ed Poe", "PERSON:Ben Cole");
        assertEquals("Ben Cole's campaign", own.speaker().name(), () -> own.provenance().speaker().describe());
        // no one to own it: kept as written
        Attribution kept = last("His/PRON campaign/NOUN said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("His campaign", kept.speaker().name());
    }

    @Test
    void whoAfterAPartyMemberTaggedAnAdjectiveIsTheNamedPerson() {
        Attribution described = attributions("But/CCONJ Mr./PROPN Cole/PROPN ,/PUNCT a/DET Republican/ADJ who/PRON described/VERB "
                + "himself/PRON as/ADP a/DET moderate/NOUN ,/PUNCT said/VERB that/SCONJ taxes/NOUN are/AUX high/ADJ ./PUNCT", "PERSON:Cole").get(0);
        assertEquals("Cole", described.speaker().name(), () -> described.provenance().speaker().describe());
    }

    @Test
    void aPlacesPossessiveBeforeAnOrganisationNounNamesTheOrganisationNamedWithThoseNouns() {
        String intro = "The/DET report/NOUN by/ADP Acme/PROPN news/NOUN agency/NOUN came/VERB late/ADV ./PUNCT | ";
        Attribution a = last(intro + "Trade/NOUN will/AUX grow/VERB ,/PUNCT Ruritania/PROPN 's/PART official/ADJ news/NOUN agency/NOUN added/VERB ./PUNCT",
                "ORGANIZATION:Acme", "LOCATION:Ruritania");
        assertEquals("Acme", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(DescriptionToEntity.NAME, a.provenance().speaker().sieve());
        // one noun after the name is not enough: "Acme police" is not every "police"
        Attribution police = last("The/DET Acme/PROPN police/NOUN came/VERB late/ADV ./PUNCT | "
                + "Trade/NOUN will/AUX grow/VERB ,/PUNCT Ruritania/PROPN 's/PART police/NOUN said/VERB ./PUNCT",
                "ORGANIZATION:Acme", "LOCATION:Ruritania");
        assertEquals("Ruritania 's police", police.speaker().name(), () -> police.provenance().speaker().describe());
        // with no organisation named with its nouns the description stays
        Attribution kept = last("Trade/NOUN will/AUX grow/VERB ,/PUNCT Ruritania/PROPN 's/PART official/ADJ news/NOUN agency/NOUN added/VERB ./PUNCT",
                "LOCATION:Ruritania");
        assertEquals(KeptDescription.NAME, kept.provenance().speaker().sieve(), () -> kept.provenance().speaker().describe());
    }

    @Test
    void descriptionTakesThePersonSpeakingInTheSentenceBefore() {
        Attribution a = last("Ben/PROPN Cole/PROPN says/VERB too/ADV much/ADJ is/AUX made/VERB of/ADP Ed/PROPN Poe/PROPN 's/PART tweets/NOUN ./PUNCT | "
                + "The/DET governor/NOUN said/VERB that/SCONJ the/DET media/NOUN are/AUX to/PART blame/VERB ./PUNCT",
                "PERSON:Ben Cole", "PERSON:Ed Poe");
        assertEquals("Ben Cole", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(DescriptionToSpeaker.NAME, a.provenance().speaker().sieve());
        // in the speaker's own sentence the description is someone else
        Attribution same = last("Ben/PROPN Cole/PROPN criticised/VERB Ed/PROPN Poe/PROPN after/SCONJ the/DET mogul/NOUN claimed/VERB that/SCONJ "
                + "taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT", "PERSON:Ben Cole", "PERSON:Ed Poe");
        assertTrue(!same.speaker().name().equals("Ben Cole"), () -> same.provenance().speaker().describe());
        // nor one its own sentence names apart from it
        Attribution apart = last("Ben/PROPN Cole/PROPN says/VERB taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT | "
                + "“/PUNCT It/PRON is/AUX fine/ADJ ,/PUNCT ”/PUNCT the/DET candidate/NOUN said/VERB of/ADP running/VERB against/ADP "
                + "Ben/PROPN Cole/PROPN ./PUNCT",
                "PERSON:Ben Cole", "PERSON:Ben Cole");
        assertTrue(!apart.provenance().speaker().sieve().equals(DescriptionToSpeaker.NAME), () -> apart.provenance().speaker().describe());
    }

    @Test
    void sentencesOpeningWithTheSamePronounKeepItsReferent() {
        String table = "Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET law/NOUN was/AUX fair/ADJ ./PUNCT | "
                + "She/PRON met/VERB Eva/PROPN Poe/PROPN ,/PUNCT the/DET wife/NOUN of/ADP Ben/PROPN Cole/PROPN ,/PUNCT in/ADP June/PROPN ./PUNCT | "
                + "She/PRON said/VERB that/SCONJ the/DET meeting/NOUN was/AUX brief/ADJ ./PUNCT";
        Attribution a = last(table, "PERSON:Ana Ruiz", "PERSON:Eva Poe", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(PronounChain.NAME, a.provenance().speaker().sieve());
        // a sentence between that opens otherwise breaks the chain
        Attribution broken = last(table.replace("She/PRON met/VERB", "Later/ADV she/PRON met/VERB"),
                "PERSON:Ana Ruiz", "PERSON:Eva Poe", "PERSON:Ben Cole");
        assertTrue(!broken.provenance().speaker().sieve().equals(PronounChain.NAME), () -> broken.provenance().speaker().describe());
    }

    @Test
    void aPartyIsOneWhateverItsWordForm() {
        Attribution a = last("Democrat/PROPN Ana/PROPN Ruiz/PROPN says/VERB that/SCONJ taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT | "
                + "The/DET Democratic/PROPN candidate/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(DescriptionToSpeaker.NAME, a.provenance().speaker().sieve(), "“Democratic” is the party of a Democrat");
        Attribution other = last("Ben/PROPN Cole/PROPN ,/PUNCT a/DET Republican/PROPN ,/PUNCT says/VERB that/SCONJ taxes/NOUN are/AUX too/ADV high/ADJ ./PUNCT | "
                + "The/DET Democratic/PROPN candidate/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "PERSON:Ben Cole");
        assertTrue(!other.provenance().speaker().sieve().equals(DescriptionToSpeaker.NAME), () -> other.provenance().speaker().describe());
    }

    @Test
    void aPronounAfterADescriptionTakesWhomTheDescriptionNames() {
        String table = "Ana/PROPN Ruiz/PROPN spoke/VERB in/ADP Ohio/PROPN ./PUNCT | "
                + "She/PRON says/VERB Eva/PROPN Poe/PROPN 's/PART tweets/NOUN are/AUX lies/NOUN ./PUNCT | "
                + "The/DET Democratic/PROPN candidate/NOUN 's/PART response/NOUN came/VERB in/ADP her/PRON tweets/NOUN ./PUNCT | "
                + "She/PRON tweeted/VERB :/PUNCT “/PUNCT It/PRON is/AUX sad/ADJ ./PUNCT ”/PUNCT";
        Attribution a = last(table, "PERSON:Ana Ruiz", "LOCATION:Ohio", "PERSON:Eva Poe");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(PronounToDescribed.NAME, a.provenance().speaker().sieve());
        // a sentence that names a fitting person leaves the pronoun to the other sieves
        Attribution named = last(table.replace("in/ADP her/PRON tweets/NOUN", "after/ADP Eva/PROPN Poe/PROPN 's/PART tweets/NOUN"),
                "PERSON:Ana Ruiz", "LOCATION:Ohio", "PERSON:Eva Poe", "PERSON:Eva Poe");
        assertTrue(!named.provenance().speaker().sieve().equals(PronounToDescribed.NAME), () -> named.provenance().speaker().describe());
    }

    @Test
    void anOccasionBeforeAParticipleSaysNothingItsHostDoes() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN opened/VERB a/DET Rochester/PROPN rally/NOUN blasting/VERB Ben/PROPN Cole/PROPN "
                + "for/ADP promoting/VERB fracking/NOUN abroad/ADV ./PUNCT", "PERSON:Ana Ruiz", "LOCATION:Rochester", "PERSON:Ben Cole");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().source().describe());
        Attribution crowd = last("Voters/NOUN at/ADP the/DET rally/NOUN chanting/VERB “/PUNCT Lock/VERB her/PRON up/ADP ”/PUNCT "
                + "grew/VERB louder/ADJ ./PUNCT");
        assertTrue(crowd.speaker().mention().of(TokenTables.document("Voters/NOUN at/ADP the/DET rally/NOUN chanting/VERB “/PUNCT "
                + "Lock/VERB her/PRON up/ADP ”/PUNCT grew/VERB louder/ADJ ./PUNCT").text()).startsWith("Voters"),
                "an occasion that is no verb's object stays inside the subject");
    }

    @Test
    void aPartyMemberAfterAnArticleIsAPersonNotAName() {
        Attribution a = last("Republican/PROPN Ben/PROPN Cole/PROPN spoke/VERB in/ADP Ohio/PROPN ./PUNCT | "
                + "The/DET Republican/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX fall/VERB ./PUNCT",
                "PERSON:Ben Cole", "LOCATION:Ohio");
        assertEquals("Ben Cole", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void standaloneQuoteTakesThePreviousParagraphsSpeaker() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT\n"
                + "“/PUNCT It/PRON is/AUX a/DET sad/ADJ day/NOUN for/ADP all/DET of/ADP us/PRON ./PUNCT ”/PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(ParagraphSpeaker.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void firstPersonIsLeftUnresolved() {
        Attribution a = last("I/PRON said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT");
        assertEquals("", a.speaker().name());
        assertEquals(UnresolvedPronoun.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void firstPersonInATranscriptsTurnIsTheLabelsSpeakerInTheArticlesSpelling() {
        List<Attribution> all = attributions("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT\n"
                + "RUIZ/PROPN :/PUNCT Well/INTJ ,/PUNCT it/PRON is/AUX sad/ADJ ./PUNCT | I/PRON think/VERB that/SCONJ the/DET town/NOUN will/AUX suffer/VERB ./PUNCT\n"
                + "I/PRON said/VERB that/SCONJ the/DET town/NOUN will/AUX cope/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "ORGANIZATION:RUIZ");
        assertEquals(4, all.size());
        Attribution label = all.get(1), turn = all.get(2), writer = all.get(3);
        // the name finder took the label in capitals for an organisation: it is the article's Ana Ruiz
        assertEquals("Ana Ruiz", label.speaker().name(), () -> label.provenance().speaker().describe());
        assertEquals("Ana Ruiz", turn.speaker().name(), () -> turn.provenance().speaker().describe());
        assertEquals(FirstPersonInTurn.NAME, turn.provenance().speaker().sieve());
        // outside a labelled paragraph "I" is the writer again
        assertEquals(UnresolvedPronoun.NAME, writer.provenance().speaker().sieve());
    }

    @Test
    void itAfterAVehicleThatSpokeIsThatVehicle() {
        String table = "Acme/PROPN Corp./PROPN hired/VERB the/DET firm/NOUN ./PUNCT\n"
                + "“/PUNCT We/PRON regret/VERB the/DET delay/NOUN ,/PUNCT ”/PUNCT the/DET email/NOUN read/VERB ./PUNCT | "
                + "It/PRON stated/VERB that/SCONJ the/DET work/NOUN would/AUX resume/VERB ./PUNCT";
        Attribution none = last(table, "ORGANIZATION:Acme Corp.");
        assertEquals("", none.speaker().name(), () -> none.provenance().speaker().describe());
        assertEquals(PronounToVehicle.NAME, none.provenance().speaker().sieve());
        Attribution ruiz = last(table.replace("the/DET email/NOUN read/VERB", "Ana/PROPN Ruiz/PROPN 's/PART email/NOUN read/VERB"),
                "ORGANIZATION:Acme Corp.", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", ruiz.speaker().name(), "the email's author");
    }

    @Test
    void definiteDescriptionTakesTheLatestEntityOfItsType() {
        Attribution a = last("Shares/NOUN of/ADP Acme/PROPN Corp./PROPN fell/VERB ./PUNCT | "
                + "The/DET company/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", a.speaker().name());
        assertEquals(DescriptionToRecentEntity.NAME, a.provenance().speaker().sieve());
        Attribution indefinite = last("Shares/NOUN of/ADP Acme/PROPN Corp./PROPN fell/VERB ./PUNCT | "
                + "A/DET company/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("A company", indefinite.speaker().name());
        // from a sentence before, its first such entity, mostly its subject
        Attribution subject = last("Ana/PROPN Ruiz/PROPN has/AUX been/AUX critical/ADJ of/ADP Ed/PROPN Poe/PROPN ./PUNCT | "
                + "The/DET senator/NOUN called/VERB on/ADP voters/NOUN to/PART stay/VERB home/ADV ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Ed Poe");
        assertEquals("Ana Ruiz", subject.speaker().name(), () -> subject.provenance().speaker().describe());
        // a person titled with another office is someone else ("the mayor" is not "Senator Ana Ruiz"), unless it changed
        String other = "Senator/PROPN Ana/PROPN Ruiz/PROPN spoke/VERB ./PUNCT | "
                + "The/DET mayor/NOUN said/VERB that/SCONJ crime/NOUN fell/VERB ./PUNCT";
        Attribution mayor = last(other, "PERSON:Ana Ruiz");
        assertEquals("The mayor", mayor.speaker().name(), () -> mayor.provenance().speaker().describe());
        Attribution senator = last(other.replace("The/DET mayor/NOUN", "The/DET senator/NOUN"), "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", senator.speaker().name(), () -> senator.provenance().speaker().describe());
        Attribution former = last(other.replace("The/DET mayor/NOUN", "The/DET former/ADJ mayor/NOUN"), "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", former.speaker().name(), () -> former.provenance().speaker().describe());
    }


    @Test
    void aClubOrAnAutomakerIsAnOrganisationsDescription() {
        Attribution club = last("Real/PROPN Madrid/PROPN signed/VERB the/DET striker/NOUN ./PUNCT | "
                + "The/DET club/NOUN said/VERB that/SCONJ the/DET fee/NOUN was/AUX fair/ADJ ./PUNCT", "ORGANIZATION:Real Madrid");
        assertEquals("Real Madrid", club.speaker().name(), () -> club.provenance().speaker().describe());
    }

    @Test
    void aPlaceThatSpeaksUnderAGivenNameIsAPerson() {
        Attribution she = last("Ed/PROPN Poe/PROPN signed/VERB ./PUNCT | His/PRON agent/NOUN ,/PUNCT Rafaela/PROPN Pimenta/PROPN ,/PUNCT "
                + "said/VERB that/SCONJ talks/NOUN lasted/VERB ./PUNCT | She/PRON said/VERB that/SCONJ the/DET fee/NOUN was/AUX fair/ADJ ./PUNCT",
                "PERSON:Ed Poe", "LOCATION:Rafaela Pimenta");
        assertEquals("Rafaela Pimenta", she.speaker().name(), () -> she.provenance().speaker().describe());
    }

    @Test
    void aRoleThatIsNoTitleDescribesOnePerson() {
        // "the veteran forward" names the player the sentence before named, as "the senator" would
        Attribution forward = last("Ana/PROPN Ruiz/PROPN scored/VERB twice/ADV ./PUNCT | "
                + "The/DET veteran/ADJ forward/NOUN said/VERB that/SCONJ the/DET team/NOUN fought/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", forward.speaker().name(), () -> forward.provenance().speaker().describe());
        assertEquals(DescriptionToRecentEntity.NAME, forward.provenance().speaker().sieve());
    }

    @Test
    void aDescriptionItsOwnRelativeClauseTellsApartIsNotTheLatestEntity() {
        String table = "Shares/NOUN of/ADP Acme/PROPN Corp./PROPN fell/VERB ./PUNCT | "
                + "The/DET union/NOUN that/PRON represents/VERB workers/NOUN said/VERB that/SCONJ talks/NOUN failed/VERB ./PUNCT";
        Attribution union = last(table, "ORGANIZATION:Acme Corp.");
        assertEquals("The union that represents workers", union.speaker().name(), () -> union.provenance().speaker().describe());
        Attribution plain = last(table.replace("that/PRON represents/VERB workers/NOUN ", ""), "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", plain.speaker().name(), () -> plain.provenance().speaker().describe());
        Attribution participle = last(table.replace("that/PRON represents/VERB", "representing/VERB"), "ORGANIZATION:Acme Corp.");
        assertEquals("The union", participle.speaker().name(), () -> participle.provenance().speaker().describe());
    }

    @Test
    void aRoleHeldForSomeoneElseIsNotTheLatestPersonSpokenOrNamed() {
        String table = "Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "The/DET spokesman/NOUN said/VERB that/SCONJ the/DET plan/NOUN was/AUX final/ADJ ./PUNCT";
        Attribution spokesman = last(table, "PERSON:Ana Ruiz");
        assertEquals("The spokesman", spokesman.speaker().name(), () -> spokesman.provenance().speaker().describe());
        Attribution senator = last(table.replace("spokesman/NOUN", "senator/NOUN"), "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", senator.speaker().name(), () -> senator.provenance().speaker().describe());
        // introduced with the word, the role is that person's
        Attribution introduced = last(table.replace("Ana/PROPN Ruiz/PROPN said", "Spokesman/PROPN Ana/PROPN Ruiz/PROPN said"), "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", introduced.speaker().name(), () -> introduced.provenance().speaker().describe());
    }

    @Test
    void aDescriptionTakesUpTheUnnamedPersonItsNounIntroducedNotTheLatestName() {
        String table = "Ana/PROPN Ruiz/PROPN spoke/VERB ./PUNCT | A/DET senior/ADJ official/NOUN watched/VERB from/ADP home/NOUN ./PUNCT | "
                + "The/DET official/NOUN said/VERB that/SCONJ the/DET speech/NOUN was/AUX empty/ADJ ./PUNCT";
        Attribution unnamed = last(table, "PERSON:Ana Ruiz");
        assertEquals("The official", unnamed.speaker().name(), () -> unnamed.provenance().speaker().describe());
        // introduced with a name beside it, the noun is that person's, and the latest name stands
        Attribution named = last(table.replace("official/NOUN watched", "official/NOUN ,/PUNCT Ed/PROPN Poe/PROPN ,/PUNCT watched"),
                "PERSON:Ana Ruiz", "PERSON:Ed Poe");
        assertEquals("Ed Poe", named.speaker().name(), () -> named.provenance().speaker().describe());
    }

    @Test
    void aDescriptionRepeatingTheNounOfOneKeptBeforeIsThatSpeaker() {
        String table = "Ana/PROPN Ruiz/PROPN will/AUX meet/VERB the/DET mayor/NOUN ,/PUNCT a/DET spokeswoman/NOUN for/ADP "
                + "the/DET ministry/NOUN said/VERB ./PUNCT\n"
                + "“/PUNCT The/DET talks/NOUN are/AUX useful/ADJ ,/PUNCT ”/PUNCT the/DET spokeswoman/NOUN said/VERB ./PUNCT";
        Attribution a = last(table, "PERSON:Ana Ruiz");
        assertEquals("a spokeswoman for the ministry", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertEquals(DescriptionToKept.NAME, a.provenance().speaker().sieve());
        Attribution share = last("Half/NOUN of/ADP the/DET 40/NUM percent/NOUN said/VERB they/PRON would/AUX vote/VERB ./PUNCT | "
                + "The/DET 30/NUM percent/NOUN said/VERB they/PRON would/AUX not/PART vote/VERB ./PUNCT");
        assertNotEquals(DescriptionToKept.NAME, share.provenance().speaker().sieve(), "a number makes another share");
    }

    @Test
    void aPersonNamedByTradeOrFortuneIsTheLatestPerson() {
        for (String role : new String[] {"gambling/NOUN tycoon/NOUN", "actress/NOUN", "retired/ADJ neurosurgeon/NOUN"}) {
            Attribution a = last("Ana/PROPN Ruiz/PROPN met/VERB voters/NOUN in/ADP Reno/PROPN ./PUNCT | "
                    + "“/PUNCT It/PRON was/AUX nice/ADJ ,/PUNCT ”/PUNCT the/DET " + role + " said/VERB ./PUNCT", "PERSON:Ana Ruiz", "LOCATION:Reno");
            assertEquals("Ana Ruiz", a.speaker().name(), () -> role + ": " + a.provenance().speaker().describe());
        }
    }
    @Test
    void aDescriptionOwnedBySomeoneIsNotTheLatestEntity() {
        Attribution person = last("Ana/PROPN Ruiz/PROPN met/VERB Acme/PROPN Corp./PROPN ./PUNCT | "
                + "The/DET company/NOUN 's/PART spokesman/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "ORGANIZATION:Acme Corp.");
        assertEquals(KeptDescription.NAME, person.provenance().speaker().sieve(), () -> "not Ana Ruiz: " + person.speaker().name());
        Attribution office = last("Ana/PROPN Ruiz/PROPN met/VERB Acme/PROPN Corp./PROPN ./PUNCT | "
                + "The/DET governor/NOUN 's/PART office/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "ORGANIZATION:Acme Corp.");
        assertEquals(KeptDescription.NAME, office.provenance().speaker().sieve(), () -> "not Acme Corp.: " + office.speaker().name());
        Attribution board = last("Shares/NOUN of/ADP Acme/PROPN Corp./PROPN fell/VERB ./PUNCT | "
                + "The/DET firm/NOUN 's/PART board/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", board.speaker().name(), "a body of an organisation may be the one named last");
    }


    @Test
    void aWordCapitalisedOnlyToOpenASentenceIsNoPartOfAName() {
        Attribution a = last("Voters/NOUN will/AUX see/VERB it/PRON ./PUNCT | "
                + "See/VERB Sexton/PROPN said/VERB that/SCONJ the/DET plan/NOUN will/AUX fail/VERB ./PUNCT", "PERSON:See Sexton");
        assertEquals("Sexton", a.speaker().name());
        Attribution kept = last("Bill/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET bill/NOUN will/AUX fail/VERB ./PUNCT | "
                + "Voters/NOUN like/VERB Bill/PROPN Ruiz/PROPN ./PUNCT", "PERSON:Bill Ruiz", "PERSON:Bill Ruiz");
        assertEquals("Bill Ruiz", kept.speaker().name(), "a first name also capitalised inside a sentence stays");
    }

    @Test
    void standaloneQuoteTakesTheSpeakerOfTheStatementRightBeforeIt() {
        // two speakers in the paragraph: the quotation continues the one whose statement ends just before it
        Attribution a = last("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT | "
                + "“/PUNCT We/PRON fought/VERB hard/ADV ,/PUNCT ”/PUNCT Ben/PROPN Cole/PROPN said/VERB ./PUNCT | "
                + "“/PUNCT It/PRON is/AUX a/DET sad/ADJ day/NOUN ./PUNCT ”/PUNCT", "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ben Cole", a.speaker().name());
        assertEquals(ParagraphSpeaker.NAME, a.provenance().speaker().sieve());
        Attribution far = last("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT | "
                + "Ben/PROPN Cole/PROPN said/VERB that/SCONJ the/DET town/NOUN will/AUX recover/VERB ./PUNCT | "
                + "Prices/NOUN fell/VERB ./PUNCT | "
                + "“/PUNCT It/PRON is/AUX a/DET sad/ADJ day/NOUN ./PUNCT ”/PUNCT", "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("", far.speaker().name(), "a sentence between: two speakers, none chosen");
    }

    @Test
    void standaloneQuoteGoesOnWithTheReporterNotWithAReportInsideHerWords() {
        Attribution a = last("Her/PRON friends/NOUN mocked/VERB her/PRON choice/NOUN ,/PUNCT calling/VERB Cole/PROPN “/PUNCT a/DET fool/NOUN ,/PUNCT ”/PUNCT "
                + "Ana/PROPN Ruiz/PROPN said/VERB ./PUNCT\n"
                + "“/PUNCT But/CCONJ he/PRON is/AUX our/PRON fool/NOUN ./PUNCT ”/PUNCT", "PERSON:Ana Ruiz", "PERSON:Cole");
        assertEquals("Ana Ruiz", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void aNumberOrCommonWordOpeningASentenceIsNoName() {
        Attribution a = last("Six/NUM in/ADP 10/NUM said/VERB that/SCONJ the/DET plan/NOUN will/AUX fail/VERB ./PUNCT");
        assertEquals("Six in 10", a.speaker().name());
        assertTrue(!a.provenance().speaker().sieve().equals(NameSieve.NAME), a.provenance().speaker().describe());
    }

    @Test
    void aStatementIsNoSpeakerButItsAuthorIs() {
        Attribution owned = last("A/DET statement/NOUN from/ADP Acme/PROPN Corp./PROPN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT",
                "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", owned.speaker().name());
        assertEquals(VehicleToAuthor.NAME, owned.provenance().speaker().sieve());
        Attribution possessed = last("Ana/PROPN Ruiz/PROPN spoke/VERB ./PUNCT | "
                + "Her/PRON statement/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", possessed.speaker().name());
        Attribution none = last("A/DET brief/ADJ statement/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT");
        assertEquals("", none.speaker().name());
        assertEquals("A brief statement", none.speaker().mention().of(TokenTables.document(
                "A/DET brief/ADJ statement/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT").text()));
        Attribution paper = last("The/DET Daily/PROPN Post/PROPN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT",
                "ORGANIZATION:Daily Post");
        assertEquals("Daily Post", paper.speaker().name(), "a newspaper's name is a name");
        Attribution recorded = last("The/DET ad/NOUN shows/VERB footage/NOUN of/ADP Ana/PROPN Ruiz/PROPN saying/VERB "
                + "that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", recorded.speaker().name(), "a recording of a named person carries her words");
        Attribution named = last("Voters/NOUN read/VERB an/DET Ana/PROPN Ruiz/PROPN tweet/NOUN saying/VERB "
                + "that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", named.speaker().name(), () -> "the name before the head is the author: " + named.provenance().speaker().describe());
        assertEquals(VehicleToAuthor.NAME, named.provenance().speaker().sieve());
        // the footage shows her saying it: she is the participle's subject, named as such
        assertEquals(NameSieve.NAME, recorded.provenance().speaker().sieve());
    }

    @Test
    void whatSomeoneMadeHasThemForItsAuthor() {
        Attribution issued = last("Sales/NOUN will/AUX recover/VERB ,/PUNCT according/VERB to/ADP a/DET statement/NOUN issued/VERB by/ADP "
                + "Acme/PROPN Corp./PROPN ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", issued.speaker().name(), () -> issued.provenance().speaker().describe());
        Attribution poll = last("According/VERB to/ADP a/DET poll/NOUN released/VERB Monday/PROPN by/ADP Acme/PROPN Polls/PROPN ,/PUNCT "
                + "sales/NOUN will/AUX recover/VERB ./PUNCT", "ORGANIZATION:Acme Polls");
        assertEquals("Acme Polls", poll.speaker().name(), () -> poll.provenance().speaker().describe());
        assertEquals(VehicleToAuthor.NAME, poll.provenance().speaker().sieve());
        Attribution by = last("Sales/NOUN will/AUX recover/VERB ,/PUNCT according/VERB to/ADP a/DET survey/NOUN by/ADP Acme/PROPN Polls/PROPN ./PUNCT",
                "ORGANIZATION:Acme Polls");
        assertEquals("Acme Polls", by.speaker().name());
        Attribution obtained = last("Sales/NOUN will/AUX recover/VERB ,/PUNCT according/VERB to/ADP a/DET memo/NOUN obtained/VERB by/ADP "
                + "the/DET Herald/PROPN ./PUNCT", "ORGANIZATION:Herald");
        assertNotEquals("Herald", obtained.speaker().name(), "who obtained a memo did not write it");
        Attribution released = last("Sales/NOUN will/AUX recover/VERB ,/PUNCT according/VERB to/ADP figures/NOUN Acme/PROPN Corp./PROPN "
                + "released/VERB on/ADP Friday/PROPN ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", released.speaker().name(), "the subject of a clause of making after the noun");
        Attribution gave = last("Ruiz/PROPN was/AUX there/ADV ,/PUNCT according/VERB to/ADP an/DET interview/NOUN her/PRON brother/NOUN "
                + "Ben/PROPN Ruiz/PROPN gave/VERB to/ADP ITV/PROPN ./PUNCT", "PERSON:Ben Ruiz");
        assertEquals("Ben Ruiz", gave.speaker().name());
    }

    @Test
    void anInterviewsAnswersAreTheIntervieweesAndItsQuestionsNoOnes() {
        String table = "Ana/PROPN Ruiz/PROPN spoke/VERB to/ADP us/PRON about/ADP Ben/PROPN Cole/PROPN ./PUNCT | Ruiz/PROPN is/AUX 60/NUM ./PUNCT\n"
                + "Q/PROPN :/PUNCT Will/AUX you/PRON run/VERB ?/PUNCT\n"
                + "A/DET :/PUNCT I/PRON think/VERB so/ADV ./PUNCT\n"
                + "It/PRON is/AUX time/NOUN ./PUNCT\n"
                + "Q/PROPN :/PUNCT When/ADV ?/PUNCT\n"
                + "A/DET :/PUNCT Soon/ADV ,/PUNCT Cole/PROPN says/VERB ./PUNCT";
        List<Attribution> all = attributions(table, "PERSON:Ana Ruiz", "PERSON:Ben Cole", "PERSON:Ruiz", "PERSON:Cole");
        NewsDocument doc = TokenTables.document(table, "PERSON:Ana Ruiz", "PERSON:Ben Cole", "PERSON:Ruiz", "PERSON:Cole");
        assertEquals(List.of("Will you run ?", "I think so .\nIt is time .", "When ?", "Soon , Cole says ."),
                all.stream().map(a -> a.content().of(doc.text())).toList(), "one row a turn, none inside one; an answer runs on to the next label");
        assertEquals(List.of("", "Ana Ruiz", "", "Ana Ruiz"), all.stream().map(a -> a.speaker().name()).toList());
        String explainer = "Ana/PROPN Ruiz/PROPN won/VERB the/DET vote/NOUN ./PUNCT\nQ/PROPN :/PUNCT Who/PRON counts/VERB ?/PUNCT\n"
                + "A/DET :/PUNCT The/DET states/NOUN ./PUNCT\nQ/PROPN :/PUNCT When/ADV ?/PUNCT\nA/DET :/PUNCT In/ADP May/PROPN ./PUNCT";
        assertEquals(List.of("", "", "", ""), attributions(explainer, "PERSON:Ana Ruiz").stream().map(a -> a.speaker().name()).toList(),
                "no word of an interview before the first question: an explainer's own answers");
        String lone = "Ana/PROPN Ruiz/PROPN spoke/VERB ./PUNCT\nA/DET :/PUNCT Ben/PROPN Cole/PROPN said/VERB he/PRON will/AUX run/VERB ./PUNCT";
        assertTrue(attributions(lone, "PERSON:Ana Ruiz", "PERSON:Ben Cole").isEmpty(), "one “A:” makes no interview, only a label");
    }

    @Test
    void anOfficeBeforeANameTheNameFinderMissedLeadsToTheName() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN met/VERB him/PRON ./PUNCT | Secretary/PROPN of/ADP State/PROPN Mike/PROPN Lee/PROPN "
                + "said/VERB that/SCONJ talks/NOUN will/AUX resume/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertTrue(a.speaker().name().endsWith("Mike Lee"), () -> a.speaker().name() + ": " + a.provenance().speaker().describe());
        // (a first name no list knows: two names after the office, which the name finder typed as nothing)
        Attribution b = last("Ana/PROPN Ruiz/PROPN met/VERB him/PRON ./PUNCT | In/ADP Lagos/PROPN ,/PUNCT Secretary/PROPN of/ADP State/PROPN "
                + "Oxal/PROPN Brinde/PROPN condemned/VERB the/DET attack/NOUN ./PUNCT", "PERSON:Ana Ruiz", "LOCATION:Lagos");
        assertTrue(b.speaker().name().endsWith("Oxal Brinde"), () -> b.speaker().name() + ": " + b.provenance().speaker().describe());
        Attribution c = last("Ana/PROPN Ruiz/PROPN met/VERB him/PRON ./PUNCT | A/DET spokesman/NOUN of/ADP the/DET Police/PROPN Department/PROPN "
                + "said/VERB that/SCONJ talks/NOUN will/AUX resume/VERB ./PUNCT", "PERSON:Ana Ruiz", "ORGANIZATION:Police Department");
        assertEquals("A spokesman of the Police Department", c.speaker().name(), () -> c.provenance().speaker().describe());
    }

    @Test
    void aTimeIsNoSpeaker() {
        SpeakerContext ctx = new SpeakerContext(TokenTables.document("Last/ADJ week/NOUN was/AUX quiet/ADJ ./PUNCT"), SpeakerLexicon.load());
        Mention m = new Mention(new extract.text.Span(0, 9), 0, 1, 1, null);
        Resolution r = new TimeIsNoSpeaker().resolve(m, ctx, null);
        assertEquals("", r.speaker().name());
        assertEquals(TimeIsNoSpeaker.NAME, r.decision().sieve());
        SpeakerContext years = new SpeakerContext(TokenTables.document("2012/NUM was/AUX quiet/ADJ ./PUNCT"), SpeakerLexicon.load());
        Resolution year = new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 4), 0, 0, 0, null), years, null);
        assertEquals("", year.speaker().name(), "a year is a time");
        SpeakerContext date = new SpeakerContext(TokenTables.document("Jan./PROPN 1/NUM shows/VERB gains/NOUN ./PUNCT"), SpeakerLexicon.load());
        Resolution jan = new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 6), 0, 1, 1, null), date, null);
        assertEquals("", jan.speaker().name(), "a month's abbreviation and a day are a date");
        SpeakerContext name = new SpeakerContext(TokenTables.document("Jan/PROPN Brewer/PROPN spoke/VERB ./PUNCT"), SpeakerLexicon.load());
        assertNull(new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 10), 0, 1, 1, null), name, null), "Jan is a name");
        SpeakerContext day = new SpeakerContext(TokenTables.document("Day/PROPN said/VERB so/ADV ./PUNCT"), SpeakerLexicon.load());
        assertNull(new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 3), 0, 0, 0, null), day, null), "Day is a family name");
        SpeakerContext friday = new SpeakerContext(TokenTables.document("Friday/PROPN said/VERB so/ADV ./PUNCT"), SpeakerLexicon.load());
        assertEquals("", new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 6), 0, 0, 0, null), friday, null).speaker().name(),
                "a day's name is a time");
        // a phrase of time, then what tells of it
        SpeakerContext decade = new SpeakerContext(TokenTables.document("a/DET decade/NOUN to/PART accomplish/VERB happened/VERB ./PUNCT"),
                SpeakerLexicon.load());
        assertEquals("", new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 22), 0, 3, 1, null), decade, null).speaker().name());
        SpeakerContext possessive = new SpeakerContext(TokenTables.document("Tuesday/PROPN 's/PART primary/NOUN showed/VERB gains/NOUN ./PUNCT"),
                SpeakerLexicon.load());
        assertNull(new TimeIsNoSpeaker().resolve(new Mention(new extract.text.Span(0, 18), 0, 2, 2, null), possessive, null),
                "a time's possessive owns the noun after it");
    }

    @Test
    void wordsThatCannotNameASpeakerNameNoOne() {
        SpeakerContext ctx = new SpeakerContext(TokenTables.document("Moreover/ADV ,/PUNCT the/DET senator/NOUN said/VERB so/ADV ./PUNCT"),
                SpeakerLexicon.load());
        Resolution r = new NoSpeakerWords().resolve(new Mention(new extract.text.Span(0, 8), 0, 0, 0, null), ctx, null);
        assertEquals("", r.speaker().name());
        assertEquals(NoSpeakerWords.NAME, r.decision().sieve());
        // a noun phrase is left to the sieves that name or describe
        assertNull(new NoSpeakerWords().resolve(new Mention(new extract.text.Span(11, 22), 2, 3, 3, null), ctx, null));
        SpeakerContext gerund = new SpeakerContext(TokenTables.document(
                "Utilizing/VERB green/ADJ language/NOUN ,/PUNCT it/PRON warned/VERB ./PUNCT"), SpeakerLexicon.load());
        assertEquals("", new NoSpeakerWords().resolve(new Mention(new extract.text.Span(0, 24), 0, 2, 2, null), gerund, null)
                .speaker().name(), "a gerund's phrase is an act, not a speaker");
        SpeakerContext number = new SpeakerContext(TokenTables.document("More/ADJ than/ADP 800,000/NUM was/AUX spent/VERB ./PUNCT"),
                SpeakerLexicon.load());
        assertEquals("", new NoSpeakerWords().resolve(new Mention(new extract.text.Span(10, 17), 2, 2, 2, null), number, null)
                .speaker().name(), "a number alone is no speaker");
        SpeakerContext share = new SpeakerContext(TokenTables.document("Of/ADP voters/NOUN ,/PUNCT 42%/NOUN say/VERB so/ADV ./PUNCT"),
                SpeakerLexicon.load());
        assertNull(new NoSpeakerWords().resolve(new Mention(new extract.text.Span(12, 15), 3, 3, 3, null), share, null),
                "a share of those asked may speak");
        SpeakerContext let = new SpeakerContext(TokenTables.document("Let/VERB 's/PART hope/VERB it/PRON holds/VERB ./PUNCT"),
                SpeakerLexicon.load());
        assertEquals("", new NoSpeakerWords().resolve(new Mention(new extract.text.Span(0, 3), 0, 0, 0, null), let, null)
                .speaker().name(), "an imperative's 'let' is no subject");
        SpeakerContext many = new SpeakerContext(TokenTables.document("The/DET deal/NOUN ,/PUNCT many/ADJ say/VERB ,/PUNCT is/AUX dead/ADJ ./PUNCT"),
                SpeakerLexicon.load());
        assertNull(new NoSpeakerWords().resolve(new Mention(new extract.text.Span(11, 15), 3, 3, 3, null), many, null),
                "a quantity alone is a group of people");
    }

    @Test
    void anHonorificPicksAPersonOfItsGender() {
        String t = "Bill/PROPN Ruiz/PROPN spoke/VERB ./PUNCT | Bill/PROPN Ruiz/PROPN left/VERB ./PUNCT\n"
                + "Maria/PROPN Ruiz/PROPN stayed/VERB ./PUNCT\n"
                + "Mrs./PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET race/NOUN was/AUX close/ADJ ./PUNCT";
        Attribution a = last(t, "PERSON:Bill Ruiz", "PERSON:Bill Ruiz", "PERSON:Maria Ruiz", "PERSON:Ruiz");
        assertEquals("Maria Ruiz", a.speaker().name());
    }

    @Test
    void peopleInAPlaceAreNotThePlace() {
        Attribution a = last("People/NOUN in/ADP Fort/PROPN Pierce/PROPN said/VERB that/SCONJ they/PRON were/AUX afraid/ADJ ./PUNCT",
                "LOCATION:Fort Pierce");
        assertEquals("People in Fort Pierce", a.speaker().name());
        Attribution many = last("Many/ADJ in/ADP Fort/PROPN Pierce/PROPN fear/VERB that/SCONJ they/PRON will/AUX lose/VERB ./PUNCT",
                "LOCATION:Fort Pierce");
        assertEquals("Many in Fort Pierce", many.speaker().name(), () -> many.provenance().speaker().describe());
        Attribution party = last("Republicans/PROPN in/ADP Congress/PROPN who/PRON met/VERB Ruiz/PROPN said/VERB that/SCONJ they/PRON "
                + "were/AUX afraid/ADJ ./PUNCT", "ORGANIZATION:Congress", "PERSON:Ruiz");
        assertEquals("Republicans", party.speaker().name(), "party members in a place are not the place");
    }

    @Test
    void theyTakesTheLatestGroupSpeaking() {
        Attribution a = last("Acme/PROPN Corp./PROPN said/VERB that/SCONJ sales/NOUN rose/VERB sharply/ADV ./PUNCT | "
                + "They/PRON said/VERB that/SCONJ costs/NOUN fell/VERB sharply/ADV ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", a.speaker().name());
        assertEquals(GroupToSpeaker.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void aTitlesOfficeIsNoPartOfTheNameAfterIt() {
        Attribution a = last("Secretary/PROPN of/ADP State/PROPN Mike/PROPN Pompeo/PROPN said/VERB that/SCONJ talks/NOUN will/AUX resume/VERB ./PUNCT");
        assertEquals("Mike Pompeo", a.speaker().name(), () -> a.provenance().speaker().describe());
    }

    @Test
    void aPhraseOpeningAClauseAfterANamesCommaIsNoDescriptionOfIt() {
        Attribution a = last("In/ADP an/DET interview/NOUN with/ADP host/NOUN Ana/PROPN Ruiz/PROPN ,/PUNCT the/DET governor/NOUN stated/VERB that/SCONJ "
                + "taxes/NOUN will/AUX rise/VERB ./PUNCT | Ben/PROPN Cole/PROPN left/VERB ./PUNCT | Eva/PROPN Poe/PROPN left/VERB ./PUNCT | "
                + "Tom/PROPN Lee/PROPN left/VERB ./PUNCT | Jim/PROPN Hall/PROPN left/VERB ./PUNCT | "
                + "The/DET governor/NOUN said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ben Cole", "PERSON:Eva Poe", "PERSON:Tom Lee", "PERSON:Jim Hall");
        assertNotEquals(DescriptionToEntity.NAME, a.provenance().speaker().sieve(), () -> "Ruiz was not introduced as the governor: "
                + a.provenance().speaker().describe());
    }

    @Test
    void whoAfterAFieldOrASchoolIsThePersonOfTheRole() {
        Attribution field = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN ,/PUNCT a/DET secretary/NOUN of/ADP labor/NOUN during/ADP the/DET "
                + "Ruiz/PROPN administration/NOUN who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "PERSON:Ruiz");
        assertEquals("Ben Cole", field.speaker().name(), () -> "not Ruiz, who qualifies the administration: " + field.provenance().speaker().describe());
        Attribution school = last("Ben/PROPN Cole/PROPN ,/PUNCT a/DET graduate/NOUN of/ADP Acme/PROPN Law/PROPN School/PROPN who/PRON said/VERB "
                + "that/SCONJ wages/NOUN will/AUX fall/VERB ,/PUNCT left/VERB ./PUNCT", "PERSON:Ben Cole", "ORGANIZATION:Acme Law School");
        assertEquals("Ben Cole", school.speaker().name(), () -> school.provenance().speaker().describe());
        Attribution members = last("Voters/NOUN saw/VERB the/DET mirror/NOUN image/NOUN of/ADP the/DET Tea/PROPN Party/PROPN Republicans/PROPN who/PRON "
                + "said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "ORGANIZATION:Tea Party");
        assertEquals("Tea Party Republicans", members.speaker().name(), () -> members.provenance().speaker().describe());
    }

    @Test
    void whoAfterAThingAPersonsPhraseHangsOnIsThatPerson() {
        Attribution one = last("“/PUNCT It/PRON failed/VERB ,/PUNCT ”/PUNCT said/VERB one/PRON Democrat/ADJ familiar/NOUN with/ADP the/DET talks/NOUN ,/PUNCT "
                + "who/PRON added/VERB that/SCONJ aides/NOUN were/AUX rattled/ADJ ./PUNCT");
        assertEquals("one Democrat familiar", one.speaker().name(), () -> one.provenance().speaker().describe());
        Attribution group = last("Voters/NOUN heard/VERB Democrats/PROPN across/ADP the/DET country/NOUN ,/PUNCT who/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("Democrats", group.speaker().name(), () -> group.provenance().speaker().describe());
        Attribution gunman = last("Voters/NOUN left/VERB the/DET club/NOUN in/ADP Orlando/PROPN after/ADP a/DET gunman/NOUN who/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT", "LOCATION:Orlando");
        assertEquals("a gunman", gunman.speaker().name(), "no person's phrase before the preposition: the noun itself");
    }

    @Test
    void relativePronounAfterAPhraseTakesThePhrase() {
        Attribution a = last("Voters/NOUN heard/VERB many/ADJ analysts/NOUN who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("many analysts", a.speaker().name());
        assertEquals(RelativeToPhrase.NAME, a.provenance().speaker().sieve());
        Attribution here = last("The/DET video/NOUN angered/VERB demonstrators/NOUN here/ADV ,/PUNCT who/PRON said/VERB that/SCONJ "
                + "the/DET footage/NOUN must/AUX be/AUX released/VERB ./PUNCT");
        assertEquals("demonstrators", here.speaker().name(), () -> here.provenance().speaker().describe());
        Attribution staffer = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN ,/PUNCT a/DET staffer/NOUN at/ADP the/DET Acme/PROPN Agency/PROPN "
                + "who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "ORGANIZATION:Acme Agency");
        assertEquals("Ben Cole", staffer.speaker().name(), () -> "'who' is the staffer, not the agency: " + staffer.provenance().speaker().describe());
        Attribution of = last("Ben/PROPN Cole/PROPN of/ADP Ohio/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ,/PUNCT "
                + "left/VERB ./PUNCT", "PERSON:Ben Cole", "LOCATION:Ohio");
        assertEquals("Ben Cole", of.speaker().name(), "'who' after a person of a place is the person");
        Attribution region = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN ,/PUNCT a/DET doctor/NOUN from/ADP Dayton/PROPN ,/PUNCT Ohio/PROPN ,/PUNCT "
                + "who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "LOCATION:Dayton", "LOCATION:Ohio");
        assertEquals("Ben Cole", region.speaker().name(), () -> "the state after the town, then the description: " + region.provenance().speaker().describe());
        Attribution placed = last("“/PUNCT Rents/NOUN will/AUX rise/VERB ,/PUNCT ”/PUNCT said/VERB Ben/PROPN Cole/PROPN ,/PUNCT 24/NUM ,/PUNCT from/ADP Dayton/PROPN ,/PUNCT "
                + "who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "LOCATION:Dayton");
        assertEquals("Ben Cole", placed.speaker().name(), () -> "the place set off by commas is the name's: " + placed.provenance().speaker().describe());
        Attribution title = last("Voters/NOUN met/VERB Secretary/PROPN of/ADP State/PROPN Ben/PROPN Cole/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "LOCATION:State");
        assertEquals("Ben Cole", title.speaker().name(), "a title's 'of' leads to the name");
        Attribution described = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN of/ADP Ohio/PROPN ,/PUNCT a/DET staffer/NOUN at/ADP the/DET "
                + "Acme/PROPN Agency/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT",
                "PERSON:Ben Cole", "LOCATION:Ohio", "ORGANIZATION:Acme Agency");
        assertEquals("Ben Cole", described.speaker().name(), () -> "the person of the place the description follows: "
                + described.provenance().speaker().describe());
        Attribution apposed = last("Voters/NOUN met/VERB Ana/PROPN Ruiz/PROPN and/CCONJ Ben/PROPN Cole/PROPN ,/PUNCT a/DET developer/NOUN ,/PUNCT "
                + "who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz", "PERSON:Ben Cole");
        assertEquals("Ben Cole", apposed.speaker().name(), "the last name the description stands in apposition to");
        Attribution hops = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN ,/PUNCT a/DET professor/NOUN at/ADP the/DET Acme/PROPN College/PROPN "
                + "in/ADP Ohio/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT",
                "PERSON:Ben Cole", "ORGANIZATION:Acme College", "LOCATION:Ohio");
        assertEquals("Ben Cole", hops.speaker().name(), () -> "across each place's phrase: " + hops.provenance().speaker().describe());
        Attribution unnamed = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN ,/PUNCT an/DET economist/NOUN at/ADP the/DET state/NOUN "
                + "university/NOUN ,/PUNCT who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole");
        assertEquals("Ben Cole", unnamed.speaker().name(), () -> "an organisation the text does not name is no person either: "
                + unnamed.provenance().speaker().describe());
        Attribution things = last("Voters/NOUN met/VERB an/DET economist/NOUN at/ADP the/DET state/NOUN fair/NOUN ,/PUNCT who/PRON "
                + "said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("an economist", things.speaker().name(), "a noun for no person after a person's noun: the person");
        Attribution aged = last("Voters/NOUN met/VERB Ben/PROPN Cole/PROPN ,/PUNCT 32/NUM ,/PUNCT a/DET staffer/NOUN for/ADP the/DET "
                + "Acme/PROPN Agency/PROPN who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole",
                "ORGANIZATION:Acme Agency");
        assertEquals("Ben Cole", aged.speaker().name(), () -> "past the age in apposition: " + aged.provenance().speaker().describe());
        Attribution member = last("Voters/NOUN heard/VERB Senator/PROPN Ben/PROPN Cole/PROPN ,/PUNCT Republican/PROPN of/ADP Ohio/PROPN ,/PUNCT "
                + "who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "LOCATION:Ohio");
        assertEquals("Ben Cole", member.speaker().name(), () -> "a party's member of a place in apposition: "
                + member.provenance().speaker().describe());
        Attribution backer = last("Voters/NOUN heard/VERB Ben/PROPN Cole/PROPN ,/PUNCT a/DET former/ADJ adviser/NOUN to/ADP Ana/PROPN Ruiz/PROPN ,/PUNCT "
                + "who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ben Cole", "PERSON:Ana Ruiz");
        assertEquals("Ben Cole", backer.speaker().name(), () -> "not the person the description in apposition names: "
                + backer.provenance().speaker().describe());
        Attribution plain = last("Voters/NOUN heard/VERB an/DET adviser/NOUN to/ADP Ana/PROPN Ruiz/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", plain.speaker().name(), () -> "no apposition, the name before: " + plain.provenance().speaker().describe());
    }

    @Test
    void aDayAfterTheNounOfAPhraseIsNoName() {
        Attribution a = last("Taxes/NOUN will/AUX rise/VERB ,/PUNCT according/VERB to/ADP a/DET report/NOUN Tuesday/PROPN from/ADP the/DET "
                + "Acme/PROPN Times/PROPN ./PUNCT", "ORGANIZATION:Acme Times");
        assertNotEquals("Tuesday", a.speaker().name(), () -> a.provenance().speaker().describe());
        assertTrue(a.speaker().name().contains("report"), () -> a.provenance().speaker().describe());
    }

    @Test
    void aMentionStartsAndEndsOnWholeWords() {
        // (hyphenated words need tokens written together, as a table cannot: AttributionFinderTest has them)
        NewsDocument doc = TokenTables.document("The/DET GOP/PROPN 's/PART complaint/NOUN to/ADP the/DET board/NOUN says/VERB that/SCONJ "
                + "Mills/PROPN erred/VERB ./PUNCT", "ORGANIZATION:GOP", "PERSON:Mills");
        SpeakerContext ctx = new SpeakerContext(doc, SpeakerLexicon.load());
        String text = doc.text();
        Resolution cut = new MentionResolver(null, null).resolve(new extract.text.Span(text.indexOf("'s"), text.indexOf(" says")), ctx);
        assertEquals("The GOP 's complaint to the board", cut.speaker().mention().of(text), "the possessor the phrase was cut from");
    }

    @Test
    void relativePronounOnTheNounsAfterACopulaTakesItsNamedSubject() {
        Attribution is = last("Ana/PROPN Ruiz/PROPN is/AUX a/DET lawyer/NOUN and/CCONJ activist/NOUN who/PRON said/VERB that/SCONJ "
                + "wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", is.speaker().name(), () -> is.provenance().speaker().describe());
        Attribution and = last("Ana/PROPN Ruiz/PROPN often/ADV teaches/VERB law/NOUN and/CCONJ is/AUX a/DET critic/NOUN ,/PUNCT "
                + "author/NOUN and/CCONJ activist/NOUN who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", and.speaker().name(), "the subject of the clause the copula joins");
        Attribution problem = last("The/DET problem/NOUN is/AUX the/DET voters/NOUN who/PRON said/VERB that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("the voters", problem.speaker().name(), "a subject that is no name is not who spoke");
    }
}
