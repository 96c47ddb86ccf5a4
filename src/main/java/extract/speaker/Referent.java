package extract.speaker;

import extract.nlp.EntityType;
import extract.text.Span;

/**
 * Something a speaker mention can point back to: a named entity (or, without a name finder, a run of
 * capitalised words, type null) at a place in the text, and whether it stood inside a quotation.
 */
record Referent(Span span, EntityType type, String canonical, int sentence, boolean quoted) {}
