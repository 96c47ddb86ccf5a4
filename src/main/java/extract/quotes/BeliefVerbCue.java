package extract.quotes;

import extract.doc.Upos;

/**
 * A verb of belief or finding from {@code belief-verbs.txt} ("believes", "the poll shows"), only
 * before a clause: "that", or a pronoun or name and its verb; or, for the verbs of
 * {@code infinitive-belief-verbs.txt}, an infinitive ("hopes to win"). After a document ("the poll shows
 * Clinton with a lead", "records show") a verb of finding may report a noun phrase too, and "show" what
 * it shows doing something ("the poll by the institute showed the mayor leading").
 */
final class BeliefVerbCue implements CueSieve {
    static final String NAME = "belief-verb-cue";
    private final CueLexicon lexicon;
    private final SourcePhrases phrases;

    BeliefVerbCue(FrameGrammar grammar) {
        this.lexicon = grammar.lexicon();
        this.phrases = grammar.phrases();
    }

    @Override
    public Cue find(TokenView v, int i) {
        String w = v.lower(i);
        // a word on both lists is judged as a reporting verb only
        if (lexicon.isSpeechVerb(w) || !lexicon.isBeliefVerb(w) || !(v.isVerb(i) || nounBeforeThatClause(v, i))) return null;
        if (SpeechVerbCue.insideName(v, i, lexicon)) return null;
        // "basing their hopes on a field that may never exist": after a possessive (not "she's hoping", "let's
        // hope") the word is a noun, which reports only a "that" right after it ("their hope that …")
        boolean possessive = i > 0 && !v.inQuote(i - 1)
                && (v.isPossessivePronoun(i - 1) || v.isPossessive(i - 1) && v.pos(i - 1) != Upos.AUX && !v.is(i - 2, "let"));
        if (possessive && !v.is(i + 1, "that")) return null;
        // ("believes there are", "hope this is": an expletive or a demonstrative is a subject too)
        boolean pronoun = i + 2 < v.size() && !v.inQuote(i + 1) && (lexicon.subjectPronoun(v.lower(i + 1)) || v.nameLike(i + 1)
                || v.is(i + 1, "there") || v.isDemonstrative(i + 1));
        // ("believe if they can do that, he'll have a shot": a clause opened by a subordinator is one too)
        boolean clause = i + 1 < v.size() && (v.is(i + 1, "that") || thatAfterPhrase(v, i + 1) || subordinateThenClause(v, i + 1)
                || pronoun && v.isFiniteVerb(i + 2) && !v.inQuote(i + 2)
                || subjectAndVerb(v, i + 1) || parenthetical(v, i) || closing(v, i));
        // "Cruz thinks so, too": "so" stands for the clause
        clause |= i + 1 < v.size() && v.is(i + 1, "so") && !v.inQuote(i + 1) && (i + 2 >= v.size() || v.isPunct(i + 2));
        // "hopes to win the nomination": for a few verbs the infinitive is the report
        clause |= lexicon.infinitiveBelief(w) && v.is(i + 1, "to") && i + 2 < v.size() && v.isVerb(i + 2) && !v.inQuote(i + 1);
        // "the poll showed Clinton leading Sanders": what is shown doing something (not "shows Trump saying", whose speaker is shown)
        clause |= "show".equals(lexicon.beliefLemma(w)) && participleObject(v, i + 1);
        boolean documentObject = !clause && lexicon.objectReport(w) && documentSubject(v, i);
        if (documentObject) {
            return new Cue(i, i + 1, CueType.BELIEF_VERB, Decision.of(NAME, "“" + v.token(i).text() + "” after a document"));
        }
        return clause ? new Cue(i, i + 1, CueType.BELIEF_VERB, Decision.of(NAME, "“" + v.token(i).text() + "” before a clause")) : null;
    }

    /** "if they can do that, he'll have": "if", "when" or "once", a clause, a comma, then a subject and its verb. */
    private static boolean subordinateThenClause(TokenView v, int k) {
        if (!(v.is(k, "if") || v.is(k, "when") || v.is(k, "once")) || v.inQuote(k)) return false;
        for (int c = k + 2; c + 2 < v.size() && c - k <= MAX_SUBORDINATE; c++) {
            if (v.inQuote(c)) return false;
            if (v.is(c, ",")) return ContentShaper.clauseAt(v, c + 1, v.size());
        }
        return false;
    }

    /** How many words a clause after "if" may take before its comma. */
    private static final int MAX_SUBORDINATE = 12;

