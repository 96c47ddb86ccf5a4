package extract.quotes;

/**
 * The source noun phrase of a cue, in word indices of its sentence: [start, end), and where the
 * frame starts ({@code frameStart} is before {@code start} when the name stands in apposition:
 * "the coach, Marco Bianchi, said" starts at "the coach").
 */
record SubjectPhrase(int start, int end, int frameStart) {}
