package extract.quotes;

/** Words [start, end) of one sentence, by index. */
record WordRange(int start, int end) {}
