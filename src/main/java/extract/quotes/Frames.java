package extract.quotes;

import extract.text.Span;

/** Builds frames for the source sieves, so each states only what it decided. */
final class Frames {
    private Frames() {}

    static Frame of(TokenView v, Cue cue, Span subject, int start, int end, Frame.Direction direction, int resume,
            boolean wrapper, String sieve, String why) {
        return new Frame(v.index(), cue.start(), cue.end(), v.span(cue.start(), cue.end()), subject, start, end,
                direction, resume, wrapper, cue.decision(), Decision.of(sieve, why));
    }

    /** The words of a span in curly quotes, for a decision's reason: “Angela Merkel”. */
    static String words(TokenView v, Span span) {
        return "“" + span.of(v.text()) + "”";
    }

    static String cueWords(TokenView v, Cue cue) {
        return words(v, v.span(cue.start(), cue.end()));
    }
}