    /** How many words a phrase between the verb and its "that" may take ("found in 2014 that"). */
    private static final int MAX_PHRASE = 5;

    /**
     * "found in 2014 that", "believes in his heart that": a short prepositional phrase, then "that"; the phrase's
     * noun may have an aside between commas ("posted on X, formerly Twitter, that").
     */
    private static boolean thatAfterPhrase(TokenView v, int k) {
        if (k >= v.size() || v.pos(k) != Upos.ADP || v.inQuote(k) || v.is(k, "that")) return false;
        int commas = 0;
        for (int m = k + 1; m < v.size() && m - k <= MAX_PHRASE + (commas > 0 ? MAX_PHRASE : 0); m++) {
            if (v.is(m, "that") && !v.inQuote(m)) return m > k + 1 && commas != 1;
            if (v.is(m, ",") && !v.inQuote(m) && m > k + 1 && commas < 2) {
                commas++;
                continue;
            }
            if (!v.nounPhrasePart(m) && !(commas == 1 && v.pos(m) == Upos.ADV)) return false;
        }
        return false;
    }

    /**
     * "Such efforts, they believe, will render …": the frame set off by commas inside the clause it
     * reports, whose verb follows the second comma.
     */
    private static boolean parenthetical(TokenView v, int i) {
        if (i + 2 >= v.size() || !v.is(i + 1, ",") || v.inQuote(i + 1)) return false;
        if (!v.finiteVerbAt(i + 2)) return false;
        for (int k = i - 1; k >= 0 && i - k <= MAX_SUBJECT + 1; k--) {
            if (v.is(k, ",") && !v.inQuote(k)) return k < i - 1 && k > 0;
            if (!v.nounPhrasePart(k) && !(v.pos(k) == Upos.PRON && !v.inQuote(k))) return false;
        }
        return false;
    }

