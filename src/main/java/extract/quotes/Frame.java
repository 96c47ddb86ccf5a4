package extract.quotes;

import extract.text.Span;

/**
 * A reporting frame in one sentence: a cue ("said", "according to") and the noun phrase of its
 * source, in word indices of that sentence, with where its content lies.
 *
 * @param sentence      index of the sentence in the document
 * @param cueStart      first word of the cue
 * @param cueEnd        word after the cue
 * @param cue           char span of the cue
 * @param subject       char span of the source noun phrase (for "..., adding that ..." the
 *                      subject of the verb it shares); null when none
 * @param start         first word of the frame (subject or cue, whichever comes first)
 * @param end           word after the frame (subject, cue, hearer, "that")
 * @param direction     where the reported content lies relative to the frame
 * @param resume        for a parenthetical frame ("Acts of protest, Mr. Obama said, are acts of
 *                      patriotism"): the word where the content resumes after it, else -1
 * @param wrapper       a source frame ("according to X", "X added" at the end) that yields to an
 *                      attribution nested inside its content
 * @param cueDecision   the cue sieve that found the cue
 * @param source        the source sieve that found the subject
 */
record Frame(int sentence, int cueStart, int cueEnd, Span cue, Span subject, int start, int end,
        Direction direction, int resume, boolean wrapper, Decision cueDecision, Decision source) {

    enum Direction { AFTER, BEFORE }
}
