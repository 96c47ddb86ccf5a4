package extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleAuthorTest {
    private static final SpeakerLexicon LEXICON = SpeakerLexicon.load();

    private static Optional<String> find(String text) {
        return ArticleAuthor.find(text, LEXICON);
    }

    @Test
    void aBylineAtTheHeadNamesTheAuthor() {
        assertEquals(Optional.of("Ana Ruiz"), find("Why the levy must go\n\nBy Ana Ruiz\n\nI have paid the levy for years."));
    }

    @Test
    void aClosingNoteOnTheWriterNamesTheAuthor() {
        assertEquals(Optional.of("Ana Ruiz"), find(
                "I have paid the levy for years.\n\nIt must go.\n\nAna Ruiz is a professor of law at Harlow College."));
    }

    @Test
    void theNoteMayDescribeTheWriterBetweenCommasBeforeItsVerb() {
        assertEquals(Optional.of("Ana Maria Ruiz"), find(
                "I have paid the levy for years.\n\nIt must go.\n\nAna Maria Ruiz, a Harlow College law professor, is a member of our board."));
        assertEquals(Optional.of("Rep. Ben Cole"), find(
                "I have paid the levy for years.\n\nIt must go.\n\nRep. Ben Cole, D-Ore., was an early critic of the levy."));
    }

    @Test
    void aClosingSentenceAboutSomeoneInTheStoryIsNoNote() {
        assertEquals(Optional.empty(), find(
                "Ben Cole said the levy would stay.\n\nVoters disagree.\n\nBen Cole is due in Harlow on Monday."));
        assertEquals(Optional.empty(), find("The levy stays.\n\nVoters disagree."));
    }

    @Test
    void aClosingQuestionOrClauseIsNoNote() {
        assertEquals(Optional.empty(), find("I asked around.\n\nWhy was Cole so sure that voters, who never met him, would stay?"));
        assertEquals(Optional.empty(), find("I asked around.\n\nAlthough Cole is not yet a candidate, he spoke."));
        assertEquals(Optional.empty(), find("I asked around.\n\nThe Harlow Times is expected to endorse Cole."));
        assertEquals(Optional.empty(), find("I asked around.\n\nWhoever wins is due in Harlow on Monday."));
        assertEquals(Optional.of("Mr. Cole"), find("I asked around.\n\nMr. Cole is a fellow at Harlow College."), "an honorific opens a name");
    }

    @Test
    void aPagesBylineNamesTheAuthorWhenItNamesOnePerson() {
        SpeakerLexicon lexicon = SpeakerLexicon.load();
        assertEquals(Optional.of("Ana Ruiz"), ArticleAuthor.fromByline("By Ana Ruiz", lexicon));
        assertEquals(Optional.of("Troy L. Smith"), ArticleAuthor.fromByline("Troy L. Smith, Cleveland.com", lexicon));
        assertEquals(Optional.of("Tom Krisher"), ArticleAuthor.fromByline("TOM KRISHER, AP Auto Writer", lexicon));
        assertEquals(Optional.of("Ana Ruiz"), ArticleAuthor.fromByline("Ana Ruiz | Harbour News", lexicon));
        assertEquals(Optional.empty(), ArticleAuthor.fromByline("Associated Press", lexicon), "a news agency");
        assertEquals(Optional.empty(), ArticleAuthor.fromByline("admin", lexicon), "a user name");
        assertEquals(Optional.empty(), ArticleAuthor.fromByline("Lia Chen, Sam Okafor", lexicon), "two writers");
        assertEquals(Optional.empty(), ArticleAuthor.fromByline("Lia Chen and Sam Okafor", lexicon), "two writers");
    }
}
