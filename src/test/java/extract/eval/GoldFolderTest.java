package extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFolderTest {
    private static final String TEXT = """
            🗳️ Senator Ann Brooks spoke in Ohio. “We will fight,” Ms. Brooks said, “and we will win.”
            Aides said the mood was good. She said it again.
            """;

    @TempDir
    Path dir;

    private final EvalLexicon lexicon = EvalLexicon.load();

    private GoldArticle readOnly() throws IOException {
        GoldFolder folder = GoldFolder.open(dir, lexicon);
        return folder.read(folder.entries().get(0));
    }

    @Test
    void readsDiscontinuousContentInCharOffsets() throws IOException {
        new GoldDir(dir).article("a", TEXT).attribution("Brooks", "said", "“We will fight,”", "“and we will win.”").write("x");
        GoldQuote q = readOnly().quotes().get(0);
        assertEquals(2, q.content().size());
        assertEquals("“We will fight,”", q.content().get(0).of(TEXT));
        assertEquals("“and we will win.”", q.content().get(1).of(TEXT));
        assertEquals("Brooks", q.source());
    }

    @Test
    void withoutSpeakersTsvKindsAndFullerNamesComeFromTheText() throws IOException {
        new GoldDir(dir).article("a", TEXT)
                .attribution("Ms. Brooks", "said", "“We will fight,”")
                .attribution("Aides", "said", "the mood was good")
                .attribution("She", "said", "it again")
                .attribution(null, "said", "We will")
                .write("x");
        List<GoldQuote> q = readOnly().quotes();
        assertEquals(List.of(SourceKind.NAME, SourceKind.DESCRIPTION, SourceKind.PRONOUN, SourceKind.NONE),
                q.stream().map(GoldQuote::kind).toList());
        assertEquals(List.of("Senator Ann Brooks"), q.get(0).names());
        assertEquals(List.of("Ms. Brooks", "Senator Ann Brooks"), q.get(2).names()); // the nearest named source before it
    }

    @Test
    void speakersTsvGivesKindsAndNamesForItsAnnotator() throws IOException {
        new GoldDir(dir).article("a", TEXT)
                .attribution("Aides", "said", "the mood was good")
                .attribution("She", "said", "it again")
                .write("x");
        Files.writeString(dir.resolve("speakers.tsv"), """
                file\tannotator\tattr_id\tsource_spans\tsource_text\tsource_kind\tspeaker_names
                a\tx\tE1\t0-1\tAides\tdescription\taides
                a\tx\tE2\t0-1\tShe\tpronoun\tAnn Brooks | Brooks
                a\ty\tE1\t0-1\tAides\tname\tSomeone Else
                """);
        List<GoldQuote> q = readOnly().quotes();
        assertEquals(SourceKind.DESCRIPTION, q.get(0).kind());
        assertEquals(List.of("Ann Brooks", "Brooks"), q.get(1).names());
    }

    @Test
    void theAlphabeticallyFirstAnnotationFileOfItsOwnArticleIsUsed() throws IOException {
        GoldDir gold = new GoldDir(dir);
        gold.article("a", TEXT).attribution("Aides", "said", "the mood was good").write("zed");
        gold.article("a", TEXT).attribution("Brooks", "said", "“We will fight,”").write("amy");
        gold.article("a_b", TEXT).attribution("She", "said", "it again").write("amy");
        GoldFolder folder = GoldFolder.open(dir, lexicon);
        assertEquals(List.of("a", "a_b"), folder.entries().stream().map(GoldFolder.Entry::name).toList());
        assertEquals("a_amy.ann", folder.entries().get(0).annotations().getFileName().toString());
        assertEquals("a_b_amy.ann", folder.entries().get(1).annotations().getFileName().toString());
        assertEquals("Brooks", folder.read(folder.entries().get(0)).quotes().get(0).source());
    }

    @Test
    void anArticleWithoutAnnotationsIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/lonely.txt"), "Nothing was said.");
        GoldFolder folder = GoldFolder.open(dir, lexicon);
        assertNull(folder.entries().get(0).annotations());
        GoldFolder.BadGoldException e = assertThrows(GoldFolder.BadGoldException.class, () -> folder.read(folder.entries().get(0)));
        assertEquals(dir.resolve("text/lonely.txt"), e.file());
        assertTrue(e.getMessage().contains("no annotation file"), e.getMessage());
    }

    @Test
    void aFolderWithoutTextIsRefused() {
        assertThrows(IOException.class, () -> GoldFolder.open(dir, lexicon));
    }

    @Test
    void anEventLineWithTrailingBlanksDoesNotHideTheEventsAfterIt() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/t.txt"), "Ann said it rained. Bob said it snowed.");
        Files.writeString(dir.resolve("attributions/t_x.ann"), String.join("\n",
                "T1\tSource 0 3\tAnn", "T2\tCue 4 8\tsaid", "T3\tContent 9 18\tit rained",
                "T4\tSource 20 23\tBob", "T5\tCue 24 28\tsaid", "T6\tContent 29 38\tit snowed",
                "T7\tCue 9 11\tit",
                "E1\tAttribution:T2 Source:T1 Content:T3",
                "E2\tAttribution-no-source:T7 ",
                "E3\tAttribution:T5 Source:T4 Content:T6", ""));
        GoldFolder folder = GoldFolder.open(dir, lexicon);
        List<GoldQuote> quotes = folder.read(folder.entries().get(0)).quotes();
        assertTrue(quotes.stream().anyMatch(q -> q.source().equals("Bob")), () -> "quotes: " + quotes);
    }

    @Test
    void aQuotationInPiecesListsItsPiecesInTextOrder() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/t.txt"), "\"Rain,\" Ann said, \"falls.\" \"Snow,\" Bob said, \"melts.\"");
        // one event names its later piece first, the other its earlier one: both read in text order
        Files.writeString(dir.resolve("attributions/t_x.ann"), String.join("\n",
                "T1\tSource 8 11\tAnn", "T2\tCue 12 16\tsaid", "T3\tContent 18 26\t\"falls.\"", "T4\tContent 0 7\t\"Rain,\"",
                "T5\tSource 35 38\tBob", "T6\tCue 39 43\tsaid", "T7\tContent 27 34\t\"Snow,\"", "T8\tContent 45 53\t\"melts.\"",
                "E1\tAttribution:T2 Source:T1 Content:T3 Content2:T4",
                "E2\tAttribution:T6 Source:T5 Content:T7 Content2:T8", ""));
        GoldFolder folder = GoldFolder.open(dir, lexicon);
        for (GoldQuote q : folder.read(folder.entries().get(0)).quotes()) {
            assertEquals(2, q.content().size(), q::toString);
            assertTrue(q.content().get(0).start() < q.content().get(1).start(), q::toString);
        }
    }
}
