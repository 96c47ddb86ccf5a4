package extract.quotes;

import extract.nlp.Sentence;
import extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/** Read-only helpers over one sentence's tokens and which of them lie inside quotation marks. */
final class TokenView {
    
    private final Sentence sentence;
    private final List<Token> tokens;
    private final boolean[] inQuote;
    private final String[] lower;
    private final CueLexicon lexicon;

    TokenView(Sentence sentence, boolean[] inQuote, CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.inQuote = inQuote;
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return lower[i];
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    boolean inQuote(int i) {
        return inQuote[i];
    }

    boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    boolean isPunct(int i) {
        String t = tokens.get(i).text();
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLetterOrDigit(t.charAt(k))) return false;
        }
        return true;
    }

    boolean isQuoteMark(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && "\"“”„«»‘’'`".indexOf(t.charAt(0)) >= 0 && isPunct(i);
    }

    boolean isPossessive(int i) {
        return lower[i].equals("'s") || lower[i].equals("'");
    }

    /** A hyphen written without spaces, joining two parts of one word ("Jong-un"). */
    boolean isJoiningHyphen(int i) {
        return lower[i].equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** Capitalised and not a function word: a name or part of one, whatever the tagger said. */
    boolean nameLike(int i) {
        String t = tokens.get(i).text();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) return false;
        String p = pos(i);
        if (p.equals("DET") || p.equals("ADP") || p.equals("PRON") || p.equals("SCONJ") || p.equals("CCONJ")
                || p.equals("PART")) return false;
        return !lexicon.functionWords().contains(lower[i]);
    }

    /** Fits inside a noun phrase ("the", "Chinese", "president", "North", "Korea", "'s", "state"). */
    boolean nounPhrasePart(int i) {
        if (inQuote[i]) return false;
        if (nameLike(i) || isPossessive(i) || isJoiningHyphen(i) || (i > 0 && isJoiningHyphen(i - 1))) return true;
        String p = pos(i);
        if (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || p.equals("DET")) {
            return !isPunct(i);
        }
        return p.equals("PRON") && isPossessivePronoun(i);
    }

    /** "his", "their". */
    boolean isPossessivePronoun(int i) {
        return lexicon.possessives().contains(lower[i]);
    }

    boolean isVerb(int i) {
        String p = pos(i);
        return p.equals("VERB") || p.equals("AUX");
    }
}
