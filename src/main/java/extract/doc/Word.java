package extract.doc;

import extract.text.Span;

/**
 * One token of a {@link NewsDocument}, typed for the attribution rules.
 *
 * @param index     position in the document's token list
 * @param start     first char (UTF-16 offset into the document text)
 * @param end       char after the token
 * @param text      the token as written
 * @param lower     lower case, typographic apostrophe as ASCII (the form lexicons use)
 * @param lemma     the dictionary form of a reporting or belief verb ("said" -> "say"), else {@code lower}
 * @param pos       Universal POS tag
 * @param quoted    inside a quotation (marks included)
 * @param sentence  index of its sentence in the document
 * @param paragraph index of its paragraph (one per line of the text)
 */
public record Word(int index, int start, int end, String text, String lower, String lemma, Upos pos,
        boolean quoted, int sentence, int paragraph) {

    public Span span() {
        return new Span(start, end);
    }

    /** No letter or digit: punctuation, quotation marks, dashes; not a percent sign read as a noun ("26% say"). */
    public boolean punctuation() {
        if (pos == Upos.NOUN && text.equals("%")) return false;
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) return false;
        }
        return true;
    }

    /** Starts with a capital letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
