package extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking and naming by the one canonicaliser, on mentions alone (no sentences: no capitalised runs). */
class NamesTest {
    private static final NameLexicon LEXICON = NameLexicon.load();

    /** Mentions of the given texts at made-up increasing offsets. */
    private static List<EntityMention> mentions(EntityType type, String... texts) {
        List<EntityMention> out = new ArrayList<>();
        int pos = 0;
        for (String t : texts) {
            out.add(new EntityMention(pos, pos + t.length(), type, t, t));
            pos += t.length() + 10;
        }
        return out;
    }

    private static List<String> canonical(List<EntityMention> ms) {
        StringBuilder text = new StringBuilder();
        for (EntityMention m : ms) {
            while (text.length() < m.start()) text.append(' ');
            text.append(m.text());
        }
        return canonical(text.toString(), ms);
    }

    private static List<String> canonical(String text, List<EntityMention> ms) {
        return new Names(text, List.of(), ms, LEXICON).canonicalize().stream().map(EntityMention::canonical).toList();
    }

    @Test
    void aNameQuotedByItselfGivesNoFormOfTheName() {
        String text = "Acme said. Users call it ''Wilayat Acme,'' a joke. Acme agreed.";
        List<EntityMention> ms = List.of(new EntityMention(0, 4, EntityType.ORGANIZATION, "Acme", "Acme"),
                new EntityMention(27, 39, EntityType.ORGANIZATION, "Wilayat Acme", "Wilayat Acme"),
                new EntityMention(51, 55, EntityType.ORGANIZATION, "Acme", "Acme"));
        assertEquals(List.of("Acme", "Wilayat Acme", "Acme"), canonical(text, ms));
        String unquoted = "Acme said. Users call it Wilayat Acme, a joke. Acme agreed.";
        List<EntityMention> plain = List.of(new EntityMention(0, 4, EntityType.ORGANIZATION, "Acme", "Acme"),
                new EntityMention(25, 37, EntityType.ORGANIZATION, "Wilayat Acme", "Wilayat Acme"),
                new EntityMention(47, 51, EntityType.ORGANIZATION, "Acme", "Acme"));
        assertEquals(List.of("Wilayat Acme", "Wilayat Acme", "Wilayat Acme"), canonical(unquoted, plain), "an organisation takes its longer form");
    }

    @Test
    void aShortPersonMentionTakesTheNearestFullNameBeforeIt() {
        assertEquals(List.of("Lee Dong-hae", "Lee Dong-hae", "Lee Mi-sook", "Lee Mi-sook", "Lee Dong-hae"),
                canonical(mentions(EntityType.PERSON, "Lee Dong-hae", "Lee", "Lee Mi-sook", "Lee", "Dong-hae")));
    }

    @Test
    void aShortMentionTakesTheFullNameNamedMostOftenBeforeItOverALaterOneNamedLess() {
        assertEquals(List.of("Carly Fiorina", "Carly Fiorina", "Carly Fiorina", "Frank Fiorina", "Carly Fiorina"),
                canonical(mentions(EntityType.PERSON, "Carly Fiorina", "Fiorina", "Carly Fiorina", "Frank Fiorina", "Fiorina")));
    }

    @Test
    void onATieAFullNameEndingInTheShortNameBeatsALaterOneOpeningWithIt() {
        assertEquals(List.of("Tim Canova", "Canova Shirt", "Tim Canova"),
                canonical(mentions(EntityType.PERSON, "Tim Canova", "Canova Shirt", "Canova")));
        assertEquals(List.of("Kim Jong-un", "Kim Yo-jong", "Kim Yo-jong"),
                canonical(mentions(EntityType.PERSON, "Kim Jong-un", "Kim Yo-jong", "Kim")), "neither ends in it: the latest");
    }

    @Test
    void aSurnameOneLetterOffASingleFullNameIsThatNameMisspelt() {
        assertEquals(List.of("Leslie Wimes", "Leslie Wimes", "Tyresha McClenney", "Tyresha McClenney"),
                canonical(mentions(EntityType.PERSON, "Leslie Wimes", "Wines", "Tyresha McClenney", "McLenney")));
        // two people fit, or the name is short: no guess
        assertEquals(List.of("Ana Wimes", "Ben Wines", "Wiles"),
                canonical(mentions(EntityType.PERSON, "Ana Wimes", "Ben Wines", "Wiles")));
        assertEquals(List.of("Kim Lee", "Lea"), canonical(mentions(EntityType.PERSON, "Kim Lee", "Lea")));
    }

    @Test
    void aMentionBeforeTheFullNameTakesTheFirstOneAfter() {
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz"), canonical(mentions(EntityType.PERSON, "Ruiz", "Ana Ruiz")));
    }

