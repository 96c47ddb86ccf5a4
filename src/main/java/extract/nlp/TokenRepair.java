package extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Splits English clitics off tokens ("China's" to "China" + "'s", "didn't" to "did" + "n't"), as the
 * Penn/UD conventions that the POS and NER training data follow do; the OpenNLP UD tokenizer model
 * leaves them whole, which hides names and possessives from the taggers. Dashes written against a
 * word ("Found\u2014 EgyptAir") and a list's dash on a word's front ("-Nate Cohn explains") become
 * tokens of their own, as they are elsewhere; a hyphened name it cut ("Shanklin" + "-Hawkins") is
 * one word again. Works on the model text, where typographic apostrophes are already ASCII.
 */
final class TokenRepair {
    private static final Pattern CLITIC =
            Pattern.compile("(?i)^(.*[a-z0-9.])('s|'re|'ve|'ll|'d|'m|n't|s')$");

    private static final Pattern DASHES = Pattern.compile("[\u2013\u2014]");

    /** "Clinton'," left whole by the tokenizer: a closing single quotation mark and a comma after a word. */
    private static final Pattern QUOTE_THEN_PUNCT = Pattern.compile("^(.*[\\p{L}\\p{N}])(')([,;:.!?])$");

    /** A sentence's punctuation and a closing mark of apostrophes left as one token ("?''"). */
    private static final Pattern PUNCT_THEN_QUOTE = Pattern.compile("^([.,;:!?]+)('{1,2})$");

    /** A word and a closing double mark written as two apostrophes left as one token ("progress''"). */
    private static final Pattern WORD_THEN_DOUBLE_QUOTE = Pattern.compile("^(.*[\\p{L}\\p{N}.])('')$");

    /** A lower-case word and a full stop in one token ("no."). */
    private static final Pattern FINAL_WORD_STOP = Pattern.compile("^[a-z]{2,}\\.$");

    private TokenRepair() {}

    private static void splitDashes(Span t, String word, List<Span> out) {
        int from = 0;
        Matcher d = DASHES.matcher(word);
        while (d.find()) {
            if (d.start() > from) out.add(new Span(t.getStart() + from, t.getStart() + d.start()));
            out.add(new Span(t.getStart() + d.start(), t.getStart() + d.end()));
            from = d.end();
        }
        if (from < word.length()) out.add(new Span(t.getStart() + from, t.getEnd()));
    }

    /** "-Hawkins" right after "Shanklin": a capitalised part glued by a hyphen to a capitalised word before it. */
    private static boolean joinsCapitalisedPart(List<Span> out, Span t, String word, String text) {
        if (out.isEmpty() || word.length() < 2 || word.charAt(0) != '-' || !Character.isUpperCase(word.charAt(1))) return false;
        Span prev = out.get(out.size() - 1);
        return prev.getEnd() == t.getStart() && Character.isUpperCase(text.charAt(prev.getStart()))
                && Character.isLetterOrDigit(text.charAt(prev.getEnd() - 1));
    }

    static Span[] split(Span[] tokens, String text) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (int k = 0; k < tokens.length; k++) {
            Span t = tokens[k];
            // "Sen" + "." back into "Sen.", as the training data writes titles and initials
            // (not a lower-case word at the sentence's end: "said no.")
            if (k + 1 < tokens.length && tokens[k + 1].getStart() == t.getEnd() && tokens[k + 1].length() == 1
                    && text.charAt(t.getEnd()) == '.' && SentenceSplits.abbreviationBefore(text, t.getEnd() + 1)
                    && !(k + 2 == tokens.length && FINAL_WORD_STOP.matcher(text.substring(t.getStart(), t.getEnd() + 1)).matches())) {
                out.add(new Span(t.getStart(), t.getEnd() + 1));
                k++;
                continue;
            }
            String word = text.substring(t.getStart(), t.getEnd());
            if (word.equals("'") && k + 1 < tokens.length && tokens[k + 1].getStart() == t.getEnd() && text.charAt(t.getEnd()) == '\'') {
                // "''Morning Joe''", "was ''over.''": the tokenizer splits an opening double mark written as two
                // apostrophes, or leaves the second on the word; never a closing one
                out.add(new Span(t.getStart(), t.getEnd() + 1));
                if (tokens[k + 1].length() > 1) out.add(new Span(tokens[k + 1].getStart() + 1, tokens[k + 1].getEnd()));
                k++;
                continue;
            }
            if (word.length() > 2 && word.startsWith("''") && Character.isLetterOrDigit(word.charAt(2))) {
                // "the charges ''liberal Democrat lingo.''": or it leaves both on the word
                out.add(new Span(t.getStart(), t.getStart() + 2));
                out.add(new Span(t.getStart() + 2, t.getEnd()));
                continue;
            }
            if (k == tokens.length - 1 && FINAL_WORD_STOP.matcher(word).matches()) {
                // "the candidate said no.": the tokenizer reads "no." as "number"; at a sentence's end the stop is its own
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
                continue;
            }
            if (word.length() > 1 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1))
                    && (t.getStart() == 0 || Character.isWhitespace(text.charAt(t.getStart() - 1)))) {
                // a list's "-Nate Cohn explains": the dash is a token of its own ("working" + "-class" stays: the tagger reads it so)
                out.add(new Span(t.getStart(), t.getStart() + 1));
                out.add(new Span(t.getStart() + 1, t.getEnd()));
                continue;
            }
            if (joinsCapitalisedPart(out, t, word, text)) {
                // "Shanklin" + "-Hawkins": a hyphened name the tokenizer cut is one word, as the name finder learnt it
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), t.getEnd()));
                continue;
            }
            if (word.length() > 1 && DASHES.matcher(word).find()) {
                splitDashes(t, word, out); // "Found\u2014 EgyptAir": a dash written against a word is a token of its own
                continue;
            }
            Matcher q = word.length() > 2 && word.charAt(word.length() - 2) == '\'' ? QUOTE_THEN_PUNCT.matcher(word) : null;
            if (q != null && q.matches()) { // "…Hillary Clinton’,” Le Pen": the name ends before its quotation mark
                out.add(new Span(t.getStart(), t.getStart() + q.end(1)));
                out.add(new Span(t.getStart() + q.start(2), t.getStart() + q.end(2)));
                out.add(new Span(t.getStart() + q.start(3), t.getEnd()));
                continue;
            }
            Matcher p = word.endsWith("'") ? PUNCT_THEN_QUOTE.matcher(word) : null;
            if (p == null || !p.matches()) p = word.endsWith("''") ? WORD_THEN_DOUBLE_QUOTE.matcher(word) : null;
            if (p != null && p.matches()) {
                // "''Will we win?'' said Ruiz", "''build on the progress'' of": the closing mark is a token of its own
                out.add(new Span(t.getStart(), t.getStart() + p.end(1)));
                out.add(new Span(t.getStart() + p.end(1), t.getEnd()));
                continue;
            }
            Matcher m = CLITIC.matcher(word);
            if (word.length() > 2 && m.matches()) {
                String clitic = m.group(2);
                // "Jones'" keeps its s: split only the apostrophe; "can't" splits as "ca" + "n't" like Penn.
                int cut = clitic.equalsIgnoreCase("s'") ? word.length() - 1 : m.end(1);
                out.add(new Span(t.getStart(), t.getStart() + cut));
                out.add(new Span(t.getStart() + cut, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }
}
