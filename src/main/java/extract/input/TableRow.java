package extract.input;

import java.nio.file.Path;

/** One article of a JSON Lines table: where its line lies in the file (bytes), and its line number from 1. */
public record TableRow(Path file, long offset, long length, int line) {}
