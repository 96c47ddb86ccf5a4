package extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TagRepairTest {
    private final TagRepair repair = TagRepair.fromResources();

    @Test
    void onlyAuxiliariesKeepTheAuxTag() {
        String[] toks = "donors said it was done , they 'd say , but bankers dunno".split(" ");
        String[] tags = {"AUX", "VERB", "PRON", "AUX", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT", "CCONJ", "NOUN", "AUX"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT",
                "CCONJ", "NOUN", "VERB"}, tags);
    }

    @Test
    void theNegationAndItsAuxiliaryKeepTheirTags() {
        String[] toks = "Democrats ca n't just point".split(" ");
        String[] tags = {"PROPN", "PROPN", "NOUN", "ADV", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "AUX", "PART", "ADV", "VERB"}, tags);
    }

    @Test
    void aRoleBetweenNamesIsANoun() {
        String[] toks = "said Ohio State University professor Paul Beck , and he was hopeful Ann Lee won".split(" ");
        String[] tags = {"VERB", "PROPN", "PROPN", "PROPN", "ADV", "PROPN", "PROPN", "PUNCT", "CCONJ", "PRON", "AUX", "ADJ", "PROPN",
                "PROPN", "VERB"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[4]);
        assertEquals("ADJ", tags[11], "a role word after no name keeps its tag");
    }

    @Test
    void aRoleAfterAPossessiveMarkIsTheNounItOwns() {
        String[] toks = "The party 's nominee said , the rebels ' leader said and the firm 's chief executive left".split(" ");
        String[] tags = {"DET", "NOUN", "PART", "ADV", "VERB", "PUNCT", "DET", "NOUN", "PUNCT", "ADJ", "VERB", "CCONJ", "DET", "NOUN", "PART",
                "ADJ", "NOUN", "VERB"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[3]);
        assertEquals("NOUN", tags[9], "after a plural's apostrophe");
        assertEquals("ADJ", tags[15], "a modifier before the noun stays");
    }

    @Test
    void anSFormAfterToIsAPluralNounNoInfinitive() {
        String[] toks = "she said to cheers , she tried to discuss taxes".split(" ");
        String[] tags = {"PRON", "VERB", "PART", "VERB", "PUNCT", "PRON", "VERB", "PART", "VERB", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PRON", "VERB", "ADP", "NOUN", "PUNCT", "PRON", "VERB", "PART", "VERB", "NOUN"}, tags);
    }

    @Test
    void aVerbAfterAnArticleIsANounOrAParticipleAdjective() {
        String[] toks = "Lee , a talk show host and a printed card , said the rules stand".split(" ");
        String[] tags = {"PROPN", "PUNCT", "DET", "VERB", "NOUN", "NOUN", "CCONJ", "DET", "VERB", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "PUNCT", "DET", "NOUN", "NOUN", "NOUN", "CCONJ", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "DET",
                "NOUN", "VERB"}, tags);
    }

    @Test
    void aListedTwoWordNounIsANounWhateverItsFirstWordCouldBe() {
        // (tags as the tagger gives them; after its subject "think" stays a verb)
        String[] toks = "Lee , of the center-left think tank Third Way , said they think tanks fail".split(" ");
        String[] tags = {"PROPN", "PUNCT", "ADP", "DET", "NOUN", "VERB", "NOUN", "ADV", "PROPN", "PUNCT", "VERB", "PRON", "VERB", "NOUN", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "PUNCT", "ADP", "DET", "NOUN", "NOUN", "NOUN", "ADV", "PROPN", "PUNCT", "VERB", "PRON",
                "VERB", "NOUN", "VERB"}, tags);
    }

    @Test
    void contractedAuxiliariesAreAuxiliaries() {
        String[] toks = "you 're supporting him , he 'll say".split(" ");
        String[] tags = {"PRON", "NOUN", "VERB", "PRON", "PUNCT", "PRON", "NOUN", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PRON", "AUX", "VERB", "PRON", "PUNCT", "PRON", "AUX", "VERB"}, tags);
    }

    @Test
    void aPastFormAfterADayIsTheVerb() {
        String[] toks = "Scholz on Tuesday rejected calls , a rejected plan".split(" ");
        String[] tags = {"PROPN", "ADP", "PROPN", "ADJ", "NOUN", "PUNCT", "DET", "ADJ", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT", "DET", "ADJ", "NOUN"}, tags);
    }

    @Test
    void aVerbOfFindingAfterADocumentIsAVerb() {
        String[] toks = "Recent polls show Clinton ahead , a poll shows".split(" ");
        String[] tags = {"NOUN", "VERB", "NOUN", "PROPN", "ADV", "PUNCT", "DET", "NOUN", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"NOUN", "NOUN", "VERB", "PROPN", "ADV", "PUNCT", "DET", "NOUN", "VERB"}, tags);
        String[] other = "the shows ended".split(" ");
        String[] otherTags = {"DET", "NOUN", "VERB"};
        repair.repair(other, otherTags);
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB"}, otherTags, "no document before it: a noun stays");
    }

    @Test
    void aGerundBeforeThatIsAVerb() {
        String[] toks = "they ended it by announcing that it was over , by saving the building".split(" ");
        String[] tags = {"PRON", "VERB", "PRON", "ADP", "NOUN", "SCONJ", "PRON", "AUX", "ADV", "PUNCT", "ADP", "NOUN", "DET", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PRON", "VERB", "PRON", "ADP", "VERB", "SCONJ", "PRON", "AUX", "ADV", "PUNCT", "ADP", "NOUN",
                "DET", "NOUN"}, tags, "\"saving the building\" keeps its tag: no clause follows");
    }

    @Test
    void aReportingVerbAfterAQuotationAndItsSpeakerIsAVerb() {
        String[] toks = "\u201c You work hard , \u201d the narrator asks .".split(" ");
        String[] tags = {"PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"}, tags);
        String[] plain = "the rules say the old asks are gone".split(" ");
        String[] plainTags = {"DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "AUX", "ADJ"};
        repair.repair(plain, plainTags);
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "AUX", "ADJ"}, plainTags, "no quotation: a noun stays");
    }

    @Test
    void aPastFormAfterAQuotationAndANameIsTheNamesVerb() {
        String[] toks = "\u201c They want free stuff , \u201d Jim Bennett shot back .".split(" ");
        String[] tags = {"PUNCT", "PRON", "VERB", "ADJ", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "NOUN", "ADV", "PUNCT"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[9]);
        String[] noQuote = "Jim Bennett shot hoops .".split(" ");
        String[] noQuoteTags = {"PROPN", "PROPN", "NOUN", "NOUN", "PUNCT"};
        repair.repair(noQuote, noQuoteTags);
        assertEquals("NOUN", noQuoteTags[2], "no quotation before the name: the tag stays");
    }

    @Test
    void aPastFormBetweenTheOpeningNameAndAParticleIsTheNamesVerb() {
        String[] back = "Marco Rubio shot back forcefully : \u201c We win . \u201d".split(" ");
        String[] backTags = {"PROPN", "PROPN", "NOUN", "ADV", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"};
        repair.repair(back, backTags);
        assertEquals("VERB", backTags[2]);
        String[] object = "The referee 's shot back into play .".split(" ");
        String[] objectTags = {"DET", "NOUN", "PART", "NOUN", "ADV", "ADP", "NOUN", "PUNCT"};
        repair.repair(object, objectTags);
        assertEquals("NOUN", objectTags[3], "no name opens the sentence before it");
        String[] clause = "After Brown spoke , Hillary shot back , \u201c We win . \u201d".split(" ");
        String[] clauseTags = {"ADP", "PROPN", "VERB", "PUNCT", "PROPN", "NOUN", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"};
        repair.repair(clause, clauseTags);
        assertEquals("VERB", clauseTags[5], "the name opens its clause after the opening phrase's comma");
    }

    @Test
    void theArticlesCurlyMarksTellAQuotationClosingWhereTheModelsTextHasStraightOnes() {
        String[] toks = "Donald can not , \" the email read .".split(" ");
        String[] shown = "Donald can not , \u201d the email read .".split(" ");
        String[] tags = {"PROPN", "AUX", "PART", "PUNCT", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT"};
        String[] straight = tags.clone();
        repair.repair(toks, straight);
        assertEquals("NOUN", straight[7], "a straight mark after a comma opens a quotation as often as it closes one");
        repair.repair(toks, tags, shown);
        assertEquals("VERB", tags[7], "the closing mark, then the phrase and its verb");
    }

    @Test
    void aMannerAdverbBeforeTheVerbAndHaveBeforeItsObject() {
        String[] toks = "the royal blankly denied having sex with girls".split(" ");
        String[] tags = {"DET", "PROPN", "ADJ", "VERB", "AUX", "NOUN", "ADP", "NOUN"};
        repair.repair(toks, tags);
        assertEquals("ADV", tags[2]);
        assertEquals("VERB", tags[4], "“have” before its object");
        String[] kept = "the early results have been good".split(" ");
        String[] keptTags = {"DET", "ADJ", "NOUN", "AUX", "AUX", "ADJ"};
        repair.repair(kept, keptTags);
        assertArrayEquals(new String[] {"DET", "ADJ", "NOUN", "AUX", "AUX", "ADJ"}, keptTags, "an adjective before its noun, an auxiliary");
    }

    @Test
    void aWordThatIsOnlyAPrepositionIsOne() {
        String[] toks = "split - with 50 percent saying yes".split(" ");
        String[] tags = {"VERB", "PUNCT", "ADJ", "NUM", "NOUN", "VERB", "INTJ"};
        repair.repair(toks, tags);
        assertEquals("ADP", tags[2]);
        String[] title = "With Love From Paris".split(" ");
        String[] titleTags = {"PROPN", "PROPN", "PROPN", "PROPN"};
        repair.repair(title, titleTags);
        assertEquals("PROPN", titleTags[0], "a capitalised word may open a title");
    }

    @Test
    void aReportingVerbRightAfterAQuotationBeforeItsSpeakerIsAVerb() {
        String[] toks = "\u201c We are ready , \u201d comments Ana Ruiz .".split(" ");
        String[] tags = {"PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[6]);
        String[] plain = "\u201c We are ready . \u201d comments Ana Ruiz made were late".split(" ");
        String[] plainTags = {"PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "AUX", "ADJ"};
        repair.repair(plain, plainTags);
        assertEquals("NOUN", plainTags[6], "after a quoted sentence's full stop a new sentence opens with the noun");
    }

    @Test
    void aSentenceWithoutAFiniteVerbGetsOneAfterItsSubject() {
        String[] toks = "Ortiz avoids condemning the plan .".split(" ");
        String[] tags = {"PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "VERB", "DET", "NOUN", "PUNCT"}, tags);
        String[] name = "Ortiz avoids condemning the plan .".split(" ");
        String[] nameTags = {"VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"};
        repair.repair(name, nameTags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "VERB", "DET", "NOUN", "PUNCT"}, nameTags, "a capitalised 'verb' before it is the subject");
        String[] other = "Ortiz avoids condemning the plans that failed .".split(" ");
        String[] otherTags = {"PROPN", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "PUNCT"};
        repair.repair(other, otherTags);
        assertArrayEquals(new String[] {"PROPN", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "PUNCT"}, otherTags,
                "a sentence with a finite verb keeps its tags");
    }

    @Test
    void aLowerCaseAdverbIsNoName() {
        String[] toks = "Ortiz cynically dismissed it".split(" ");
        String[] tags = {"PROPN", "PROPN", "VERB", "PRON"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "ADV", "VERB", "PRON"}, tags);
    }

    @Test
    void aWordIsNoPunctuation() {
        String[] toks = "the reader-chosen winner , as well-known".split(" ");
        String[] tags = {"DET", "PUNCT", "NOUN", "PUNCT", "ADP", "PUNCT"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"DET", "ADJ", "NOUN", "PUNCT", "ADP", "NOUN"}, tags);
    }

    @Test
    void aPossessiveIsAParticle() {
        String[] toks = "the poll 's average , it 's late".split(" ");
        String[] tags = {"DET", "NOUN", "PUNCT", "NOUN", "PUNCT", "PRON", "AUX", "ADJ"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"DET", "NOUN", "PART", "NOUN", "PUNCT", "PRON", "AUX", "ADJ"}, tags);
    }

    @Test
    void aContractedIsAfterASubjectPronounIsAVerb() {
        String[] toks = "Trump says it 's over , and he 's left ; Trump 's aide".split(" ");
        String[] tags = {"PROPN", "VERB", "PRON", "PART", "ADV", "PUNCT", "CCONJ", "PRON", "PART", "VERB", "PUNCT", "PROPN", "PART", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "PRON", "AUX", "ADV", "PUNCT", "CCONJ", "PRON", "AUX", "VERB", "PUNCT",
                "PROPN", "PART", "NOUN"}, tags);
    }

    @Test
    void aDocumentNounAfterADeterminerIsANoun() {
        String[] toks = "according to a CNN tally , a yearly Gallup poll found , they poll voters".split(" ");
        String[] tags = {"VERB", "ADP", "DET", "PROPN", "ADV", "PUNCT", "DET", "ADJ", "PROPN", "VERB", "VERB", "PUNCT", "PRON", "VERB", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT", "DET", "ADJ", "PROPN", "NOUN", "VERB", "PUNCT",
                "PRON", "VERB", "NOUN"}, tags);
    }

    @Test
    void aCapitalisedWordOutsideTheClosedClassesIsAName() {
        String[] toks = "\" We like it , \" Guzzinati said , and Antonin Scalia agreed with Everyone".split(" ");
        String[] tags = {"PUNCT", "PRON", "VERB", "PRON", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "CCONJ", "ADP", "PROPN",
                "VERB", "ADP", "PRON"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PUNCT", "PRON", "VERB", "PRON", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "CCONJ",
                "PROPN", "PROPN", "VERB", "ADP", "PRON"}, tags);
    }

    @Test
    void aLowerCaseWordOutsideTheClosedClassesGetsATagByItsForm() {
        String[] toks = "a rabbi said it is firmly tweeted , and walked away".split(" ");
        String[] tags = {"DET", "SCONJ", "VERB", "PRON", "SCONJ", "ADP", "ADP", "PUNCT", "CCONJ", "VERB", "ADP"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "PRON", "AUX", "ADV", "VERB", "PUNCT", "CCONJ", "VERB", "ADP"},
                tags);
    }

    @Test
    void aWordAfterAModalOrAnInterjectionAfterASubjectBeforeAnObjectIsTheVerb() {
        String[] toks = "he would welcome China 's help , they welcome the news , would be welcome".split(" ");
        String[] tags = {"PRON", "AUX", "ADJ", "PROPN", "PART", "NOUN", "PUNCT", "PRON", "INTJ", "DET", "NOUN", "PUNCT", "AUX", "AUX", "ADJ"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PRON", "AUX", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT",
                "AUX", "AUX", "ADJ"}, tags);
    }

    @Test
    void aPresentFormInAVerblessReportedClauseIsItsVerb() {
        String[] toks = "Doyle said each year of school yields a bump , and police shootings grow".split(" ");
        String[] tags = {"PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN", "NOUN", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN",
                "NOUN", "VERB"}, tags);
        // a plural before it is no subject that agrees: the guess is not made
        String[] plural = "Ana said the tax cuts helps a lot".split(" ");
        String[] pluralTags = {"PROPN", "VERB", "DET", "NOUN", "NOUN", "NOUN", "DET", "NOUN"};
        repair.repair(plural, pluralTags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "DET", "NOUN", "NOUN", "NOUN", "DET", "NOUN"}, pluralTags);
    }

    @Test
    void aPastFormInAVerblessReportedClauseIsItsVerb() {
        String[] toks = "Ana reported that the young candidate met privately with victims".split(" ");
        String[] tags = {"PROPN", "VERB", "SCONJ", "DET", "ADJ", "NOUN", "NOUN", "ADV", "ADP", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "SCONJ", "DET", "ADJ", "NOUN", "VERB", "ADV", "ADP", "NOUN"}, tags);
        // with a finite verb of its own the clause is left alone
        String[] verb = "Ana reported that the candidate met voters was late".split(" ");
        String[] verbTags = {"PROPN", "VERB", "SCONJ", "DET", "NOUN", "NOUN", "NOUN", "AUX", "ADJ"};
        repair.repair(verb, verbTags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "SCONJ", "DET", "NOUN", "NOUN", "NOUN", "AUX", "ADJ"}, verbTags);
        // the past form may end the clause, or be tagged an adjective
        String[] end = "The company said its sales fell .".split(" ");
        String[] endTags = {"DET", "NOUN", "VERB", "PRON", "NOUN", "NOUN", "PUNCT"};
        repair.repair(end, endTags);
        assertEquals("VERB", endTags[5]);
        String[] adjective = "Ruiz said her support fell sharply .".split(" ");
        String[] adjectiveTags = {"PROPN", "VERB", "PRON", "NOUN", "ADJ", "ADV", "PUNCT"};
        repair.repair(adjective, adjectiveTags);
        assertEquals("VERB", adjectiveTags[4]);
    }

    @Test
    void aCapitalisedVerbBetweenNamesIsPartOfTheName() {
        String[] toks = "Farage , leader of the UK Independence Party , says so".split(" ");
        String[] tags = {"PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "VERB", "PROPN", "PUNCT", "VERB", "ADV"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "ADV"}, tags);
        // in a title-case headline capitals mark no names, and a reporting verb stays one
        String[] headline = "Clinton Wins Nevada Caucuses".split(" ");
        String[] headlineTags = {"PROPN", "VERB", "PROPN", "PROPN"};
        repair.repair(headline, headlineTags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "PROPN", "PROPN"}, headlineTags);
        String[] says = "and then Sen. Ruiz Says Clinton was wrong about the plan".split(" ");
        String[] saysTags = {"CCONJ", "ADV", "PROPN", "PROPN", "VERB", "PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN"};
        repair.repair(says, saysTags);
        assertArrayEquals(new String[] {"CCONJ", "ADV", "PROPN", "PROPN", "VERB", "PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN"}, saysTags);
    }

    @Test
    void aPercentSignAfterANumberIsANoun() {
        String[] toks = "26 % say so , a 5 % rise and % alone , 42% say , 42 say".split(" ");
        String[] tags = {"NUM", "SYM", "VERB", "ADV", "PUNCT", "DET", "NUM", "SYM", "NOUN", "CCONJ", "SYM", "ADV", "PUNCT", "NUM", "VERB",
                "PUNCT", "NUM", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"NUM", "NOUN", "VERB", "ADV", "PUNCT", "DET", "NUM", "NOUN", "NOUN", "CCONJ", "SYM", "ADV", "PUNCT",
                "NOUN", "VERB", "PUNCT", "NUM", "VERB"}, tags);
    }

    @Test
    void aVerbAfterASourcePhraseIsANoun() {
        String[] toks = "Cash rose , according to figures her campaign released , and Ana figures it".split(" ");
        String[] tags = {"NOUN", "VERB", "PUNCT", "VERB", "ADP", "VERB", "PRON", "NOUN", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PRON", "NOUN", "VERB", "PUNCT", "CCONJ", "PROPN",
                "VERB", "PRON"}, tags);
    }

    @Test
    void aBaseFormBeforeSaysAfterANounIsTheSubjectsHead() {
        String[] toks = "the estate magnate says so , they run said".split(" ");
        String[] tags = {"DET", "NOUN", "VERB", "VERB", "ADV", "PUNCT", "PRON", "VERB", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"DET", "NOUN", "NOUN", "VERB", "ADV", "PUNCT", "PRON", "VERB", "VERB"}, tags);
        String[] name = "executive Ian Read said leaders paid , the said document".split(" ");
        String[] nameTags = {"NOUN", "PROPN", "VERB", "ADJ", "NOUN", "VERB", "PUNCT", "DET", "ADJ", "NOUN"};
        repair.repair(name, nameTags);
        assertArrayEquals(new String[] {"NOUN", "PROPN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT", "DET", "ADJ", "NOUN"}, nameTags);
    }

    @Test
    void anAdverbMayStandBetweenTheSubjectAndTheVerbOfAVerblessReport() {
        String[] toks = "Leaders say the law unfairly targets gay people".split(" ");
        String[] tags = {"NOUN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "ADJ", "NOUN"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"NOUN", "VERB", "DET", "NOUN", "ADJ", "VERB", "ADJ", "NOUN"}, tags);
    }

    @Test
    void aReportingVerbAfterAVerbAndToIsAnInfinitive() {
        String[] toks = "Park declined to comment .".split(" ");
        String[] tags = {"PROPN", "VERB", "ADP", "NOUN", "PUNCT"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "PART", "VERB", "PUNCT"}, tags);
        String[] noun = "Park turned to comment sections .".split(" ");
        String[] nounTags = {"PROPN", "VERB", "ADP", "NOUN", "NOUN", "PUNCT"};
        repair.repair(noun, nounTags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "ADP", "NOUN", "NOUN", "PUNCT"}, nounTags, "a noun before a noun stays");
    }

    @Test
    void theWordAfterASourcePhraseIsNoInfinitive() {
        String[] source = "Park won , according to state corporate records .".split(" ");
        String[] sourceTags = {"PROPN", "VERB", "PUNCT", "VERB", "PART", "NOUN", "ADJ", "NOUN", "PUNCT"};
        repair.repair(source, sourceTags);
        assertEquals("NOUN", sourceTags[5], "after 'according to' the word opens the source");
    }

    @Test
    void theHeadOfASourcePhrasesObjectIsANoun() {
        String[] toks = "it ended , according to a publishing executive familiar with it".split(" ");
        String[] tags = {"PRON", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "VERB", "ADJ", "ADP", "PRON"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[7]);
        String[] participle = "it ended , according to officials speaking on condition".split(" ");
        String[] participleTags = {"PRON", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "VERB", "ADP", "NOUN"};
        repair.repair(participle, participleTags);
        assertEquals("VERB", participleTags[6], "after a plural noun, a participle");
    }

    @Test
    void aReportingVerbsPresentFormAfterItsSubjectIsAVerb() {
        String[] toks = "The campaign denies any wrongdoing and points out that Ruiz signed".split(" ");
        String[] tags = {"DET", "NOUN", "NOUN", "DET", "NOUN", "CCONJ", "NOUN", "ADP", "DET", "PROPN", "VERB"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[2]);
        assertEquals("VERB", tags[6], "after 'and', before 'out'");
        String[] but = "Ruiz says voters may balk , but insists Sanders is wrong".split(" ");
        String[] butTags = {"PROPN", "VERB", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ", "NOUN", "NOUN", "AUX", "ADJ"};
        repair.repair(but, butTags);
        assertEquals("VERB", butTags[7], "after 'but', before a clause's subject and verb");
        String[] list = "its denials and claims were ignored".split(" ");
        String[] listTags = {"PRON", "NOUN", "CCONJ", "NOUN", "AUX", "VERB"};
        repair.repair(list, listTags);
        assertEquals("NOUN", listTags[3], "a noun joined to a noun, with the verb after it");
        String[] possessive = "Trump 's claims that Ruiz lied".split(" ");
        String[] possessiveTags = {"PROPN", "PART", "NOUN", "SCONJ", "PROPN", "VERB"};
        repair.repair(possessive, possessiveTags);
        assertEquals("NOUN", possessiveTags[2], "after a possessive it is the noun");
        String[] question = "- Craig Fehrman explains why Indiana is weird .".split(" ");
        String[] questionTags = {"PUNCT", "PROPN", "PROPN", "NOUN", "ADV", "PROPN", "AUX", "ADJ", "PUNCT"};
        repair.repair(question, questionTags);
        assertEquals("VERB", questionTags[3], "before a reported question's word");
    }

    @Test
    void saidIsNoNoun() {
        String[] said = "the candidate said no .".split(" ");
        String[] saidTags = {"DET", "NOUN", "NOUN", "INTJ", "PUNCT"};
        repair.repair(said, saidTags);
        assertEquals("VERB", saidTags[2], "'said' is no noun");
    }

    @Test
    void aVerblessClauseAfterAVerbOfBeliefTakesItsPresentFormForAVerb() {
        String[] think = "I think Lee 's argument inadvertently reveals something".split(" ");
        String[] thinkTags = {"PRON", "VERB", "PROPN", "PART", "NOUN", "ADV", "NOUN", "PRON"};
        repair.repair(think, thinkTags);
        assertEquals("VERB", thinkTags[6]);
    }

    @Test
    void articlesTitlesAndGerundsAfterAPossessiveGetTheirClass() {
        String[] toks = "Rep. Levin , a delegate , and Cruz 's thinking on Ruiz 's remarks".split(" ");
        String[] tags = {"ADV", "PROPN", "PUNCT", "SCONJ", "NOUN", "PUNCT", "CCONJ", "PROPN", "PART", "VERB", "ADP", "PROPN", "PART", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "PART", "NOUN", "ADP", "PROPN",
            "PART", "NOUN"}, tags);
    }

    @Test
    void aCapitalisedIngWordOpeningAClauseBeforeACommaIsAParticiple() {
        String[] toks = "Weighing in on the vote , former Ohio Gov. Ann Lee agreed".split(" ");
        String[] tags = {"PRON", "ADP", "ADP", "DET", "NOUN", "PUNCT", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[0]);

        String[] during = "During the vote , Lee agreed".split(" ");
        String[] duringTags = {"ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB"};
        repair.repair(during, duringTags);
        assertEquals("ADP", duringTags[0], "a preposition stays one");

        String[] name = "Manning on Tuesday said it was over".split(" ");
        String[] nameTags = {"PROPN", "ADP", "PROPN", "VERB", "PRON", "AUX", "ADV"};
        repair.repair(name, nameTags);
        assertEquals("PROPN", nameTags[0], "no comma closes an opening clause: the name is the subject");
    }

    @Test
    void aPluralBeforeAReportingVerbsPastIsItsSubjectsNoun() {
        String[] toks = "Lee aides argued that she led".split(" ");
        String[] tags = {"PROPN", "VERB", "VERB", "SCONJ", "PRON", "VERB"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[1]);

        String[] other = "Lee aides want that".split(" ");
        String[] otherTags = {"PROPN", "VERB", "VERB", "PRON"};
        repair.repair(other, otherTags);
        assertEquals("VERB", otherTags[1], "not before a reporting verb");
    }

    @Test
    void toBeforeAnAudiencesReactionIsAPrepositionNoInfinitive() {
        String[] toks = "Lee said to loud applause that taxes will fall".split(" ");
        String[] tags = {"PROPN", "VERB", "PART", "VERB", "NOUN", "SCONJ", "NOUN", "AUX", "VERB"};
        repair.repair(toks, tags);
        assertArrayEquals(new String[] {"PROPN", "VERB", "ADP", "ADJ", "NOUN", "SCONJ", "NOUN", "AUX", "VERB"}, tags);

        String[] verb = "Lee vowed to silence critics".split(" ");
        String[] verbTags = {"PROPN", "VERB", "PART", "VERB", "NOUN"};
        repair.repair(verb, verbTags);
        assertEquals("PART", verbTags[2], "an infinitive stays one");
    }

    @Test
    void anSFormAfterAHyphenatedModifierIsThePhrasesNoun() {
        String[] toks = "Lee defended his early - morning tweets , saying".split(" ");
        String[] tags = {"PROPN", "VERB", "PRON", "ADJ", "PUNCT", "NOUN", "VERB", "PUNCT", "VERB"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[6]);
        String[] verb = "the vote - counting team wins".split(" ");
        String[] verbTags = {"DET", "NOUN", "PUNCT", "VERB", "NOUN", "VERB"};
        repair.repair(verb, verbTags);
        assertEquals("VERB", verbTags[5], "a verb after the phrase's noun stays one");
    }

    @Test
    void aParticipleEndingAHyphenatedModifierIsAnAdjective() {
        String[] toks = "according to the conservative- leaning Tax Foundation and a state - sponsored group".split(" ");
        String[] tags = {"VERB", "ADP", "DET", "NOUN", "VERB", "PROPN", "PROPN", "CCONJ", "DET", "NOUN", "PUNCT", "VERB", "NOUN"};
        repair.repair(toks, tags);
        assertEquals("ADJ", tags[4]);
        assertEquals("ADJ", tags[11]);
        String[] verb = "the rally - goers cheered loudly".split(" ");
        String[] verbTags = {"DET", "NOUN", "PUNCT", "NOUN", "VERB", "ADV"};
        repair.repair(verb, verbTags);
        assertEquals("VERB", verbTags[4], "not after a hyphen");
    }

    @Test
    void aStraightMarkAfterAQuotedSentencesEndClosesItsQuotation() {
        // the models' text writes curly marks straight; the quotation opened in the sentence before
        String[] toks = "So why not ? \" the narrator asks .".split(" ");
        String[] tags = {"ADV", "ADV", "PART", "PUNCT", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[7], "the verb after the quotation and its speaker");
        assertEquals("NOUN", tags[6]);
    }

    @Test
    void aBaseFormBeforeAClosingReportingVerbIsItsSubjectsNoun() {
        String[] toks = "\" a narrator in the Lee ad asks .".split(" ");
        String[] tags = {"PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "VERB", "NOUN", "PUNCT"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[6]);
        String[] verb = "voters make claims about it".split(" ");
        String[] verbTags = {"NOUN", "VERB", "NOUN", "ADP", "PRON"};
        repair.repair(verb, verbTags);
        assertEquals("VERB", verbTags[1], "not before a report that goes on");
    }

    @Test
    void aWordTaggedAnAdverbAfterAPossessivePronounAndBeforeACommaOrANameIsANoun() {
        String[] toks = "\" , said his widow , Eva Msando , and their stepson Ali Msando .".split(" ");
        String[] tags = {"PUNCT", "PUNCT", "VERB", "PRON", "ADV", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "PRON", "ADV", "PROPN",
            "PROPN", "PUNCT"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[4]);
        assertEquals("NOUN", tags[11]);
        String[] adverb = "his already uncompromising language , her here , his mostly , and his first report".split(" ");
        String[] adverbTags = {"PRON", "ADV", "ADJ", "NOUN", "PUNCT", "PRON", "ADV", "PUNCT", "PRON", "ADV", "PUNCT", "CCONJ", "PRON", "ADV",
            "NOUN"};
        repair.repair(adverb, adverbTags);
        assertEquals("ADV", adverbTags[1], "an adverb of the adjective after it");
        assertEquals("ADV", adverbTags[6], "\"her\" may be an object");
        assertEquals("ADV", adverbTags[9], "an -ly adverb stays");
        assertEquals("ADV", adverbTags[13], "a noun follows");
    }

    @Test
    void aGerundAfterTheObjectOfAVerbOfJudgingIsAVerb() {
        String[] toks = "Lee accused the United States of meddling in its affairs".split(" ");
        String[] tags = {"PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "NOUN", "ADP", "PRON", "NOUN"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[6]);
        String[] noun = "Lee defended his support of waterboarding".split(" ");
        String[] nounTags = {"PROPN", "VERB", "PRON", "NOUN", "ADP", "NOUN"};
        repair.repair(noun, nounTags);
        assertEquals("NOUN", nounTags[5], "no verb of judging");
        String[] right = "Lee accused of spying".split(" ");
        String[] rightTags = {"PROPN", "VERB", "ADP", "NOUN"};
        repair.repair(right, rightTags);
        assertEquals("NOUN", rightTags[3], "no object between");
    }

    @Test
    void theFirstPartOfAHyphenatedModifierTaggedAVerbIsAnAdjective() {
        String[] toks = "CCTV reported that live- fire drills would follow , and re- ceived".split(" ");
        String[] tags = {"PROPN", "VERB", "SCONJ", "VERB", "NOUN", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ", "VERB", "VERB"};
        repair.repair(toks, tags);
        assertEquals("ADJ", tags[3]);
        assertEquals("VERB", tags[10], "a word split at a line's end, before its verb's second part");
    }

    @Test
    void aWordAfterTheReportsPronounBeforeAnObjectIsItsVerb() {
        String[] toks = "voters say they back Trump , and most say he is back".split(" ");
        String[] tags = {"NOUN", "VERB", "PRON", "ADV", "PROPN", "PUNCT", "CCONJ", "ADJ", "VERB", "PRON", "AUX", "ADV"};
        repair.repair(toks, tags);
        assertEquals("VERB", tags[3]);
        assertEquals("ADV", tags[11], "a clause with a verb of its own keeps its tags");
    }

    @Test
    void anAdjectiveAfterANumberBeforeAPastFormIsTheSubjectsNoun() {
        String[] toks = "As one official put it , 42 percent favored him and two different flip".split(" ");
        String[] tags = {"ADP", "NUM", "ADJ", "VERB", "PRON", "PUNCT", "NUM", "ADJ", "VERB", "PRON", "CCONJ", "NUM", "ADJ", "VERB"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[2]);
        assertEquals("NOUN", tags[7]);
        assertEquals("ADJ", tags[12], "before a verb in no past form the adjective stays");
    }

    @Test
    void aDescriptionAndAReportingVerbAfterAQuotationAreTheSpeakerAndItsVerb() {
        String[] toks = "\u201c It is a dream , \u201d the French forward wrote on Instagram .".split(" ");
        String[] tags = {"PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "PROPN", "VERB", "ADJ", "ADP", "PROPN", "PUNCT"};
        repair.repair(toks, tags);
        assertEquals("NOUN", tags[9]);
        assertEquals("VERB", tags[10]);
        String[] former = "\u201c We won , \u201d the former forward said .".split(" ");
        String[] formerTags = {"PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "DET", "ADJ", "ADV", "VERB", "PUNCT"};
        repair.repair(former, formerTags);
        assertEquals("NOUN", formerTags[7]);
        String[] plain = "the French forward wrote on Instagram .".split(" ");
        String[] plainTags = {"DET", "PROPN", "VERB", "ADJ", "ADP", "PROPN", "PUNCT"};
        repair.repair(plain, plainTags);
        assertEquals("VERB", plainTags[2], "no quotation before the phrase: the tags stay");
    }

    @Test
    void aPastFormBetweenAPossessiveAndItsNounIsAnAdjective() {
        String[] toks = "Members of the party 's left wing said Trump 's proposed wall and Clinton 's lead eroding".split(" ");
        String[] tags = {"NOUN", "ADP", "DET", "NOUN", "PART", "VERB", "NOUN", "VERB", "PROPN", "PART", "VERB", "NOUN", "CCONJ", "PROPN",
                "PART", "VERB", "NOUN"};
        repair.repair(toks, tags);
        assertEquals("ADJ", tags[5]);
        assertEquals("ADJ", tags[10]);
        assertEquals("VERB", tags[15], "before an -ing word the verb may be the clause's own");
    }
}