    @Test
    void spellingsThatDifferInCaseOrHyphensAreOneName() {
        assertEquals(List.of("Park Ji-won", "Park Ji-won", "Park Ji-won"),
                canonical(mentions(EntityType.PERSON, "Park Ji Won", "Park Ji-won", "Park Ji-won")));
    }

    @Test
    void noBreakSpacesAndSoftHyphensLeaveNoTraceInTheName() {
        assertEquals(List.of("Stu Burguiere", "Doug Andres", "Doug Andres"),
                canonical(mentions(EntityType.PERSON, "Stu\u00A0Burguiere", "Doug \u00ADAndres", "And\u00ADres")));
    }

    @Test
    void placesAreNotMergedIntoLongerPlaces() {
        assertEquals(List.of("Hall of Peace in Dalton", "Dalton"),
                canonical(mentions(EntityType.LOCATION, "Hall of Peace in Dalton", "Dalton")));
    }

    @Test
    void theSpellingTheTextUsesMostWinsEvenWhereTheModelMissedIt() {
        String text = "Park Ji Won came. Later Park Ji-won spoke, and Park Ji-won left.";
        List<EntityMention> ms = List.of(
                new EntityMention(0, 11, EntityType.PERSON, "Park Ji Won", "Park Ji Won"),
                new EntityMention(24, 35, EntityType.PERSON, "Park Ji-won", "Park Ji-won"));
        assertEquals(List.of("Park Ji-won", "Park Ji-won"), canonical(text, ms));
    }

    @Test
    void anHonorificRulesOutAFullNameOfTheOtherGender() {
        String text = "Donald Lamb came. Then Susan Lamb spoke, and Mr. Lamb left, and Ms. Lamb stayed.";
        List<EntityMention> ms = List.of(
                new EntityMention(0, 11, EntityType.PERSON, "Donald Lamb", "Donald Lamb"),
                new EntityMention(23, 33, EntityType.PERSON, "Susan Lamb", "Susan Lamb"),
                new EntityMention(49, 53, EntityType.PERSON, "Lamb", "Lamb"),
                new EntityMention(68, 72, EntityType.PERSON, "Lamb", "Lamb"));
        assertEquals(List.of("Donald Lamb", "Susan Lamb", "Donald Lamb", "Susan Lamb"), canonical(text, ms));
    }

    @Test
    void aNameLosesTheTitlesAndPartyLabelsBeforeIt() {
        assertEquals(List.of("Hillary Clinton", "Hillary Clinton"),
                canonical(mentions(EntityType.PERSON, "Democrat Hillary Clinton", "Clinton")));
    }

    @Test
    void anOfficesWordsBeforeItsTitleGoWithTheTitle() {
        assertEquals(List.of("Lisa Madigan", "Paul Ryan"),
                canonical(mentions(EntityType.PERSON, "Illinois Attorney General Lisa Madigan", "House Speaker Paul Ryan")));
        assertEquals(List.of("Ana Ruiz", "Ben Cole"),
                canonical(mentions(EntityType.PERSON, "Herald Editor-in-Chief Ana Ruiz", "Commander-in-Chief Ben Cole")),
                "a title of hyphened words");
        assertEquals(List.of("Paul Judge Smith"), canonical(mentions(EntityType.PERSON, "Paul Judge Smith")),
                "a title word after a first name is part of the name");
    }

    @Test
    void aMiddleNameJoinsTheFormsOfOnePerson() {
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Ana Ruiz"), canonical(mentions(EntityType.PERSON, "Ana Ruiz", "Ana Maria Ruiz", "Ana Ruiz")));
    }

    @Test
    void aMiddleInitialJoinsTheFormsOfOnePersonUnlessTheArticleTellsTwoApart() {
        assertEquals(List.of("Ed W. Poe", "Ed W. Poe", "Ed W. Poe"), inSentences("Ed W. Poe spoke.", "Ed W. Poe left.", "Ed Poe stayed."));
        assertEquals(List.of("Ed Poe", "Ed W. Poe"), inSentences("Ed Poe's son and Ed W. Poe's brother spoke."),
                "named in one sentence: a father and his son");
        assertEquals(List.of("Ed W. Poe", "Ed H. Poe", "Ed Poe"), inSentences("Ed W. Poe spoke.", "Ed H. Poe spoke.", "Ed Poe left."),
                "two initials: \"Ed Poe\" may be either");
    }

