package extract.time;

/** Which way an expression without "last" or "next" points: "said on Sunday" is past, "will speak on Sunday" future. */
public enum Tense { PAST, FUTURE }
