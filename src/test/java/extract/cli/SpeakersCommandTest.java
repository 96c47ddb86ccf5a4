package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.summary.SpeakerRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract speakers`: one row per speaker over all inputs, most quoted first, in the usual formats. */
class SpeakersCommandTest {
    @TempDir
    Path dir;

    private static Cli.Result speakers(String... args) {
        return Cli.run(SpeakersCommand::new, "", args);
    }

    private static List<List<String>> rows(Cli.Result r) {
        assertEquals(0, r.status(), r.err());
        List<List<String>> rows = r.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
        assertEquals(SpeakerRow.HEADER, rows.get(0));
        return rows.subList(1, rows.size());
    }

    @Test
    void theMostQuotedSpeakerComesFirstWithTitleCountsAndDates() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Finance Minister Ann Lee spoke to reporters on Monday.\n\n"
                + "“We will not raise taxes,” Lee said on Monday.\n\n"
                + "“The budget is balanced,” said Bo Chen, an economist at Harvard University.\n");
        Files.writeString(dir.resolve("b.txt"), "Finance Minister Ann Lee said on Tuesday that the plan would pass.\n\n"
                + "“It is a good plan,” Lee added on Tuesday.\n");
        List<List<String>> rows = rows(speakers("-f", "tsv", "--date", "2019-01-10", dir.toString()));
        List<String> first = rows.get(0);
        assertEquals(List.of("Ann Lee", "person", "Finance Minister", "3", "2"), first.subList(0, 5), rows.toString());
        assertEquals("2019-01-07", first.get(5)); // Monday before the reference Thursday
        assertEquals("2019-01-08", first.get(6)); // Tuesday
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Bo Chen") && r.get(3).equals("1") && r.get(4).equals("1")), rows.toString());
    }

    @Test
    void theSeedListsXiJinpingFirst() {
        List<List<String>> rows = rows(speakers("-f", "tsv", "seeds"));
        assertEquals("Xi Jinping", rows.get(0).get(0));
        assertEquals("person", rows.get(0).get(1));
        assertEquals("Chinese President", rows.get(0).get(2));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Integer.parseInt(rows.get(i - 1).get(3)) >= Integer.parseInt(rows.get(i).get(3)), "most quoted first");
        }
    }

    @Test
    void sameFormatsAsQuotes() throws IOException {
        Cli.Result json = speakers("-f", "json", "--columns", "speaker,quotations", "seeds");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().lines().findFirst().orElseThrow().matches("\\{\"speaker\":\"Xi Jinping\",\"quotations\":\\d+}"), json.out());
        Path html = dir.resolve("speakers.html");
        assertEquals(0, speakers("seeds", "-o", html.toString()).status());
        assertTrue(Files.readString(html).contains("<td class=\"who c1\">Xi Jinping</td>"));
    }
}
