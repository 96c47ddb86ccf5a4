package extract.time;

import extract.input.SourceText;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Annotator;
import extract.nlp.NlpModels;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.quotes.Attribution;
import extract.quotes.QuoteKind;
import extract.speaker.Speaker;
import extract.text.Span;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark, not a test (run by bench/time-place-scaling.sh): CPU seconds of the time-and-place
 * stage on whole articles of growing length, to show it grows linearly. Each "said"/"told" in a
 * sentence is a statement (cue = the verb, content = the rest of its sentence), so the number of
 * statements grows with the text as in real articles, without depending on the quote stage.
 * Prints one Markdown table row per file: MB, sentences, statements, annotation CPU s, stage CPU s,
 * and the time tagger's CPU s on every line of the text.
 */
public final class TimePlaceScaling {
    private TimePlaceScaling() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // with the shipped name finder (as `extract quotes` runs): places and occasions look names up
        Annotator annotator = new Annotator(NlpModels.load(extract.ner.NerModel.loadDefault()));
        TimePlaceResolver resolver = new TimePlaceResolver(Optional.of(LocalDate.of(2016, 6, 1)));
        TemporalTagger tagger = new TemporalTagger(new TemporalLexicon());
        System.out.println("| article MB | sentences | statements | NLP CPU s | time and place CPU s | per MB | "
                + "time tagger on every line, CPU s |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            long t0 = cpu.getCurrentThreadCpuTime();
            AnnotatedDocument doc = annotator.annotate(new SourceText(file, text));
            long t1 = cpu.getCurrentThreadCpuTime();
            List<Attribution> statements = statements(doc);
            long t2 = cpu.getCurrentThreadCpuTime();
            List<TimePlace> out = resolver.resolve(doc, statements);
            long t3 = cpu.getCurrentThreadCpuTime();
            if (out.size() != statements.size()) throw new IllegalStateException("lost statements");
            long t4 = cpu.getCurrentThreadCpuTime();
            tagEveryLine(tagger, doc.modelText());
            long t5 = cpu.getCurrentThreadCpuTime();
            double mb = text.length() / 1e6;
            double stage = (t3 - t2) / 1e9;
            System.out.printf("| %.1f | %d | %d | %.1f | %.2f | %.3f | %.2f |%n", mb, doc.sentences().size(), statements.size(),
                    (t1 - t0) / 1e9, stage, stage / mb, (t5 - t4) / 1e9);
        }
    }

    /** The tagger alone on the whole text, line by line (the stage tags only reporting sentences). */
    private static int tagEveryLine(TemporalTagger tagger, String text) {
        int found = 0;
        for (int from = 0; from < text.length(); ) {
            int end = text.indexOf('\n', from);
            if (end < 0) end = text.length();
            found += tagger.tag(text, from, end).size();
            from = end + 1;
        }
        return found;
    }

    private static List<Attribution> statements(AnnotatedDocument doc) {
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int k = 0; k + 2 < toks.size(); k++) {
                String w = toks.get(k).text();
                if (!w.equals("said") && !w.equals("told")) continue;
                Span content = new Span(toks.get(k + 1).start(), s.end());
                out.add(new Attribution(content, QuoteKind.INDIRECT, toks.get(k).span(), Speaker.NONE));
                break;
            }
        }
        return out;
    }
}
