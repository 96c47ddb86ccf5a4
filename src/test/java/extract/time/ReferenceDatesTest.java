package extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.time.ReferenceDates.Reference;
import extract.time.ReferenceDates.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDatesTest {
    private static final LocalDate OPTION = LocalDate.of(2019, 1, 10);
    private static final LocalDate PAGE = LocalDate.of(2019, 2, 1);
    private static final LocalDate TEXT = LocalDate.of(2019, 3, 1);
    private static final String PATH = "news/2019-04-01/story.txt";
    private static final Map<String, LocalDate> LIST = Map.of("story.txt", LocalDate.of(2019, 5, 1));

    private static Optional<Reference> ref(ReferenceDates r, Optional<LocalDate> page, Optional<LocalDate> text) {
        return r.of(PATH, page, text);
    }

    @Test
    void precedenceIsOptionPageTextPathList() {
        ReferenceDates all = new ReferenceDates(Optional.of(OPTION), true, LIST);
        assertEquals(new Reference(OPTION, Source.OPTION), ref(all, Optional.of(PAGE), Optional.of(TEXT)).get());
        ReferenceDates noOption = new ReferenceDates(Optional.empty(), true, LIST);
        assertEquals(new Reference(PAGE, Source.PAGE), ref(noOption, Optional.of(PAGE), Optional.of(TEXT)).get());
        assertEquals(new Reference(TEXT, Source.TEXT), ref(noOption, Optional.empty(), Optional.of(TEXT)).get());
        assertEquals(new Reference(LocalDate.of(2019, 4, 1), Source.PATH), ref(noOption, Optional.empty(), Optional.empty()).get());
        ReferenceDates noPath = new ReferenceDates(Optional.empty(), false, LIST);
        assertEquals(new Reference(LocalDate.of(2019, 5, 1), Source.LIST), ref(noPath, Optional.empty(), Optional.empty()).get());
        assertTrue(ReferenceDates.of(Optional.empty()).of(PATH, Optional.empty(), Optional.empty()).isEmpty());
    }

    @Test
    void datesInPaths() {
        assertEquals(Optional.of(LocalDate.of(2019, 1, 10)), ReferenceDates.inPath("a/2019/01/10/story.html"));
        assertEquals(Optional.of(LocalDate.of(2019, 1, 10)), ReferenceDates.inPath("20190110-seoul.txt"));
        assertEquals(Optional.of(LocalDate.of(2019, 1, 10)), ReferenceDates.inPath("2018-12-31/update-2019-01-10.txt"));
        // not a date: a month 13, a longer number, a year alone
        assertEquals(Optional.empty(), ReferenceDates.inPath("report-20191399.txt"));
        assertEquals(Optional.empty(), ReferenceDates.inPath("id-120190110.txt"));
        assertEquals(Optional.empty(), ReferenceDates.inPath("2019/story.txt"));
    }

    @Test
    void listMatchesTheWholePathOrItsTail(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("dates.tsv");
        Files.writeString(tsv, "path\tdate\n# comment\n./news/a.txt\t2019-01-10\nb.txt\t2019-01-11\n", StandardCharsets.UTF_8);
        ReferenceDates r = new ReferenceDates(Optional.empty(), false, ReferenceDates.readList(tsv));
        assertEquals(LocalDate.of(2019, 1, 10), r.of("news/a.txt", Optional.empty(), Optional.empty()).get().date());
        assertEquals(LocalDate.of(2019, 1, 11), r.of("corpus/b.txt", Optional.empty(), Optional.empty()).get().date());
        assertTrue(r.of("corpus/ab.txt", Optional.empty(), Optional.empty()).isEmpty());
    }

    @Test
    void aBadListLineNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("dates.tsv");
        Files.writeString(tsv, "a.txt\t2019-01-10\nb.txt\tJan 10\n", StandardCharsets.UTF_8);
        var e = assertThrows(ReferenceDates.ListException.class, () -> ReferenceDates.readList(tsv));
        assertTrue(e.getMessage().contains("dates.tsv:2"), e.getMessage());
        assertThrows(ReferenceDates.ListException.class, () -> ReferenceDates.readList(dir.resolve("missing.tsv")));
    }
}
