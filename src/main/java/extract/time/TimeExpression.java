package extract.time;

import extract.text.Span;
import java.time.LocalTime;

/** A time expression found in the text: its span, its meaning, and the clock time it gives (null if none). */
public record TimeExpression(Span span, TimeMeaning meaning, LocalTime clock) {}
