package extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class DocumentNamesTest {
    private final DocumentNames rules = DocumentNames.fromResources();

    private List<Span[]> apply(String[] sentences, Span[]... found) {
        List<String[]> toks = new ArrayList<>();
        for (String s : sentences) toks.add(s.split(" "));
        return rules.apply(toks, List.of(found));
    }

    @Test
    void aTitleMakesTheNextNameAPersonAndIsNotPartOfIt() {
        List<Span[]> out = apply(new String[] {
                "Sen. Mary Ortiz voted no .",
                "President Alan Drew spoke .",
                "Then Mr. Holt left ."},
                new Span[0],
                new Span[] {new Span(0, 3, "person")},
                new Span[] {new Span(2, 3, "location")});
        assertArrayEquals(new Span[] {new Span(1, 3, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(1, 3, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(2, 3, "person")}, out.get(2));
    }

    @Test
    void aWordTheArticleWritesInLowerCaseOpensNoNameAtTheSentencesStart() {
        List<Span[]> out = apply(new String[] {
                "Former Vance aide Ruth Quill said the former plan failed .",
                "Bill Lee signed the bill .",
                "De Vargas spoke at the de facto border .",
                "5 ) Can Zorn win ? She can ."},
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "person")},
                new Span[] {new Span(0, 2, "person")},
                new Span[] {new Span(0, 2, "person")},
                new Span[] {new Span(2, 4, "person")});
        assertArrayEquals(new Span[] {new Span(1, 2, "person"), new Span(3, 5, "person")}, out.get(0), "\"former\" is a word of the article");
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, out.get(1), "a given name stays, though \"bill\" is a word too");
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, out.get(2), "so does a name's particle");
        assertArrayEquals(new Span[] {new Span(3, 4, "person")}, out.get(3), "past a list number");
    }

    @Test
    void aFirstNameRightBeforeAPersonsSurnameOpensTheName() {
        List<Span[]> out = apply(new String[] {
                "Jeb Quill pointed out the cost .",
                "Rivals such as Jillian Quill spoke .",
                "In August Quill spoke .",
                "Senator Quill spoke .",
                "Stop Hillary PAC spoke ."},
                new Span[] {new Span(1, 2, "person")}, new Span[] {new Span(4, 5, "person")}, new Span[] {new Span(2, 3, "person")},
                new Span[] {new Span(1, 2, "person")}, new Span[] {new Span(2, 3, "person")});
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(3, 5, "person")}, out.get(1), "a given name of the long list");
        assertArrayEquals(new Span[] {new Span(2, 3, "person")}, out.get(2), "a month opens no name");
        assertArrayEquals(new Span[] {new Span(1, 2, "person")}, out.get(3), "a title is no first name");
        assertArrayEquals(new Span[] {new Span(2, 3, "person")}, out.get(4), "nor before an acronym");
    }

    @Test
    void aHyphenedFirstNameTheTokenizerSplitStaysWhole() {
        List<Span[]> out = apply(new String[] {"Jo- Renee Formicola spoke .", "Pro- Trump voters came ."},
                new Span[] {new Span(1, 3, "person")}, new Span[] {new Span(1, 2, "person")});
        assertArrayEquals(new Span[] {new Span(0, 3, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(1, 2, "person")}, out.get(1), "a prefix is no first name");
    }

    @Test
    void anOfficeAfterATitlesOfIsNoPartOfTheNameAfterIt() {
        List<Span[]> out = apply(new String[] {
                "Former secretary of State Holt spoke .",
                "Chief of Staff Vera Lind wrote .",
                "The director of National Nurses United spoke ."},
                new Span[] {new Span(3, 5, "location")},
                new Span[] {new Span(2, 5, "person")},
                new Span[] {new Span(3, 6, "organization")});
        assertArrayEquals(new Span[] {new Span(4, 5, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(3, 5, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(3, 6, "organization")}, out.get(2), "an organisation's name is left whole");
    }

    @Test
    void aTitleInsideAPersonsSpanCutsOffItsOffice() {
        List<Span[]> out = apply(new String[] {"Acme Communications Director Vera Lind spoke ."},
                new Span[] {new Span(0, 5, "person")});
        assertArrayEquals(new Span[] {new Span(3, 5, "person")}, out.get(0));
    }

    @Test
    void anOfficeAfterATitlesOfIsNoPartOfTheName() {
        List<Span[]> out = apply(new String[] {
                "Secretary of State Mary Ortiz spoke .",
                "Former Secretary of State Zorba Quill left .",
                "The Governor of New Jersey spoke ."},
                new Span[] {new Span(0, 5, "person")},
                new Span[] {new Span(0, 6, "person")},
                new Span[] {new Span(3, 5, "location")});
        assertArrayEquals(new Span[] {new Span(3, 5, "person")}, out.get(0), "the first name starts the person");
        assertArrayEquals(new Span[] {new Span(4, 6, "person")}, out.get(1), "else the last two words of three");
        assertArrayEquals(new Span[] {new Span(3, 5, "location")}, out.get(2), "an office with no person stays as found");
    }

    @Test
    void aShortNameOpeningWithAFirstNameAfterARoleIsAPersons() {
        List<Span[]> out = apply(new String[] {"The Post columnist Ruth Quill wrote .", "The Post bought Ruth Quill ."},
                new Span[] {new Span(3, 5, "organization")}, new Span[] {new Span(3, 5, "organization")});
        assertArrayEquals(new Span[] {new Span(3, 5, "person")}, out.get(0));
    }

    @Test
    void aFullNameRunTogetherWithAPlaceIsThePersonAndThePlace() {
        List<Span[]> out = apply(new String[] {"The Zorba Quill South Carolina victory party was quiet .", "Jack London wrote ."},
                new Span[] {new Span(1, 5, "person")}, new Span[] {new Span(0, 2, "person")});
        assertArrayEquals(new Span[] {new Span(1, 3, "person"), new Span(3, 5, "location")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, out.get(1), "a first name alone before a place's name stays a name");
    }

    @Test
    void aPersonsNameHoldsNoLowerCaseWordNorItsPlaceAfterOf() {
        List<Span[]> out = apply(new String[] {
                "Presidential candidate Vera Lind spoke .",
                "Zorba Quill of Kentucky spoke .",
                "Vera de Lind spoke ."},
                new Span[] {new Span(0, 4, "person")},
                new Span[] {new Span(0, 4, "person")},
                new Span[] {new Span(0, 3, "person")});
        assertArrayEquals(new Span[] {new Span(2, 4, "person")}, out.get(0), "the role before the name is no part of it");
        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(3, 4, "location")}, out.get(1), "the person, then the place");
        assertArrayEquals(new Span[] {new Span(0, 3, "person")}, out.get(2), "a short particle stays");
    }

    @Test
    void aPartyLabelIsNoNameAndANameRunsOnOverNoComma() {
        List<Span[]> out = apply(new String[] {
                "Rep. Ana Ruiz ( D-Md . ) spoke .",
                "In a piece from Acme , Vera Lind says so .",
                "Martin Luther King , Jr. spoke .",
                "OSLO \u2014 Actress Vera Lind spoke .",
                "Sen. Ted Cruz ( Tex . ) spoke ."},
                new Span[] {new Span(1, 3, "person"), new Span(4, 5, "person")},
                new Span[] {new Span(4, 8, "person")},
                new Span[] {new Span(0, 5, "person")},
                new Span[] {new Span(0, 5, "person")},
                new Span[] {new Span(1, 5, "person")});
        assertArrayEquals(new Span[] {new Span(1, 3, "person")}, out.get(4), "a name runs into no parenthesis");
        assertArrayEquals(new Span[] {new Span(1, 3, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(0, 1, "location"), new Span(3, 5, "person")}, out.get(3), "a dateline, a dash, a title");
        assertArrayEquals(new Span[] {new Span(4, 5, "person"), new Span(6, 8, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(0, 5, "person")}, out.get(2), "a suffix after the comma ends the same name");
    }

    @Test
    void aPersonsNameGoesOnOverAQuotedNickname() {
        List<Span[]> out = apply(new String[] {"Del. Marcia `` Cia '' Price spoke .", "He called it `` Fine '' Monday ."},
                new Span[] {new Span(1, 2, "person")}, new Span[0]);
        assertArrayEquals(new Span[] {new Span(1, 6, "person")}, out.get(0));
        assertArrayEquals(new Span[0], out.get(1), "a quoted word after no name stays a quotation");
    }

    @Test
    void aPersonRunTogetherWithAnOrganisationIsSplitOff() {
        List<Span[]> out = apply(new String[] {"Ana Ruiz spoke .", "He met the Acme Daily Ruiz said .", "He joined Acme Ruiz ."},
                new Span[] {new Span(0, 2, "person")}, new Span[] {new Span(3, 6, "organization")},
                new Span[] {new Span(2, 4, "organization")});
        assertArrayEquals(new Span[] {new Span(3, 5, "organization"), new Span(5, 6, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(2, 4, "organization")}, out.get(2), "one word before the surname stays one name");
    }

    @Test
    void aFirstNameAndAPersonNamedAloneRunTogetherWithAnOrganisationAreSplitOff() {
        List<Span[]> out = apply(new String[] {"Okafor spoke .", "Acme Board Chair Dianne Okafor agreed ."},
                new Span[] {new Span(0, 1, "person")}, new Span[] {new Span(0, 5, "organization")});
        assertArrayEquals(new Span[] {new Span(0, 3, "organization"), new Span(3, 5, "person")}, out.get(1));
    }

    @Test
    void aNameFirstTaggedAsAPersonStaysAPersonAndIsFoundAgain() {
        List<Span[]> out = apply(new String[] {
                "Vera Lind met the board .",
                "Later Lind said Vera Lind would stay .",
                "Lind Street is in town ."},
                new Span[] {new Span(0, 2, "person")},
                new Span[] {new Span(3, 5, "location")},
                new Span[0]);
        assertArrayEquals(new Span[] {new Span(1, 2, "person"), new Span(3, 5, "person")}, out.get(1));
        // "Lind Street" is a longer run of capitals than the known name: left alone
        assertArrayEquals(new Span[0], out.get(2));
    }

    @Test
    void mostMentionsDecideTheTypeOfANameNotFirstSeenAsAPerson() {
        List<Span[]> out = apply(new String[] {"Acme hired staff .", "Acme grew .", "Acme won ."},
                new Span[] {new Span(0, 1, "location")},
                new Span[] {new Span(0, 1, "organization")},
                new Span[] {new Span(0, 1, "organization")});
        for (Span[] s : out) assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, s);
    }

    @Test
    void aSurnameTaggedAsAPlaceInAHeadlineIsStillThePerson() {
        List<Span[]> out = apply(new String[] {
                "Lagos 's Okafor backs the deal",
                "President Ada Okafor signed it .",
                "Okafor said more ."},
                new Span[] {new Span(0, 1, "location"), new Span(2, 3, "location")},
                new Span[] {new Span(1, 3, "person")},
                new Span[] {new Span(0, 1, "location")});
        assertArrayEquals(new Span[] {new Span(0, 1, "location"), new Span(2, 3, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(0, 1, "person")}, out.get(2));
    }

    @Test
    void aPlaceNamedWithAPersonsSurnameIsOfTheFamily() {
        List<Span[]> out = apply(new String[] {
                "Tomas Vella Okafor was shot .",
                "Ria Okafor can be heard .",
                "Okafor Holdings paid ."},
                new Span[] {new Span(0, 3, "person")},
                new Span[] {new Span(0, 2, "location")},
                new Span[] {new Span(0, 2, "organization")});
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, out.get(2), "a firm may bear the name");
    }

    @Test
    void aPersonsNameGoesOnOverTheParticlesOfASurname() {
        List<Span[]> out = apply(new String[] {"Manager Joris ten Velde said so .", "Coach Ana de la Cruz left .", "Ed told Ana ten times ."},
                new Span[] {new Span(1, 2, "person")}, new Span[] {new Span(1, 2, "person")}, new Span[] {new Span(0, 1, "person"), new Span(2, 3, "person")});
        assertArrayEquals(new Span[] {new Span(1, 4, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(1, 5, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(0, 1, "person"), new Span(2, 3, "person")}, out.get(2), "no capital after the particle");
    }

    @Test
    void aSurnameWithItsParticleCapitalisedIsThePersonWhoseNameEndsInIt() {
        List<Span[]> out = apply(new String[] {"Minister Ursula von der Veldt spoke .", "Von der Veldt added more ."},
                new Span[] {new Span(1, 5, "person")}, new Span[] {new Span(0, 3, "organization")});
        assertArrayEquals(new Span[] {new Span(0, 3, "person")}, out.get(1));
    }

    @Test
    void aPlaceOpeningWithAFirstNameWhoseLastWordIsAPersonIsThatPerson() {
        List<Span[]> out = apply(new String[] {
                "Okafor spoke .",
                "Rally for Bernie Okafor drew crowds .",
                "Lagos Okafor is a district ."},
                new Span[] {new Span(0, 1, "person")},
                new Span[] {new Span(2, 4, "location")},
                new Span[] {new Span(0, 2, "location")});
        assertArrayEquals(new Span[] {new Span(2, 4, "person")}, out.get(1));
        assertArrayEquals(new Span[] {new Span(0, 2, "location")}, out.get(2), "no first name");
        List<Span[]> firm = apply(new String[] {"Okafor spoke .", "Tyrone Okafor agreed .", "Tyrone Okafor Holdings paid ."},
                new Span[] {new Span(0, 1, "person")}, new Span[] {new Span(0, 2, "organization")}, new Span[] {new Span(0, 3, "organization")});
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, firm.get(1), "an organization of a first name and the person's name");
        assertArrayEquals(new Span[] {new Span(0, 3, "organization")}, firm.get(2), "a firm's word keeps it a firm");
    }

    @Test
    void aTwoWordPlaceEndingInAPersonNamedAloneIsThatPersonUnlessAPlacesWordOpensIt() {
        List<Span[]> out = apply(new String[] {
                "Qelmo Okafor , a treasurer , called it combat .",
                "Okafor said so .",
                "They met on Corso Okafor ."},
                new Span[] {new Span(0, 2, "location")},
                new Span[] {new Span(0, 1, "person")},
                new Span[] {new Span(3, 5, "location")});
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, out.get(0), "a word no one knows, then the surname");
        assertArrayEquals(new Span[] {new Span(3, 5, "location")}, out.get(2), "a street's word opens it");
    }

    @Test
    void aFirstNameAndAMiddleInitialBeforeAKnownPersonOpenTheName() {
        List<Span[]> out = apply(new String[] {
                "Maria H. Okafor , a professor , agreed .",
                "Mr. Okafor said so .",
                "In June Okafor left ."},
                new Span[0],
                new Span[] {new Span(1, 2, "person")},
                new Span[0]);
        assertArrayEquals(new Span[] {new Span(0, 3, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(2, 3, "person")}, out.get(2), "a month opens no name");
    }

    @Test
    void aTitleFoundApartFromItsNameIsNoName() {
        List<Span[]> out = apply(new String[] {"A spokesman , Capt. Jeff Davis , said so ."},
                new Span[] {new Span(3, 4, "person"), new Span(4, 6, "person")});
        assertArrayEquals(new Span[] {new Span(4, 6, "person")}, out.get(0));
    }

    @Test
    void aPartysMemberIsNoNameAndEndsNoPlace() {
        List<Span[]> out = apply(new String[] {
                "A New Hampshire Republican said so .",
                "The Republican spoke .",
                "The Kentucky Democrat spoke .",
                "The Log Cabin Republicans met ."},
                new Span[] {new Span(1, 4, "location")},
                new Span[] {new Span(1, 2, "location")},
                new Span[] {new Span(1, 3, "person")},
                new Span[] {new Span(1, 4, "organization")});
        assertArrayEquals(new Span[] {new Span(1, 3, "location")}, out.get(0), "the place, not its member");
        assertArrayEquals(new Span[0], out.get(1));
        assertArrayEquals(new Span[0], out.get(2), "one member is described, not named");
        assertArrayEquals(new Span[] {new Span(1, 4, "organization")}, out.get(3), "a group of members may name a body");
    }

    @Test
    void aPartysMemberOfAPlaceNamesOnlyThePlace() {
        List<Span[]> out = apply(new String[] {"Senator Ada Vance , Republican of North Dakota , said so ."},
                new Span[] {new Span(1, 3, "person"), new Span(4, 8, "organization")});
        assertArrayEquals(new Span[] {new Span(1, 3, "person"), new Span(6, 8, "location")}, out.get(0));
    }

    @Test
    void aWordThatHeadsAnOrganisationOnlyBeforeOfOrForMakesTheRunOne() {
        List<Span[]> out = apply(new String[] {
                "The Club for Growth ran ads .",
                "She met them at the Rockefeller Center .",
                "The Office of Management and Budget said so .",
                "They study at the University of Pennsylvania and Carnegie Mellon ."},
                new Span[] {new Span(1, 2, "organization")},
                new Span[] {new Span(5, 7, "location")},
                new Span[] {new Span(1, 4, "organization")},
                new Span[] {new Span(4, 7, "organization"), new Span(8, 10, "organization")});
        assertArrayEquals(new Span[] {new Span(1, 4, "organization")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(5, 7, "location")}, out.get(1), "a place where the word ends the run");
        assertArrayEquals(new Span[] {new Span(1, 6, "organization")}, out.get(2), "\"and\" joins the last words");
        assertArrayEquals(new Span[] {new Span(4, 7, "organization"), new Span(8, 10, "organization")}, out.get(3),
                "not a place to a second name");
    }

    @Test
    void aPlaceAndAPersonJoinedByAPossessiveAreSplit() {
        List<Span[]> out = apply(new String[] {
                "Lagos 's Okafor backs the deal",
                "President Ada Okafor signed it with the People 's Party ."},
                new Span[] {new Span(0, 3, "location")},
                new Span[] {new Span(1, 3, "person"), new Span(7, 10, "organization")});
        assertArrayEquals(new Span[] {new Span(0, 1, "location"), new Span(2, 3, "person")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(1, 3, "person"), new Span(7, 10, "organization")}, out.get(1),
                "not split after a word that is not a place");
    }

    @Test
    void aLowerCaseWordAfterANameIsNotPartOfIt() {
        List<Span[]> out = apply(new String[] {"the Xinhua news agency said , citing Kim Jong - un and Apollo 11 ."},
                new Span[] {new Span(1, 4, "organization"), new Span(7, 11, "person"), new Span(12, 14, "organization")});
        assertArrayEquals(new Span[] {new Span(1, 2, "organization"), new Span(7, 11, "person"),
                new Span(12, 14, "organization")}, out.get(0));
    }

    @Test
    void aHashtagOrASymbolIsNoName() {
        List<Span[]> out = apply(new String[] {"The hashtag # CandleForParis trended , and Ada Okafor #ImWithHer spoke to @ 487 ."},
                new Span[] {new Span(3, 4, "person"), new Span(7, 10, "person"), new Span(12, 13, "person"), new Span(13, 14, "organization")});
        assertArrayEquals(new Span[] {new Span(7, 9, "person")}, out.get(0));
    }

    @Test
    void aDayAfterALowerCaseWordEndsNoName() {
        List<Span[]> out = apply(new String[] {"The Acme City Council on Wednesday voted , and Acme Air ordered Boeing jets Wednesday at Super Tuesday ."},
                new Span[] {new Span(1, 6, "organization"), new Span(9, 11, "organization"), new Span(12, 15, "organization"),
                        new Span(16, 18, "organization")});
        assertArrayEquals(new Span[] {new Span(1, 4, "organization"), new Span(9, 11, "organization"), new Span(12, 13, "organization"),
                new Span(16, 18, "organization")}, out.get(0), "a capitalised word before the day keeps it");
    }

    @Test
    void aNationalityWordWithLowerCaseWordsIsADescriptionNotAName() {
        List<Span[]> out = apply(new String[] {"He flew to the Chinese capital and met Chinese Communist Party officials ."},
                new Span[] {new Span(4, 6, "location"), new Span(8, 11, "organization")});
        assertArrayEquals(new Span[] {new Span(8, 11, "organization")}, out.get(0));
    }

    @Test
    void lowerCaseWordsAreNeverTagged() {
        List<Span[]> out = apply(new String[] {"Rose Hall spoke .", "A rose is red ."},
                new Span[] {new Span(0, 2, "person")}, new Span[0]);
        assertArrayEquals(new Span[0], out.get(1));
    }

    @Test
    void possessivesNationalityWordsAndLeadingTitlesAreCutFromNames() {
        List<Span[]> out = apply(new String[] {
                "North Korea 's leader met South Korean President Lee Sun - ho .",
                "Chinese officials came ."},
                new Span[] {new Span(0, 3, "location"), new Span(5, 12, "person")},
                new Span[] {new Span(0, 1, "location")});
        assertArrayEquals(new Span[] {new Span(0, 2, "location"), new Span(8, 12, "person")}, out.get(0));
        assertArrayEquals(new Span[0], out.get(1));
    }

    @Test
    void aWellKnownPlaceIsNotAPerson() {
        List<Span[]> out = apply(new String[] {"Pyongyang said no ."}, new Span[] {new Span(0, 1, "person")});
        assertArrayEquals(new Span[] {new Span(0, 1, "location")}, out.get(0));
    }

    @Test
    void aRunOfCapitalsEndingInAnOrganisationWordIsAnOrganization() {
        List<Span[]> out = apply(new String[] {
                "Officials at the Valdoran Ministry of Fisheries said so .",
                "The report came from the Northfield Water Agency on Monday .",
                "Ola Berg of Fjordline Bank spoke .",
                "It left the Kestrel Lake area .",
                "Troops left the West Bank ."},
                new Span[0],
                new Span[] {new Span(5, 6, "location")},
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "location")},
                new Span[] {new Span(2, 4, "location")},
                new Span[] {new Span(3, 5, "location")});
        assertArrayEquals(new Span[] {new Span(3, 7, "organization")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(5, 8, "organization")}, out.get(1), "the model's place in it is dropped");
        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(3, 5, "organization")}, out.get(2));
        assertArrayEquals(new Span[] {new Span(2, 4, "location")}, out.get(3), "no organisation word: left alone");
        assertArrayEquals(new Span[] {new Span(3, 5, "location")}, out.get(4), "a known place: left alone");
    }

    @Test
    void noOrganizationFromATitleCaseLineOrTheTailOfALongerName() {
        List<Span[]> out = apply(new String[] {
                "Great Customer Service !",
                "He joined Marsh and Harbour Holdings last year .",
                "Department of Ports Secretary Jo Lane resigned ."},
                new Span[0], new Span[0], new Span[] {new Span(4, 6, "person")});
        assertArrayEquals(new Span[0], out.get(0));
        assertArrayEquals(new Span[0], out.get(1));
        assertArrayEquals(new Span[] {new Span(4, 6, "person")}, out.get(2));
    }

    @Test
    void iVAndXAreRegnalNumbersOnlyAfterAPersonAndNotBeforeAVerb() {
        List<Span[]> out = apply(new String[] {
                "Harald I of Norvia and Ostrith V .",
                "When Harald I spoke , Tiber X was far ."},
                new Span[] {new Span(0, 1, "person"), new Span(3, 4, "location"), new Span(5, 6, "person")},
                new Span[] {new Span(1, 2, "person"), new Span(5, 6, "location")});
        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(3, 4, "location"), new Span(5, 7, "person")},
                out.get(0));
        assertArrayEquals(new Span[] {new Span(1, 2, "person"), new Span(5, 6, "location")}, out.get(1));
    }

    @Test
    void aNameThatIsAllOfAQuotationIsATitle() {
        List<Span[]> out = apply(new String[] {"Her song \" Geronimo \" was sung by \" Lena Berg and band \" ."},
                new Span[] {new Span(3, 4, "person"), new Span(9, 11, "person")});
        assertArrayEquals(new Span[] {new Span(9, 11, "person")}, out.get(0));
    }

    @Test
    void aRegnalNumberBelongsToThePersonBeforeIt() {
        List<Span[]> out = apply(new String[] {
                "King Harald IV of Norvia spoke .",
                "It was Ostrith III who built it .",
                "The VI was lost .",
                "Before World War II it was calm ."},
                new Span[] {new Span(1, 2, "person"), new Span(4, 5, "location")},
                new Span[] {new Span(2, 3, "location")},
                new Span[0], new Span[0]);
        assertArrayEquals(new Span[] {new Span(1, 3, "person"), new Span(4, 5, "location")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(2, 4, "person")}, out.get(1));
        assertArrayEquals(new Span[0], out.get(2));
        assertArrayEquals(new Span[0], out.get(3));
    }

    @Test
    void aLowerCaseWordBeforeANameIsNotPartOfItButAParticleIs() {
        List<Span[]> out = apply(new String[] {"Snow fell in northern Valdora .", "Ask Mr. van Dyke ."},
                new Span[] {new Span(3, 5, "location")}, new Span[] {new Span(2, 4, "person")});
        assertArrayEquals(new Span[] {new Span(4, 5, "location")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(2, 4, "person")}, out.get(1));
    }

    @Test
    void aPlaceInTheNameOfAnAgreementOrEventIsNoPlace() {
        List<Span[]> out = apply(new String[] {
                "Both signed the Lisbon Accord in Oslo .",
                "It ended with the Treaty of Tromso .",
                "Delegates met in Lisbon ."},
                new Span[] {new Span(3, 4, "location"), new Span(6, 7, "location")},
                new Span[] {new Span(6, 7, "location")},
                new Span[] {new Span(3, 4, "location")});
        assertArrayEquals(new Span[] {new Span(6, 7, "location")}, out.get(0));
        assertArrayEquals(new Span[0], out.get(1));
        assertArrayEquals(new Span[] {new Span(3, 4, "location")}, out.get(2));
    }

    @Test
    void aPlacesFormalNameIncludesItsHead() {
        List<Span[]> out = apply(new String[] {
                "The Federal Republic of Ruritania was founded .",
                "He moved to the State of Utah .",
                "The king of Norway spoke ."},
                new Span[] {new Span(4, 5, "location")},
                new Span[] {new Span(6, 7, "location")},
                new Span[] {new Span(3, 4, "location")});
        assertArrayEquals(new Span[] {new Span(1, 5, "location")}, out.get(0));
        assertArrayEquals(new Span[] {new Span(4, 7, "location")}, out.get(1));
        // a lower-case "king" heads no name
        assertArrayEquals(new Span[] {new Span(3, 4, "location")}, out.get(2));
    }

    @Test
    void aNameEndingInABuildingsHeadWordIsAPlaceNotAPerson() {
        List<Span[]> out = apply(new String[] {"Crowds filled Voss Tower and Ada Hall ."},
                new Span[] {new Span(2, 4, "person"), new Span(5, 7, "person")});
        // "Hall" is a surname too: left alone
        assertArrayEquals(new Span[] {new Span(2, 4, "location"), new Span(5, 7, "person")}, out.get(0));
        List<Span[]> ranch = apply(new String[] {"They met at the Voss Ranch and the Malheur Refuge ."},
                new Span[] {new Span(4, 6, "person"), new Span(8, 10, "person")});
        assertArrayEquals(new Span[] {new Span(4, 6, "location"), new Span(8, 10, "location")}, ranch.get(0));
    }
}
