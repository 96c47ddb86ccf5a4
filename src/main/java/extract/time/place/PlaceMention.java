package extract.time.place;

import extract.text.Span;

/** A place where something may have been said: its words in the text and the name to print. */
public record PlaceMention(Span span, String name) {}