    /** The canonical names of the "Ed …Poe" mentions of these sentences, one sentence after another. */
    private static List<String> inSentences(String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> ss = new ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            ss.add(new Sentence(at, at + s.length(), 0, List.of()));
            at += s.length() + 1;
        }
        List<EntityMention> ms = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Ed (?:[A-Z]\\. )?Poe").matcher(text);
        while (m.find()) ms.add(new EntityMention(m.start(), m.end(), EntityType.PERSON, m.group(), m.group()));
        return new Names(text, ss, ms, LEXICON).canonicalize().stream().map(EntityMention::canonical).toList();
    }

    @Test
    void aFullStopTheNameFinderTookAlongIsNoPartOfTheName() {
        assertEquals(List.of("Vera Lind", "Ed Poe Jr.", "Ann B."), canonical(mentions(EntityType.PERSON, "Vera Lind.", "Ed Poe Jr.", "Ann B.")));
    }

    @Test
    void aPlaceInsideALongerPlaceKeepsItsOwnName() {
        assertEquals(List.of("South China Sea", "China", "China"),
                canonical(mentions(EntityType.LOCATION, "South China Sea", "China", "China")));
    }

    @Test
    void aTitleCaseHeadlineGivesNoFullName() {
        var doc = extract.doc.TokenTables.annotated("Ana/PROPN Ruiz/PROPN Hammers/PROPN Bank/PROPN Chief/PROPN ./PUNCT\n"
                + "Sen./PROPN Ana/PROPN Ruiz/PROPN grilled/VERB the/DET chief/NOUN ./PUNCT | Ruiz/PROPN left/VERB ./PUNCT",
                "PERSON:Ana Ruiz Hammers Bank Chief", "PERSON:Ana Ruiz", "PERSON:Ana Ruiz", "PERSON:Ruiz", "PERSON:Ruiz");
        // the fixture finds "Ana Ruiz" and "Ruiz" in the headline first, then in the text
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz"), doc.entities().stream().map(EntityMention::canonical).toList());
    }

    @Test
    void aHeadlinesGivenNameAndSurnameStayTheFullNameTheTextShortens() {
        var doc = extract.doc.TokenTables.annotated("Ana/PROPN Ruiz/PROPN :/PUNCT Banks/PROPN Must/AUX Pay/VERB ./PUNCT\n"
                + "Ruiz/PROPN said/VERB banks/NOUN must/AUX pay/VERB ./PUNCT | Ruiz/PROPN left/VERB ./PUNCT",
                "PERSON:Ana Ruiz", "PERSON:Ruiz", "PERSON:Ruiz");
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Ana Ruiz"), doc.entities().stream().map(EntityMention::canonical).toList());
        // words before the name that are no given name still go ("Derelict Obama", "Rival Ruiz")
        var rival = extract.doc.TokenTables.annotated("Rival/PROPN Ruiz/PROPN Must/AUX Pay/VERB ./PUNCT\n"
                + "Ruiz/PROPN said/VERB banks/NOUN must/AUX pay/VERB ./PUNCT", "PERSON:Rival Ruiz", "PERSON:Ruiz");
        assertEquals(List.of("Ruiz", "Ruiz"), rival.entities().stream().map(EntityMention::canonical).toList());
    }

    @Test
    void spellingsThatDifferOnlyInAccentsAreOneNameWrittenWithThemOnATie() {
        assertEquals(List.of("Ana Peña", "Ana Peña", "Ana Peña"), canonical(mentions(EntityType.PERSON, "Ana Pena", "Ana Peña", "Pena")));
        assertEquals(List.of("Ana Pena", "Ana Pena", "Ana Pena", "Ana Pena"),
                canonical(mentions(EntityType.PERSON, "Ana Pena", "Ana Peña", "Ana Pena", "Peña")), "the spelling the article writes most");
    }

    @Test
    void aHeadlineGivesAFullNameOnlyWhereAGivenNameOpensIt() {
        // (the text's sentence first: the fixture finds each entity's words at their first occurrence)
        var derelict = extract.doc.TokenTables.annotated("Ruiz/PROPN said/VERB banks/NOUN must/AUX pay/VERB ./PUNCT\n"
                + "Derelict/PROPN Ruiz/PROPN Fails/PROPN Banks/PROPN ./PUNCT", "PERSON:Ruiz", "PERSON:Derelict Ruiz");
        assertEquals(List.of("Ruiz", "Ruiz"), derelict.entities().stream().map(EntityMention::canonical).toList());
        var full = extract.doc.TokenTables.annotated("Ruiz/PROPN said/VERB banks/NOUN must/AUX pay/VERB ./PUNCT\n"
                + "Maria/PROPN Hernandez/PROPN Ruiz/PROPN Fails/PROPN Banks/PROPN ./PUNCT", "PERSON:Ruiz", "PERSON:Maria Hernandez Ruiz");
        assertEquals(List.of("Maria Hernandez Ruiz", "Maria Hernandez Ruiz"), full.entities().stream().map(EntityMention::canonical).toList(),
                "a given name and a middle name");
    }
}
