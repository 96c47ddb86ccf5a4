package extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import extract.speaker.SpeakerRanker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract ranker-train` on a hand-made gold folder (brat standoff and speakers.tsv, as PolNeAR's). */
class RankerTrainCommandTest {
    @TempDir
    Path dir;

    /** One article: "A met voters. B said that taxes would rise. He said that rents would fall." with both attributions. */
    private String article(String name, String actor, String speaker) throws IOException {
        String text = actor + " met voters in Ohio on Monday. " + speaker + " said that taxes would rise. "
                + "He said that rents would fall.\n";
        List<String> ann = new ArrayList<>();
        int said1 = text.indexOf(" said") + 1, said2 = text.lastIndexOf(" said") + 1, he = text.indexOf("He said");
        ann.add("T1\tContent " + span(text, "that taxes would rise") + "\tthat taxes would rise");
        ann.add("T2\tCue " + said1 + " " + (said1 + 4) + "\tsaid");
        ann.add("T3\tSource " + span(text, speaker) + "\t" + speaker);
        ann.add("T4\tAttribution " + said1 + " " + (said1 + 4) + "\tsaid");
        ann.add("E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3");
        ann.add("T5\tContent " + span(text, "that rents would fall") + "\tthat rents would fall");
        ann.add("T6\tCue " + said2 + " " + (said2 + 4) + "\tsaid");
        ann.add("T7\tSource " + he + " " + (he + 2) + "\tHe");
        ann.add("T8\tAttribution " + said2 + " " + (said2 + 4) + "\tsaid");
        ann.add("E2\tAttribution:T8 Content:T5 Cue:T6 Source:T7");
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/" + name + ".txt"), text);
        Files.writeString(dir.resolve("attributions/" + name + "_x.ann"), String.join("\n", ann) + "\n");
        return name + "\tx\tE1\t" + span(text, speaker).replace(' ', '-') + "\t" + speaker + "\tname\t" + speaker + "\n"
                + name + "\tx\tE2\t" + he + "-" + (he + 2) + "\tHe\tpronoun\t" + actor + "\n";
    }

    private static String span(String text, String phrase) {
        int at = text.indexOf(phrase);
        return at + " " + (at + phrase.length());
    }

    @Test
    void trainsAModelFromAGoldFolderAndChecksItAgainstTheRules() throws IOException {
        StringBuilder tsv = new StringBuilder("file\tannotator\tattr_id\tsource_spans\tsource_text\tsource_kind\tspeaker_names\n");
        String[][] people = {{"John Smith", "Peter Brown"}, {"Mark Jones", "Paul Green"}, {"David White", "James Clark"},
                {"Robert Lewis", "Thomas Hall"}};
        for (int i = 0; i < people.length; i++) tsv.append(article("a" + i, people[i][0], people[i][1]));
        Files.writeString(dir.resolve("speakers.tsv"), tsv);
        Path model = dir.resolve("ranker.bin");
        var out = new java.io.ByteArrayOutputStream();
        var saved = System.out;
        int status;
        System.setOut(new java.io.PrintStream(out, true));
        try {
            status = Main.run("ranker-train", dir.toString(), "-o", model.toString(), "--folds", "2", "--threads", "1");
        } finally {
            System.setOut(saved);
        }
        String report = out.toString();
        assertEquals(0, status, report);
        assertTrue(report.startsWith("4 articles, 4 labelled pronouns and quotations"), report);
        assertTrue(report.contains("2-fold check, pronoun"), report);
        assertTrue(SpeakerRanker.load(model).score(new extract.speaker.RankedCandidates.Candidate("x", List.of("bias"))) >= 0);
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertEquals(2, Main.run("ranker-train", dir.resolve("none").toString()));
    }
}
