package extract.quotes;

/**
 * Where the content of a cue with its subject before it lies: {@code after} the frame, starting at
 * token {@code at}; or before it, the frame running to {@code at} (its trailing "on Sunday").
 */
record Complement(boolean after, int at, int resume) {
    Complement(boolean after, int at) {
        this(after, at, -1);
    }
}
