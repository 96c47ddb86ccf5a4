package extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.doc.NewsDocument;
import extract.doc.TokenTables;
import extract.quotes.Attribution;
import extract.quotes.CueLexicon;
import extract.quotes.QuoteStage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranked-pronoun sieve on hand-made token tables: a ranker trained on the candidates the
 * recording stage reports learns what its labels teach (here, against the rules: "he" is the man
 * who acted a sentence before the latest speaker), and applies it to names it never saw.
 */
class RankedPronounTest {
    private static final QuoteStage QUOTES = new QuoteStage(CueLexicon.load());
    private static final SpeakerLexicon LEXICON = SpeakerLexicon.load();
    private static SpeakerRanker ranker;

    /** "B met voters. A said that taxes will rise. He said that rents will fall." */
    private static NewsDocument story(String a, String b) {
        String[] x = a.split(" "), y = b.split(" ");
        return TokenTables.document(y[0] + "/PROPN " + y[1] + "/PROPN met/VERB voters/NOUN ./PUNCT | "
                + x[0] + "/PROPN " + x[1] + "/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "He/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:" + b, "PERSON:" + a);
    }

    @BeforeAll
    static void train() throws IOException {
        String[][] pairs = {{"John Smith", "Peter Brown"}, {"Mark Jones", "Paul Green"}, {"David White", "James Clark"},
                {"Robert Lewis", "Thomas Hall"}, {"Peter Clark", "John Jones"}, {"Paul Smith", "Mark Hall"}};
        List<Event> events = new ArrayList<>();
        for (String[] p : pairs) {
            List<RankedCandidates> seen = new ArrayList<>();
            NewsDocument doc = story(p[0], p[1]);
            SpeakerStage.recording(LEXICON, seen::add).resolve(doc, QUOTES.find(doc));
            for (RankedCandidates rc : seen) {
                for (RankedCandidates.Candidate c : rc.candidates()) events.add(SpeakerRanker.event(c, c.name().equals(p[1])));
            }
        }
        ranker = SpeakerRanker.train(events, 50, 1);
    }

    /** The names of the candidates, in the order the stage listed them. */
    private static List<String> names(RankedCandidates rc) {
        return rc.candidates().stream().map(RankedCandidates.Candidate::name).toList();
    }

    /** What the recording stage reports for the document: each pronoun's and frameless quotation's candidates. */
    private static List<RankedCandidates> recorded(NewsDocument doc) {
        List<RankedCandidates> seen = new ArrayList<>();
        SpeakerStage.recording(LEXICON, seen::add).resolve(doc, QUOTES.find(doc));
        return seen;
    }

    private static Attribution last(SpeakerStage stage, NewsDocument doc) {
        List<Attribution> a = stage.resolve(doc, QUOTES.find(doc));
        assertFalse(a.isEmpty(), "no attribution");
        return a.get(a.size() - 1);
    }

    @Test
    void recordingReportsEveryEarlierNameWithItsFeaturesAndDecidesNothing() {
        List<RankedCandidates> seen = new ArrayList<>();
        Attribution a = last(SpeakerStage.recording(LEXICON, seen::add), story("John Smith", "Peter Brown"));
        assertEquals(PronounToSpeaker.NAME, a.provenance().speaker().sieve()); // the rules decided
        assertEquals(1, seen.size()); // only "He": names are not ranked
        assertEquals(List.of("John Smith", "Peter Brown"), names(seen.get(0))); // latest first
        assertTrue(seen.get(0).candidates().get(0).features().contains("spk=0"), "the latest speaker is marked");
        assertTrue(seen.get(0).candidates().get(1).features().contains("spk=none"));
    }

    @Test
    void rankerLearnsFromItsLabelsAndAppliesThemToUnseenNames() {
        NewsDocument doc = story("Michael Young", "Richard King");
        assertEquals("Michael Young", last(new SpeakerStage(LEXICON, null), doc).speaker().name()); // the rules
        Attribution a = last(new SpeakerStage(LEXICON, ranker), doc);
        assertEquals("Richard King", a.speaker().name());
        assertEquals(RankedPronoun.NAME, a.provenance().speaker().sieve());
        assertTrue(a.provenance().speaker().why().startsWith("“He” → Richard King, ranked first of 2"), a.provenance().speaker().why());
    }

    @Test
    void rankerLeavesOtherMentionsToTheRules() {
        NewsDocument doc = TokenTables.document("Richard/PROPN King/PROPN met/VERB voters/NOUN ./PUNCT | "
                + "I/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Richard King");
        Attribution a = last(new SpeakerStage(LEXICON, ranker), doc);
        assertEquals(UnresolvedPronoun.NAME, a.provenance().speaker().sieve());
        assertEquals("", a.speaker().name());
    }

    @Test
    void pronounWithNoEarlierNameFallsToTheRules() {
        NewsDocument doc = TokenTables.document("He/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT");
        Attribution a = last(new SpeakerStage(LEXICON, ranker), doc);
        assertEquals("", a.speaker().name());
        assertFalse(a.provenance().speaker().sieve().equals(RankedPronoun.NAME));
    }

    @Test
    void rankerNeverGivesAPronounANameOfTheOtherGender() {
        NewsDocument doc = TokenTables.document("Maria/PROPN Lopez/PROPN met/VERB voters/NOUN ./PUNCT | "
                + "Richard/PROPN King/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "She/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Maria Lopez", "PERSON:Richard King");
        List<RankedCandidates> seen = recorded(doc);
        assertEquals(List.of("Maria Lopez"), names(seen.get(0)));
        assertEquals("Maria Lopez", last(new SpeakerStage(LEXICON, ranker), doc).speaker().name());
    }

    @Test
    void aNameInsideTheOpeningParticiplesClauseIsNoCandidateForThePronounAfterIt() {
        NewsDocument doc = TokenTables.document("Richard/PROPN King/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "Asked/VERB about/ADP Paul/PROPN Green/PROPN 's/PART health/NOUN ,/PUNCT he/PRON said/VERB that/SCONJ Green/PROPN "
                + "was/AUX fine/ADJ ./PUNCT", "PERSON:Richard King", "PERSON:Paul Green", "PERSON:Green");
        List<RankedCandidates> seen = recorded(doc);
        assertEquals(List.of("Richard King"), names(seen.get(0)));
        // a finite clause's subject may be it: "When Paul Green arrived, he said"
        NewsDocument when = TokenTables.document("Richard/PROPN King/PROPN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "When/SCONJ Paul/PROPN Green/PROPN arrived/VERB ,/PUNCT he/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT",
                "PERSON:Richard King", "PERSON:Paul Green");
        assertEquals(List.of("Paul Green", "Richard King"), names(recorded(when).get(0)));
    }

    @Test
    void aGroupOrAListIsNoCandidateForHe() {
        NewsDocument doc = TokenTables.document("Richard/PROPN King/PROPN met/VERB voters/NOUN ./PUNCT | "
                + "Critics/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "The/DET two/NUM said/VERB that/SCONJ fares/NOUN will/AUX rise/VERB ./PUNCT | "
                + "Mark/PROPN Hall/PROPN and/CCONJ his/PRON aides/NOUN said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT | "
                + "He/PRON said/VERB that/SCONJ wages/NOUN will/AUX rise/VERB ./PUNCT", "PERSON:Richard King", "PERSON:Mark Hall");
        List<RankedCandidates> seen = recorded(doc);
        assertEquals(List.of("Mark Hall", "Richard King"), names(seen.get(seen.size() - 1)));
    }

    @Test
    void aBodyIsNoCandidateForHeNorAPersonForIt() {
        NewsDocument doc = TokenTables.document("Richard/PROPN King/PROPN met/VERB voters/NOUN ./PUNCT | "
                + "His/PRON campaign/NOUN said/VERB that/SCONJ taxes/NOUN will/AUX rise/VERB ./PUNCT | "
                + "A/DET spokesman/NOUN for/ADP the/DET campaign/NOUN said/VERB that/SCONJ fares/NOUN will/AUX rise/VERB ./PUNCT | "
                + "He/PRON said/VERB that/SCONJ wages/NOUN will/AUX rise/VERB ./PUNCT | "
                + "The/DET senator/NOUN said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT | "
                + "It/PRON said/VERB that/SCONJ jobs/NOUN will/AUX go/VERB ./PUNCT", "PERSON:Richard King");
        List<RankedCandidates> seen = recorded(doc);
        List<String> he = names(seen.get(seen.size() - 2));
        // (the noun before a preposition's phrase heads the description; "His campaign" says whose)
        assertTrue(he.contains("Richard King") && he.contains("A spokesman for the campaign") && !he.contains("Richard King's campaign"), he::toString);
        List<String> it = names(seen.get(seen.size() - 1));
        assertTrue(it.contains("Richard King's campaign") && !it.contains("The senator") && !it.contains("A spokesman for the campaign"), it::toString);
    }

    @Test
    void aNameQualifyingANounIsMarkedAModifierNotAnActor() {
        NewsDocument doc = TokenTables.document("Voters/NOUN met/VERB ./PUNCT | "
                + "Richard/PROPN King/PROPN spokesman/NOUN Mark/PROPN Hall/PROPN criticized/VERB the/DET plan/NOUN ./PUNCT | "
                + "He/PRON said/VERB that/SCONJ rents/NOUN will/AUX fall/VERB ./PUNCT", "PERSON:Richard King", "PERSON:Mark Hall");
        List<RankedCandidates> seen = recorded(doc);
        RankedCandidates he = seen.get(seen.size() - 1);
        assertTrue(he.candidates().stream().anyMatch(c -> c.name().equals("Richard King") && c.features().contains("role=modifier")), he::toString);
        assertTrue(he.candidates().stream().anyMatch(c -> c.name().equals("Mark Hall") && c.features().contains("role=subject")), he::toString);
    }

    @Test
    void aNameInThePronounsOwnQuotationIsNoCandidate() {
        NewsDocument doc = TokenTables.document("Michael/PROPN Young/PROPN met/VERB voters/NOUN ./PUNCT | "
                + "“/PUNCT I/PRON like/VERB Richard/PROPN King/PROPN ,/PUNCT ”/PUNCT he/PRON said/VERB ./PUNCT",
                "PERSON:Michael Young", "PERSON:Richard King");
        List<RankedCandidates> seen = recorded(doc);
        assertEquals(List.of("Michael Young"), names(seen.get(0)));
    }

    @Test
    void quotationWithoutAFrameIsRankedAmongTheSpeakersNear() {
        NewsDocument doc = TokenTables.document("Ana/PROPN Ruiz/PROPN said/VERB that/SCONJ the/DET plant/NOUN will/AUX close/VERB ./PUNCT\n"
                + "“/PUNCT It/PRON is/AUX a/DET sad/ADJ day/NOUN for/ADP all/DET of/ADP us/PRON ./PUNCT ”/PUNCT", "PERSON:Ana Ruiz");
        List<RankedCandidates> seen = recorded(doc);
        RankedCandidates quotation = seen.get(seen.size() - 1);
        assertEquals(RankedCandidates.Kind.QUOTATION, quotation.kind());
        assertEquals("Ana Ruiz", quotation.candidates().get(0).name());
        assertTrue(quotation.candidates().get(0).features().contains("q:rule=chosen"), "the rules' answer is a feature");
        assertTrue(quotation.candidates().get(0).features().contains("q:ago=1"), "spoke one paragraph before");

        Attribution a = last(new SpeakerStage(LEXICON, SpeakerRanker.configured()), doc); // the shipped model
        assertEquals("Ana Ruiz", a.speaker().name());
        assertEquals(RankedParagraphSpeaker.NAME, a.provenance().speaker().sieve());
    }
}