    /**
     * "A win there would undermine her, his team believes.": after a clause and its comma, a short
     * subject and the verb end the sentence; the clause before is the report.
     */
    private static boolean closing(TokenView v, int i) {
        boolean end = i + 1 >= v.size() || v.isPunct(i + 1) && !v.is(i + 1, ",") && !v.isQuoteMark(i + 1) && i + 2 >= v.size();
        if (!end) return false;
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_SUBJECT + 1 && !v.is(k, ",") && (v.nounPhrasePart(k) || v.pos(k) == Upos.PRON) && !v.inQuote(k)) k--;
        if (k < 2 || k == i - 1 || !v.is(k, ",") || v.inQuote(k)) return false;
        for (int m = 0; m < k; m++) if (v.isFiniteVerb(m) && !v.inQuote(m)) return true;
        return false;
    }

    /**
     * "Video/NOUN shows/NOUN that Crutcher had …": the tagger reads a present form after a noun as a
     * plural noun; before "that" and the subject of a clause it is the verb.
     */
    private boolean nounBeforeThatClause(TokenView v, int i) {
        if (v.pos(i) != Upos.NOUN || !v.lower(i).endsWith("s") || i == 0 || i + 3 >= v.size()) return false;
        if (FrameGrammar.nounBefore(v, i - 1) || v.inQuote(i - 1) || !v.is(i + 1, "that")) return false;
        int s = i + 2;
        // "shows that eight of 10 avocados …", "shows that in a head-to-head contest, …"
        return !v.inQuote(s) && (v.nameLike(s) || lexicon.subjectPronoun(v.lower(s)) || v.pos(s) == Upos.DET
                || v.pos(s) == Upos.NUM || v.pos(s) == Upos.ADP) && !v.isVerb(s);
    }

    /** A short noun phrase and a participle that is no reporting verb: "Clinton leading", "the billionaire maintaining". */
    private boolean participleObject(TokenView v, int k) {
        int i = nounRunEnd(v, k, MAX_OBJECT, true);
        if (i == k || i >= v.size() || v.inQuote(i) || v.pos(i - 1) == Upos.DET) return false;
        return v.pos(i) == Upos.VERB && v.lower(i).endsWith("ing") && !lexicon.isSpeechVerb(v.lower(i));
    }

    /** How many words the object of "shows" may take before its participle. */
    private static final int MAX_OBJECT = 6;

    /** How many words a clause's subject may take after the verb ("found the United States was"). */
    private static final int MAX_SUBJECT = 4;

    /** How many words it may take with its phrases ("believe her efforts as a senator for eight years will"). */
    private static final int MAX_LONG_SUBJECT = 10;

    /**
     * "found the United States was in breach", "found PolitiFact consistently rated": a short noun
     * phrase, perhaps an adverb, then a finite verb: the clause without its "that".
     */
    private boolean subjectAndVerb(TokenView v, int k) {
        if (pronounJoinedSubject(v, k)) return true;
        int i = nounRunEnd(v, v.isPossessivePronoun(k) ? k + 1 : k, MAX_SUBJECT, true); // "her efforts"
        if (i == k + 1 && v.isPossessivePronoun(k)) return false;
        // (an adjective ends it only before a phrase: "the drumbeat/ADJ of public pressure will")
        if (i == k || v.pos(i - 1) == Upos.DET || v.pos(i - 1) == Upos.ADJ && !(i < v.size() && v.is(i, "of"))) return false;
        // "the progress on climate change is", "her efforts as a senator for eight years will": phrases after the head
        // ("the case against Clinton is": any preposition)
        while (i + 1 < v.size() && i - k < MAX_LONG_SUBJECT
                && (lexicon.linker(v.lower(i)) || v.pos(i) == Upos.ADP || v.is(i, "as") || v.is(i, "and"))
                && !v.inQuote(i) && v.pos(i + 1) != Upos.PRON) {
            int e = nounRunEnd(v, i + 1, MAX_SUBJECT, true);
            if (e == i + 1 || v.pos(e - 1) == Upos.DET || v.pos(e - 1) == Upos.ADJ) return false;
            i = e;
        }
        return i - k <= MAX_LONG_SUBJECT && finiteVerbAfterAdverbs(v, i);
    }

    /** Past any adverbs from word i, a finite verb outside quotations. */
    private static boolean finiteVerbAfterAdverbs(TokenView v, int i) {
        while (i < v.size() && v.pos(i) == Upos.ADV && !v.inQuote(i)) i++;
        return i < v.size() && !v.inQuote(i) && v.isFiniteVerb(i);
    }

    /** "she and they can", "he and his aides will": a pronoun joined by "and" to another subject, then a finite verb. */
    private boolean pronounJoinedSubject(TokenView v, int k) {
        if (k + 3 >= v.size() || !lexicon.subjectPronoun(v.lower(k)) || !v.is(k + 1, "and") || v.inQuote(k) || v.inQuote(k + 1)) {
            return false;
        }
        int from = v.isPossessivePronoun(k + 2) ? k + 3 : k + 2;
        int i = lexicon.subjectPronoun(v.lower(k + 2)) ? k + 3 : nounRunEnd(v, from, MAX_SUBJECT, true);
        return i != from && v.pos(i - 1) != Upos.DET && v.pos(i - 1) != Upos.ADJ && finiteVerbAfterAdverbs(v, i);
    }

    /** Where a run of at most {@code max} determiners, adjectives, nouns and numbers (and possessives, if asked) from k ends. */
    private static int nounRunEnd(TokenView v, int k, int max, boolean possessives) {
        int i = k;
        while (i < v.size() && i - k < max && !v.inQuote(i) && (v.pos(i) == Upos.DET || v.pos(i) == Upos.ADJ
                || v.pos(i) == Upos.PROPN || v.pos(i) == Upos.NOUN || v.pos(i) == Upos.NUM || possessives && v.isPossessive(i))) {
            i++;
        }
        return i;
    }

    /**
     * The subject right before the verb (past adverbs and auxiliaries) ends in a document noun: "recent polls", "F.A.A. records";
     * or its head does, before a modifier: "A Monmouth poll out Monday", "A review by The Times".
     */
    private boolean documentSubject(TokenView v, int i) {
        int k = i - 1;
        while (k >= 0 && (v.pos(k) == Upos.ADV || v.pos(k) == Upos.AUX) && !v.inQuote(k)) k--;
        // ("A Quinnipiac poll this month found": a time after the noun)
        int time = k;
        while (time >= 0 && lexicon.timeWord(v.lower(time)) && !v.inQuote(time)) time--;
        if (time < k && time >= 1 && lexicon.timeDeterminer(v.lower(time)) && lexicon.documentNoun(v.lower(time - 1))) return true;
        if (k < 0 || v.inQuote(k)) return false;
        if (lexicon.documentNoun(v.lower(k))) return true;
        SubjectPhrase subject = phrases.leftSubject(v, k);
        return subject != null && subject.end() < k && lexicon.documentNoun(v.lower(subject.end() - 1));
    }
}
