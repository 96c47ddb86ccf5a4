package extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleAuthorTest {
    @Test
    void aBylineAtTheHeadNamesTheAuthor() {
        assertEquals(Optional.of("Ana Ruiz"), ArticleAuthor.find("Why the levy must go\n\nBy Ana Ruiz\n\nI have paid the levy for years."));
    }

    @Test
    void aClosingNoteOnTheWriterNamesTheAuthor() {
        assertEquals(Optional.of("Ana Ruiz"), ArticleAuthor.find(
                "I have paid the levy for years.\n\nIt must go.\n\nAna Ruiz is a professor of law at Harlow College."));
    }

    @Test
    void aClosingSentenceAboutSomeoneInTheStoryIsNoNote() {
        assertEquals(Optional.empty(), ArticleAuthor.find(
                "Ben Cole said the levy would stay.\n\nVoters disagree.\n\nBen Cole is due in Harlow on Monday."));
        assertEquals(Optional.empty(), ArticleAuthor.find("The levy stays.\n\nVoters disagree."));
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
