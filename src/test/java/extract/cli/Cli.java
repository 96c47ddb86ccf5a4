package extract.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;

/** Runs a command with captured standard streams. */
final class Cli {
    record Result(int status, String out, String err) {}

    static Result quotes(String... args) {
        return run(QuotesCommand::new, "", args);
    }

    static Result run(Function<StdStreams, Callable<Integer>> command, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return run(command, stdin, out, args);
    }

    static Result run(Function<StdStreams, Callable<Integer>> command, String stdin, OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        StdStreams io = new StdStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, errStream,
                false, false, 100);
        CommandLine cl = new CommandLine(command.apply(io));
        cl.setErr(new PrintWriter(errStream, true));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        int status = cl.execute(args);
        String captured = out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
        return new Result(status, captured, err.toString(StandardCharsets.UTF_8));
    }

    private Cli() {}
}
