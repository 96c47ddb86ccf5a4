package extract.quotes;

/**
 * A cue with what the source sieves read around it, found once: the word before its subject (past
 * "has", "also", an aside or a time; -1 at the sentence start) and the subject phrase ending there
 * (null when none, and for cues that are no verbs).
 */
record CueSite(Cue cue, int subjectEnd, SubjectPhrase subject) {}
