package extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }

    @Test
    void pronounTakesTheLatestSpeakerOfItsGender() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "She/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(PronounToSpeaker.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void pronounWithNoSpeakerTakesAnEntityOfItsGender() {
        Attribution a = last("Ana/PROPN Ruiz/PROPN visited/VERB the/DET plant/NOUN ./PUNCT | "
                + "She/PRON said/VERB that/SCONJ jobs/NOUN will/AUX stay/VERB ./PUNCT", "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(PronounToEntity.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void pronounOfTheOtherGenderDoesNotTakeTheName() {
        Attribution a = last("Maria/PROPN Ruiz/PROPN visited/VERB the/DET plant/NOUN ./PUNCT | "
                + "He/PRON said/VERB that/SCONJ jobs/NOUN will/AUX stay/VERB ./PUNCT", "PERSON:Maria Ruiz");
        assertEquals("", a.speaker().name());
    }

    @Test
    void theyTakesAGroupSpeakerOrAPluralPhrase() {
        Attribution a = last("The/DET union/NOUN angered/VERB many/ADJ analysts/NOUN because/SCONJ they/PRON believe/VERB "
                + "that/SCONJ wages/NOUN will/AUX fall/VERB ./PUNCT");
        assertEquals("many analysts", a.speaker().name());
        assertEquals(GroupToPluralPhrase.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void relativePronounTakesTheNameBeforeIt() {
        Attribution a = last("Voters/NOUN met/VERB Ana/PROPN Ruiz/PROPN ,/PUNCT who/PRON said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT",
                "PERSON:Ana Ruiz");
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(RelativeToName.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void descriptionTakesTheEntityIntroducedWithIt() {
        Attribution a = last("Chinese/ADJ President/PROPN Xi/PROPN Jinping/PROPN arrived/VERB ./PUNCT | "
                + "The/DET president/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT", "PERSON:Xi Jinping");
        assertEquals("Xi Jinping", a.speaker().name());
        assertEquals(DescriptionToEntity.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void descriptionWithNoEntityIsKept() {
        Attribution a = last("A/DET senior/ADJ official/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT");
        assertEquals("A senior official", a.speaker().name());
        assertEquals(KeptDescription.NAME, a.provenance().speaker().sieve());
    }

    @Test
    void descriptionNamingSomeoneIsKeptWhole() {
        Attribution a = last("The/DET Vermont/PROPN senator/NOUN said/VERB that/SCONJ trade/NOUN will/AUX grow/VERB ./PUNCT",
                "LOCATION:Vermont");
        assertEquals("The Vermont senator", a.speaker().name());
        assertEquals(NamedDescription.NAME, a.provenance().speaker().sieve());
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
    void definiteDescriptionTakesTheLatestEntityOfItsType() {
        Attribution a = last("Shares/NOUN of/ADP Acme/PROPN Corp./PROPN fell/VERB ./PUNCT | "
                + "The/DET company/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("Acme Corp.", a.speaker().name());
        assertEquals(DescriptionToRecentEntity.NAME, a.provenance().speaker().sieve());
        Attribution indefinite = last("Shares/NOUN of/ADP Acme/PROPN Corp./PROPN fell/VERB ./PUNCT | "
                + "A/DET company/NOUN said/VERB that/SCONJ sales/NOUN will/AUX recover/VERB ./PUNCT", "ORGANIZATION:Acme Corp.");
        assertEquals("A company", indefinite.speaker().name());
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
}
