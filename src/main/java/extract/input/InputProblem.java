package extract.input;

/** An input that cannot be read, with a short reason for the user: {@code extract: LABEL: REASON}. */
public record InputProblem(String label, String reason) {}
