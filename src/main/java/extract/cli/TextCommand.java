package extract.cli;

import extract.input.PageMetadata;
import extract.input.SourceText;
import extract.output.OutputFormat;
import extract.output.RowWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * `extract text PATH...`: the text that `quotes` and `entities` read (an HTML page reduced to its
 * article), so users can see what the tool worked on; their offsets count in exactly this text.
 */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the text that quotes and entities read: HTML pages reduced to their article, "
                + "with the page's headline, byline, published date and site name in the jsonl, tsv and csv formats.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input worked", "1:some input failed (one line on stderr each)", "2:usage error"})
final class TextCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of("file", "text", "headline", "byline", "published", "site_name");

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, jsonl, tsv, csv or table (default: text; with -o, from the file's extension: "
                    + ".jsonl/.json, .csv, .tsv, else text).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE: it appears complete at the end of the run, or not at all.")
    Path outputFile;

    @Option(names = "--no-header", description = "No header lines between the texts of several inputs (text), "
            + "no header row (tsv, csv, table).")
    boolean noHeader;

    @Mixin
    RunOptions run;

    private final Supplier<StdStreams> io; // looked up when the command runs, not when picocli builds it

    /** Plain text, or one of the row formats of the other commands. */
    enum Format {
        TEXT(null), TABLE(OutputFormat.TABLE), TSV(OutputFormat.TSV), CSV(OutputFormat.CSV), JSONL(OutputFormat.JSONL);

        final OutputFormat rows;

        Format(OutputFormat rows) {
            this.rows = rows;
        }
    }

    TextCommand() {
        this.io = StdStreams::system;
    }

    TextCommand(StdStreams io) {
        this.io = () -> io;
    }

    @Override
    public Integer call() {
        Format chosen = chosenFormat();
        OutputOptions output = new OutputOptions();
        output.format = chosen.rows;
        output.output = outputFile;
        output.noHeader = noHeader;
        BatchRun<SourceText> batch = new BatchRun<>(spec, input, output, run, io.get());
        if (chosen == Format.TEXT) batch.writingWith(out -> new PlainText(out, !noHeader));
        Function<SourceText, List<SourceText>> same = List::of;
        return batch.execute(HEADER, TextCommand::cells, reporter -> () -> same);
    }

    private Format chosenFormat() {
        if (format != null) return format;
        if (outputFile == null) return Format.TEXT;
        String name = outputFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return Format.JSONL;
        if (name.endsWith(".csv")) return Format.CSV;
        if (name.endsWith(".tsv")) return Format.TSV;
        return Format.TEXT;
    }

    static List<?> cells(SourceText s) {
        PageMetadata m = s.metadata();
        return List.of(s.file(), s.text(), m.headline().orElse(""), m.byline().orElse(""),
                m.published().map(LocalDate::toString).orElse(""), m.siteName().orElse(""));
    }

    /**
     * Each input's text as it is; with more than one input (as {@code head} does it), each after a
     * header line {@code ==> FILE <==} and a blank line between inputs. One input prints its text
     * alone, so that a saved copy is exactly the text the offsets of {@code quotes} count in. The
     * first input waits for the second to know which case it is.
     */
    static final class PlainText implements RowWriter {
        private final Writer out;
        private final boolean headers;
        private List<?> first; // held until a second input shows that headers are needed
        private int written;

        PlainText(Writer out, boolean headers) {
            this.out = out;
            this.headers = headers;
        }

        @Override
        public void write(List<?> cells) throws IOException {
            if (headers && written == 0 && first == null) {
                first = List.copyOf(cells);
                return;
            }
            if (first != null) {
                print(first, true);
                first = null;
            }
            print(cells, headers);
        }

        private void print(List<?> cells, boolean header) throws IOException {
            if (written++ > 0) out.write('\n');
            if (header) out.write("==> " + cells.get(0) + " <==\n");
            String text = String.valueOf(cells.get(1));
            out.write(text);
            if (!text.isEmpty() && !text.endsWith("\n")) out.write('\n');
        }

        @Override
        public void finish() throws IOException {
            if (first != null) print(first, false); // the only input: no header
            first = null;
            out.flush();
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format; use text, jsonl, tsv, csv or table");
            }
        }
    }
}
