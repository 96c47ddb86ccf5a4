package extract.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The shell completion script and the man pages come from picocli's generators at build time
 * (pom.xml, target/extract_completion and target/man/); here the same generators run on the
 * command-line model and must cover every command and option a user types.
 */
class CompletionAndManPageTest {
    @Test
    void bashCompletionKnowsEveryCommandAndTheNewOptions() {
        String script = AutoComplete.bash("extract", new CommandLine(new Main()));
        for (String word : new String[] {"quotes", "speakers", "entities", "eval", "--files-from", "--null", "--columns",
                "--encoding", "--date", "(\"table\" \"tsv\" \"csv\" \"jsonl\" \"json\" \"html\")"}) {
            assertTrue(script.contains(word), "completion lacks " + word);
        }
    }

    @Test
    void manPageOfQuotesDescribesItsOptions() {
        CommandLine cl = new CommandLine(new Main());
        StringWriter page = new StringWriter();
        ManPageGenerator.writeSingleManPage(new PrintWriter(page), cl.getSubcommands().get("quotes").getCommandSpec());
        for (String word : new String[] {"extract-quotes", "--files-from", "--columns", "--encoding", "Exit status"}) {
            assertTrue(page.toString().contains(word), "man page lacks " + word);
        }
    }
}
