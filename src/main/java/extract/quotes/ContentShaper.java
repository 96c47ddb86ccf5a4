package extract.quotes;

import extract.doc.Upos;
import extract.text.PartyLabel;
import extract.text.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The last steps every content sieve shares: the writer's own clause is cut off ("…, although he
 * refused to …"), punctuation and "that" trimmed, the span widened to whole quotations, and the kind
 * decided: direct when one quotation holds all its words, mixed when some, indirect when none (and
 * then it must be a clause: at least three words and a verb). Immutable.
 */
final class ContentShaper {
    private final CueLexicon cues;

    ContentShaper(CueLexicon cues) {
        this.cues = cues;
    }

    /** The candidate for words [from, to) reported by frame f, or null when they are no statement. */
    Candidate shape(TokenView v, Frame f, int from, int to, Decision decision) {
        // ("…, and Clinton broke it, according to McCarthy": before its frame the clauses joined by "and" are all reported)
        boolean before = f.direction() == Frame.Direction.BEFORE && f.resume() < 0;
        boolean infinitive = f.direction() == Frame.Direction.AFTER && v.is(from, "to") && from + 1 < to && !v.inQuote(from)
                && v.isVerb(from + 1);
        for (int i = from + 1; i + 1 < to; i++) {
            // "declined to be identified and is not in his camp", "refused to speak as she left and watched …":
            // after an infinitive, "and" and an inflected verb or a clause go on with the writer's account
            if (infinitive && (v.is(i, "and") || v.is(i, "but")) && !v.inQuote(i)
                    && (inflectedVerbAt(v, i + 1) || v.is(i - 1, ",") && clauseAt(v, i + 1, to))) {
                to = v.is(i - 1, ",") ? i - 1 : i;
                break;
            }
            // "He claimed that X, although he refused to ...": the writer's clause is not the report
            // (", though," between commas is an adverb, no clause)
            if (v.is(i, ",") && !v.inQuote(i) && (cues.narratorClause(v.lower(i + 1)) && !parenthetical(v, i + 1, to) || !before && narratorEvent(v, i + 1))) {
                to = i;
                break;
            }
            // "he supports the final bill, which includes provisions …": a relative clause after a comma that runs
            // to the end of the sentence is the writer's gloss on the report's last words
            if (v.is(i, ",") && !v.inQuote(i) && f.direction() == Frame.Direction.AFTER && v.isRelativePronoun(i + 1)
                    && hasVerbOrNot(v, from, i) && firstStop(v, i + 1, to, false) == to) {
                to = i;
                break;
            }
            // "said the person would “not get beat up” at his rally, a swipe at the disturbances": an indefinite
            // noun phrase after a comma or dash, to the end of the sentence, is the writer's gloss on the report
            if ((v.is(i, ",") || v.isDash(i)) && !v.inQuote(i) && f.direction() == Frame.Direction.AFTER && gloss(v, i + 1, to)
                    && hasVerbOrNot(v, from, i)) {
                to = i;
                break;
            }
            // "praised the plan but stopped short of …", "cited his record, but critics point to …": after
            // an object (in a reported clause "but" goes on with the report)
            if (i > from + 1 && contrast(v, i) && !hasVerbOrNot(v, from, i, true)) {
                to = v.is(i - 1, ",") ? i - 1 : i;
                break;
            }
        }
        // "found that in the largest counties, voters …": after "that" a clause follows, not an object
        boolean thatClause = from < to && (v.is(from, "that") || from > 0 && v.is(from - 1, "that") && !v.inQuote(from - 1));
        if (!thatClause && from < to && f.direction() == Frame.Direction.AFTER && reportsObject(v, f) && !v.inQuote(from)) {
            Candidate object = objectReport(v, f, from, to, decision);
            if (object != null) return object;
        }
        if (!thatClause && f.direction() == Frame.Direction.AFTER && f.cueDecision().sieve().equals(SpeechVerbCue.NAME)
                && !reportsObject(v, f) && !documentSubject(v, f) && objectThenCircumstance(v, from, to)) {
            return null;
        }
        from = afterDateline(v, from, to);
        // "called a quack", "called that report a “lie”": a verb of naming reports its object and the name
        // it gives, no clause, and "that" may be its object's determiner
        boolean naming = f.cueDecision().sieve().equals(NamingVerbCue.NAME);
        while (from < to && (isTrimmable(v, from) || v.is(from, "that") && !naming && !demonstrativeSubject(v, from, to))) from++;
        while (to > from && (isTrimmable(v, to - 1) || danglingSubordinator(v, from, to))) to--;
        // "half said so in the earlier poll", "thinks so, too": a phrase of time or place, or a comma, ends the reply
        int reply = from == f.cueEnd() ? cues.ellipticReply(v, from) : 0;
        if (reply > 0 && from + reply < to && (cues.circumstance(v.lower(from + reply)) || v.is(from + reply, ","))) to = from + reply;
        if (f.direction() == Frame.Direction.BEFORE) from = quotationAfterColon(v, from, to);
        to = quotationThenNarration(v, from, to);
        if (naming && f.direction() == Frame.Direction.AFTER) to = nameThenNarration(v, from, to);
        if (to <= from) return null;
        Span content = extendOverQuotes(v.span(from, to), v);
        // after "Name:" the words are the statement, verb or not ("Lynch: No outside influence on probe")
        boolean colon = v.is(f.cueStart(), ":");
        // "..., according to the poll average", "in the latest poll": the phrase marks a report even where the tagger found no verb
        boolean accordingTo = v.is(f.cueStart(), "according") || v.is(f.cueStart(), "in");
        List<Span> quotes = v.quotationsOverlapping(content);
        // "asked about the report": what a question is about may be a noun phrase
        boolean question = f.source().sieve().equals(UnnamedAskerSource.NAME)
                || f.source().sieve().equals(PassiveAgentSource.NAME) && cues.questionVerb(v.lower(f.cueStart()))
                || cues.questionVerb(v.lower(f.cueStart())) && from < to && v.is(from, "about"); // "asked Carson about his ties"
        // "the plan was criticized by Ruiz": the passive subject is what was judged, a noun phrase
        boolean passiveSubject = f.source().sieve().equals(PassiveAgentSource.NAME) && f.direction() == Frame.Direction.BEFORE;
        if (passiveSubject && quotes.isEmpty()) {
            return hasNoun(v, from, to) ? new Candidate(f, content, QuoteKind.INDIRECT, decision) : null;
        }
        QuoteKind kind = kindOf(content, quotes, v, from, to, !colon && !accordingTo && !naming && !question && !passiveSubject
                && !subjectGap(v, f, from), naming, f.direction() == Frame.Direction.AFTER, endsSentence(v, f));
        if (kind == null) return null;
        if (kind == QuoteKind.DIRECT) content = covering(content, quotes);
        return new Candidate(f, content, kind, decision);
    }

    /** The first comma (or semicolon) outside quotations in [from, to), else {@code to}. */
    static int firstStop(TokenView v, int from, int to, boolean semicolon) {
        for (int i = from; i < to; i++) {
            if ((v.is(i, ",") || semicolon && v.is(i, ";")) && !v.inQuote(i)) return i;
        }
        return to;
    }

    /**
     * "a swipe at the recent disturbances", "a move that could trigger …": "a" or "an", a noun (after
     * modifiers), then no more punctuation outside quotations before {@code to}.
     */
    private static boolean gloss(TokenView v, int k, int to) {
        if (k + 1 >= to || !(v.is(k, "a") || v.is(k, "an")) || v.inQuote(k)) return false;
        int n = k + 1;
        while (n < to && (v.pos(n) == Upos.ADJ || v.pos(n) == Upos.NOUN || v.pos(n) == Upos.NUM || v.isJoiningHyphen(n))) n++;
        if (n == k + 1 || v.pos(n - 1) != Upos.NOUN) return false;
        return firstStop(v, n, to, true) == to;
    }

    /** How many words a phrase set off by commas inside the report may take ("Trump, despite his wealth, is"). */
    private static final int MAX_ASIDE = 8;

    /**
     * ", though," and ", despite his wealth, is": words from i up to a comma after which the report's verb
     * goes on are an aside inside the report, not the writer's clause after it.
     */
    private static boolean parenthetical(TokenView v, int i, int to) {
        for (int m = i + 1; m < to && m - i <= MAX_ASIDE && !v.inQuote(m); m++) {
            if (!v.is(m, ",")) continue;
            return m == i + 1 || m + 1 < to && v.finiteVerbAt(m + 1);
        }
        return false;
    }

    /**
     * "which critics said was discriminatory", "a decision they say allowed …": in a relative or contact
     * clause the report's subject is the noun the clause hangs on, so its words start with the verb.
     */
    private static boolean subjectGap(TokenView v, Frame f, int from) {
        if (f.direction() != Frame.Direction.AFTER || from != f.end() || f.start() < 1 || from >= v.size() || v.inQuote(from)) return false;
        boolean finite = v.isFiniteVerb(from) && !v.is(from - 1, "to");
        int before = f.start() - 1;
        boolean hangs = SourcePhrases.RELATIVE_WORDS.contains(v.lower(before)) || v.pos(before) == Upos.NOUN && !v.inQuote(before);
        return finite && hangs;
    }

    /** "said that was a natural part of the race": a "that" right before its verb is the clause's subject. */
    static boolean demonstrativeSubject(TokenView v, int i, int to) {
        // (a capitalised word the tagger made a verb is a name: "warned that Pyongyang/VERB may")
        return i + 1 < to && !v.inQuote(i + 1) && !v.token(i + 1).capitalised()
                && v.isFiniteVerb(i + 1);
    }

    /** "denied the allegations", "called for a ban": a frame whose cue's object is the report. */
    private boolean reportsObject(TokenView v, Frame f) {
        int c = f.cueStart();
        return cues.objectReport(v.lower(c))
                || f.cueEnd() == c + 2 && cues.particleObject(v.lower(c), v.lower(c + 1));
    }

    /** Tags that open a noun phrase, another item of a list ("and her own plans", "and the Senate"). */
    private static final Set<Upos> LIST_ITEM_OPENERS = EnumSet.of(Upos.DET, Upos.PRON, Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.NUM);

    /**
     * "announced his candidacy last year", "denied the allegations, which …": the noun-phrase object of
     * a verb from {@code object-report-verbs.txt}, up to a comma or a clause of time or cause; at least
     * two words, with a noun.
     */
    private Candidate objectReport(TokenView v, Frame f, int from, int to, Decision decision) {
        int end = from;
        boolean noun = false, quoted = false;
        while (end < to) {
            // "decried the GOP for “turning its back” on …", "referred to Rubio as “a leader”": a quotation inside
            // (not after "to": "called on them to “act now” and …" reports the clause)
            int past = end > from && !v.is(end - 1, "to") ? quotationEnd(v, end, to) : -1;
            if (past > 0) {
                quoted = true;
                end = past;
                // “a forceful persona,” ends the phrase, and so does a day after it ("as a “disgrace” Wednesday")
                if (v.isPunct(past - 2) && !v.isQuoteMark(past - 2) || past < to && cues.timeWord(v.lower(past))) break;
                continue;
            }
            // "criticism from Giles, Millis and Harold Doley", "his tactics, his judgment and his decency": a
            // list goes on past its commas
            if (end > from) past = listEnd(v, end, to);
            if (past > 0) {
                end = past;
                continue;
            }
            // "highlighted Trump's tax cuts ― which would go to the wealthy ― and her own plans": an aside between dashes,
            // then "and" and more of the list
            int aside = end > from && (v.pos(end - 1) == Upos.NOUN || v.pos(end - 1) == Upos.PROPN) ? FrameGrammar.dashAsideEnd(v, end) : -1;
            if (aside > 0 && aside + 2 < to && (v.is(aside + 1, "and") || v.is(aside + 1, "or")) && LIST_ITEM_OPENERS.contains(v.pos(aside + 2))) {
                end = aside + 2;
                continue;
            }
            // "urged Gov. Rick Snyder (R) to resign", "Sen. Bernie Sanders (I-VT) leading": a party label goes with the name
            past = partyLabelEnd(v, end, to);
            if (past > 0) {
                end = past;
                continue;
            }
            // "announced new measures that make it less attractive …": a relative clause after the object's noun is part of it
            if (noun && relativeAfterNoun(v, end, to)) {
                end = clauseEnd(v, end, to);
                break;
            }
            // ("Breitbart News’ editor": a possessive mark)
            if (v.isPunct(end) && !v.isJoiningHyphen(end) && !v.isPossessive(end) || clauseOfCircumstance(v, end)
                    || v.pos(end) == Upos.SCONJ && !v.is(end, "as") && !v.is(end, "for") || v.isVerb(end) && !gerundOpening(v, from, end)
                    || v.pos(end) == Upos.AUX || end > from && timePhrase(v, end)) {
                break;
            }
            noun |= v.pos(end) == Upos.NOUN || v.pos(end) == Upos.PROPN;
            end++;
        }
        // "criticized Congress and said", "endorsed Bush for president and campaigned": "and" joins the next verb
        while (end > from && v.pos(end - 1) == Upos.CCONJ) end--;
        // a clause after the phrase ("denied the allegations were true", "called on them to “act now”")
        // is the report, not the phrase
        boolean clauseGoesOn = end < to && (v.isVerb(end) || v.pos(end) == Upos.AUX || v.is(end - 1, "to") && v.isQuoteMark(end));
        // one word only when it is a name ("endorses Clinton"), never "denied it"
        boolean name = end - from == 1 && v.pos(from) == Upos.PROPN && v.nameLike(from);
        if (!noun || end - from < 2 && !name || clauseGoesOn) return null;
        return new Candidate(f, v.span(from, end), quoted ? QuoteKind.MIXED : QuoteKind.INDIRECT,
                Decision.of(decision.sieve(), decision.why() + ", its object"));
    }

    /** Words an object may take before the clause of time or cause that shows it is no report's subject. */
    private static final int MAX_BARE_OBJECT = 6;

    /**
     * "added a goal as the Bruins beat the Devils", "offered a toast while …": after the cue a noun
     * phrase, then a clause of time or cause before any verb of its own: the phrase is the verb's
     * object, no report (a report's subject is followed by its verb: "added the team would …"); so is one
     * followed by "by" and a gerund, the means ("adds a dimension by helping …").
     */
    private boolean objectThenCircumstance(TokenView v, int from, int to) {
        if (from >= to || v.inQuote(from) || !(v.pos(from) == Upos.DET || v.pos(from) == Upos.NUM)) return false;
        for (int k = from + 1; k < to && k - from <= MAX_BARE_OBJECT; k++) {
            if (v.inQuote(k) || v.isPunct(k) || v.isVerb(k) || v.pos(k) == Upos.AUX) return false;
            // ("as" only before a clause: "described the move as “a breach”")
            if (cues.circumstanceConjunction(v.lower(k)) && (v.pos(k) == Upos.SCONJ || v.pos(k) == Upos.ADP)) {
                return !v.is(k, "as") || clauseAt(v, k + 1, to);
            }
            // "adds a contextual dimension by helping …": the means, no clause of a report
            if (v.is(k, "by") && k + 1 < to && v.lower(k + 1).endsWith("ing") && !v.inQuote(k + 1)) return true;
        }
        return false;
    }

    /** "The poll indicates a tightening race as …": a frame whose subject ends in a document noun, whose object is a finding. */
    private boolean documentSubject(TokenView v, Frame f) {
        if (f.subject() == null) return false;
        for (int k = 0; k < f.cueStart(); k++) {
            if (v.token(k).end() == f.subject().end()) return cues.documentNoun(v.lower(k));
        }
        return false;
    }

    /** "that"/"which"/"who" right after a noun, its verb next: a relative clause describing the noun. */
    private static boolean relativeAfterNoun(TokenView v, int k, int to) {
        boolean relative = (v.is(k, "that") || v.is(k, "which") || v.is(k, "who")) && !v.inQuote(k);
        return relative && k > 0 && (v.pos(k - 1) == Upos.NOUN || v.pos(k - 1) == Upos.PROPN) && k + 1 < to
                && (v.isVerb(k + 1) || v.pos(k + 1) == Upos.AUX) && !v.inQuote(k + 1);
    }

    /** Where the clause from word k ends: the next comma or semicolon outside quotations, else {@code to}. */
    private static int clauseEnd(TokenView v, int k, int to) {
        int stop = firstStop(v, k, to, true);
        if (stop < to) return stop;
        int end = to;
        while (end > k && v.isPunct(end - 1) && !v.isQuoteMark(end - 1)) end--; // not the sentence's full stop
        return end;
    }

    /** The index after a quotation that opens at word k (before {@code to}), or -1. */
    private static int quotationEnd(TokenView v, int k, int to) {
        if (!v.isQuoteMark(k) || k + 1 >= to || !v.inQuote(k + 1) || v.isQuoteMark(k + 1)) return -1;
        int m = k + 1;
        while (m < to && !v.isQuoteMark(m)) {
            if (!v.inQuote(m)) return -1;
            m++;
        }
        return m < to ? m + 1 : -1;
    }

    /**
     * The index after ", Millis and Harold Doley" or ", his judgment, and his decency": noun phrases of
     * a few words each after commas, the last after "and" or "or"; -1 when word k opens no such list.
     */
    private static int listEnd(TokenView v, int k, int to) {
        int m = k;
        while (m + 1 < to && v.is(m, ",")) {
            m++;
            boolean last = v.is(m, "and") || v.is(m, "or");
            if (last) m++;
            int first = m;
            while (m < to && m - first < MAX_LISTED && v.nounPhrasePart(m)) m++;
            if (m == first) return -1;
            if (last) return listClosed(v, m, to);
        }
        if (m > k && m + 1 < to && (v.is(m, "and") || v.is(m, "or")) && v.nounPhrasePart(m + 1)) {
            int first = ++m;
            while (m < to && m - first < MAX_LISTED && v.nounPhrasePart(m)) m++;
            return listClosed(v, m, to);
        }
        return -1;
    }

    /** The index after a party label in parentheses opening at word k ("( R )", "( I-VT )"), else -1. */
    static int partyLabelEnd(TokenView v, int k, int to) {
        if (!v.is(k, "(") || k == 0 || !v.nameLike(k - 1) || k + 2 >= to || v.inQuote(k)) return -1;
        StringBuilder label = new StringBuilder();
        int m = k + 1;
        while (m < to && m - k <= 4 && !v.is(m, ")")) label.append(v.token(m++).text());
        String l = label.toString();
        return m < to && v.is(m, ")") && (PartyLabel.is(l) || l.equals("D") || l.equals("R") || l.equals("I")) ? m + 1 : -1;
    }

    /** Words of one listed phrase ("his decency", "Harold Doley", "Breitbart News’"). */
    private static final int MAX_LISTED = 5;

    /**
     * The list's end at m, where its last phrase ends: the sentence's end, punctuation or a preposition;
     * not a verb (", and Cole left": the last phrase was a clause's subject) nor more words of a phrase.
     */
    private static int listClosed(TokenView v, int m, int to) {
        return m >= to || v.isPunct(m) || v.pos(m) == Upos.ADP ? m : -1;
    }

    /** "calls for bringing back surveillance": a gerund may open the object. */
    private static boolean gerundOpening(TokenView v, int from, int k) {
        return k == from && v.pos(k) == Upos.VERB && v.lower(k).endsWith("ing") && !v.inQuote(k);
    }

    /**
     * "when he left", "as Trump spoke": a conjunction of time or cause opening a clause. "As" before
     * a noun phrase is a preposition of the object ("attacked her opponent as a fraud").
     */
    private boolean clauseOfCircumstance(TokenView v, int k) {
        if (!cues.circumstanceConjunction(v.lower(k)) || v.inQuote(k)) return false;
        if (!v.is(k, "as")) return true;
        return k + 1 < v.size() && (v.pos(k + 1) == Upos.PRON || v.nameLike(k + 1) && k + 2 < v.size() && v.isVerb(k + 2));
    }

    /** "during the debate", "on Monday", "in 2008": a phrase of time after the object, no part of what was said. */
    private boolean timePhrase(TokenView v, int k) {
        if (v.inQuote(k)) return false;
        // "endorsed Trump last week"
        if (cues.timeDeterminer(v.lower(k)) && k + 1 < v.size() && cues.timeWord(v.lower(k + 1))) return true;
        if (v.pos(k) != Upos.ADP) return false;
        if (v.is(k, "during")) return true;
        int n = k + 1;
        if (n < v.size() && v.pos(n) == Upos.DET) n++;
        if (n < v.size() && v.pos(n) == Upos.ADJ && !v.inQuote(n)) n++; // "in early June"
        return n < v.size() && cues.circumstance(v.lower(k)) && (cues.timeWord(v.lower(n)) || FrameGrammar.YEAR.matcher(v.token(n).text()).matches());
    }

    private static boolean hasNoun(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) if (v.pos(i) == Upos.NOUN || v.pos(i) == Upos.PROPN || v.nameLike(i)) return true;
        return false;
    }

    /** A verb, or a "not" that "but" answers ("Not one, but two candidates"), in [from, to). */
    private static boolean hasVerbOrNot(TokenView v, int from, int to) {
        return hasVerbOrNot(v, from, to, false);
    }

    /** As above; {@code gerundsAreNouns}: a gerund after a preposition names an act, no verb of a clause ("for pursuing charges"). */
    private static boolean hasVerbOrNot(TokenView v, int from, int to, boolean gerundsAreNouns) {
        for (int i = from; i < to; i++) {
            boolean gerund = gerundsAreNouns && i > from && v.pos(i - 1) == Upos.ADP && v.lower(i).endsWith("ing");
            if (v.isVerb(i) && !gerund || v.is(i, "not")) return true;
        }
        return false;
    }

    /**
     * "but stopped short of", "but also used them", ", but critics point to": "but" before a verb
     * (the frame's subject does something more) or before a subject and its verb (the writer's
     * counterpoint) ends the report.
     */
    private static boolean contrast(TokenView v, int k) {
        if (!v.is(k, "but") || v.inQuote(k) || k + 1 >= v.size()) return false;
        int n = k + 1;
        while (n < v.size() && v.pos(n) == Upos.ADV) n++; // "but also", "but later"
        return n < v.size() && v.isFiniteVerb(n) || clauseAt(v, k + 1, v.size());
    }

    /**
     * A verb that is no infinitive starts at word k, past adverbs: a modal or inflected auxiliary ("is",
     * "would"), or a verb ending in "-ed" or "-s" ("watched", "says"); not "answer" of "to comment and answer".
     */
    private static boolean inflectedVerbAt(TokenView v, int k) {
        while (k < v.size() && v.pos(k) == Upos.ADV) k++;
        if (k >= v.size() || v.inQuote(k)) return false;
        String w = v.lower(k);
        if (v.pos(k) == Upos.AUX) return !BASE_AUXILIARIES.contains(w);
        // (not a participle before its noun: "the undivided and recognized capital")
        boolean beforeNoun = k + 1 < v.size() && (v.pos(k + 1) == Upos.NOUN || v.pos(k + 1) == Upos.PROPN || v.pos(k + 1) == Upos.ADJ);
        return v.pos(k) == Upos.VERB && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")) && !beforeNoun;
    }

    /** Auxiliaries that carry no tense ("be", "have"): no finite verb of a clause. */
    static final Set<String> BASE_AUXILIARIES = Set.of("be", "been", "being", "have", "having", "do", "to");

    private static final int MAX_CLAUSE_SUBJECT = 6;

    /**
     * A clause starts at word k, before {@code to}: a pronoun, or a short noun phrase ending in a noun,
     * then (past adverbs) a finite verb ("he appears", "critics point", "the city council voted").
     */
    static boolean clauseAt(TokenView v, int k, int to) {
        int n = k;
        if (n < to && v.pos(n) == Upos.PRON && !v.isPossessivePronoun(n)) {
            n++;
        } else {
            while (n < to && n - k < MAX_CLAUSE_SUBJECT && !v.inQuote(n) && v.nounPhrasePart(n)) n++;
            if (n == k || !(v.pos(n - 1) == Upos.NOUN || v.pos(n - 1) == Upos.PROPN || v.pos(n - 1) == Upos.PRON)) return false;
        }
        int label = partyLabelEnd(v, n, to); // "Bill Schuette (R) asked"
        if (label > 0) n = label;
        while (n < to && v.pos(n) == Upos.ADV) n++;
        return n < to && v.isFiniteVerb(n);
    }

    /**
     * ", and Emanuel released the video", ", but he railed against ...", ", and she intends to …": after
     * a comma, "and" or "but" with a name or "he"/"she" and a finite verb starts the writer's account
     * of what happened next, not more of the report; so does any clause with a subject of its own (", and
     * the market did nothing", ", but they go along") and "and" with a perfect that has no subject
     * (", and has championed …").
     */
    private static boolean narratorEvent(TokenView v, int k) {
        if (k + 2 >= v.size() || !(v.is(k, "and") || v.is(k, "but")) || v.inQuote(k)) return false;
        // (", and has championed an agenda": a perfect with no subject goes on with the frame's own)
        boolean perfect = v.is(k, "and") && (v.is(k + 1, "has") || v.is(k + 1, "have")) && v.pos(k + 2) == Upos.VERB && !v.inQuote(k + 1);
        return perfect || clauseAt(v, k + 1, v.size());
    }

    /**
     * "Murphy lamented the churn: “There's a ton of it,” he said.": when the words before a cue end
     * in a quotation opened after a colon, the quotation alone is the report. Returns the new start.
     */
    /** How many tokens a dateline may take before its dash ("HEMPSTEAD , N.Y. (AP) ―"). */
    private static final int DATELINE_TOKENS = 8;

    /**
     * "WASHINGTON ― Donald Trump's obsession is an insult, lawmakers said": a dateline opening the
     * paragraph (capital letters, then a dash) is no part of what was said.
     */
    private static int afterDateline(TokenView v, int from, int to) {
        if (from != 0 || !opensParagraph(v)) return from;
        int place = afterPlaceDateline(v, from, to);
        if (place > from) return place;
        boolean capitals = false;
        for (int i = from; i < to && i < from + DATELINE_TOKENS; i++) {
            String t = v.token(i).text();
            if (v.isDash(i)) return capitals && i + 1 < to ? i + 1 : from;
            if (v.inQuote(i)) return from;
            boolean upper = t.chars().anyMatch(Character::isLetter) && t.chars().noneMatch(Character::isLowerCase);
            capitals |= upper && t.length() > 2;
            // after the city: its region, country or agency ("N.Y.", "Calif.", "United Arab Emirates", "(AP)") and commas
            if (!upper && !v.isPunct(i) && !(capitals && Character.isUpperCase(t.charAt(0)))) return from;
        }
        return from;
    }

    /**
     * "New York, NY – The range of …", "San Diego, Calif. — …": a place in title case, a comma and its region's
     * abbreviation (capitals, or a word ending in a full stop) right before a dash; the word after the dash, else {@code from}.
     */
    private static int afterPlaceDateline(TokenView v, int from, int to) {
        boolean comma = false;
        for (int i = from; i < to && i < from + DATELINE_TOKENS; i++) {
            if (v.inQuote(i)) return from;
            String t = v.token(i).text();
            if (v.isDash(i)) {
                String region = i - 1 > from ? v.token(i - 1).text() : "";
                boolean abbreviation = region.length() >= 2 && region.chars().noneMatch(Character::isLowerCase)
                        || region.endsWith(".") && Character.isUpperCase(region.charAt(0));
                return comma && abbreviation && v.is(i - 2, ",") && i + 1 < to ? i + 1 : from;
            }
            if (v.is(i, ",")) comma = true;
            else if (!Character.isUpperCase(t.codePointAt(0))) return from;
        }
        return from;
    }

    private static boolean opensParagraph(TokenView v) {
        int at = v.token(0).start();
        String text = v.text();
        while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) at--;
        return at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r';
    }

    private static int quotationAfterColon(TokenView v, int from, int to) {
        int close = to - 1;
        if (close <= from || !v.isQuoteMark(close)) return from;
        int open = close - 1;
        while (open > from && !v.isQuoteMark(open)) open--;
        return open > from && v.is(open - 1, ":") ? open : from;
    }

    /**
     * "think the economy is improving, while a third believe …": a subordinator after a comma that ends the words,
     * where the sentence goes on with another frame, opens the writer's clause, not the report's.
     */
    private static boolean danglingSubordinator(TokenView v, int from, int to) {
        int i = to - 1;
        return i > from + 1 && v.pos(i) == Upos.SCONJ && !v.inQuote(i) && v.is(i - 1, ",") && to < v.size() && !v.isPunct(to);
    }

    private static boolean isTrimmable(TokenView v, int i) {
        return v.isPunct(i) && !v.isQuoteMark(i) || v.pos(i) == Upos.CCONJ && !v.inQuote(i);
    }

    private static Span extendOverQuotes(Span content, TokenView v) {
        int start = content.start(), end = content.end();
        for (Span q : v.quotationsOverlapping(content)) {
            if (q.start() < start && start < q.end()) start = q.start();
            if (q.start() < end && end < q.end()) end = q.end();
        }
        return new Span(start, end);
    }

    /**
     * "said: “We are ready,” then left the room": content that opens with a whole quotation ending in
     * a comma or stop, followed by the writer's narration ("then", "and", "before", a verb with no
     * subject), ends at the closing mark. Returns the new end.
     */
    private static int quotationThenNarration(TokenView v, int from, int to) {
        if (from >= to || !v.isQuoteMark(from) || !v.inQuote(from)) return to;
        int close = from + 1;
        while (close < to && !(v.isQuoteMark(close) && v.inQuote(close) && (close + 1 >= v.size() || !v.inQuote(close + 1)))) close++;
        if (close + 1 >= to || close - 1 <= from) return to;
        String last = v.lower(close - 1);
        boolean ends = last.equals(",") || last.equals(".") || last.equals("!") || last.equals("?");
        int next = close + 1;
        // (or a preposition's phrase: "yelled “You lie!” at the president")
        boolean narration = NARRATION.contains(v.lower(next)) || v.pos(next) == Upos.VERB && !v.lower(next).endsWith("ing")
                || v.pos(next) == Upos.ADP;
        return ends && narration ? close + 1 : to;
    }

    /**
     * "called the KKK “abhorrent” in a tweet Sunday", "called immigrants “rapists” (although …", "called
     * his opponent “Senator Cruz” and made no mention of …": after a verb of naming's quoted name, a phrase
     * of time, place or vehicle, a parenthesis or dash, or a second verb of the subject is the writer's.
     * What explains the name goes on with it ("“a paperwork error” that was reported …", "“fools” who …").
     */
    private int nameThenNarration(TokenView v, int from, int to) {
        int open = from;
        while (open < to && !(v.isQuoteMark(open) && open + 1 < to && v.inQuote(open + 1))) open++;
        while (open < to) {
            int close = open + 1;
            while (close < to && !(v.isQuoteMark(close) && (close + 1 >= v.size() || !v.inQuote(close + 1)))) close++;
            int next = close + 1;
            if (next + 1 >= to) return to;
            boolean joined = v.pos(next) == Upos.CCONJ;
            if (joined && v.isVerb(next + 1) || v.is(next, "(") || v.isDash(next) || timePhrase(v, next) || occasion(v, next, to)) {
                return next;
            }
            // ("as a “caricature …” and “stupendously un-conservative”": a second name goes on)
            int another = joined && (v.is(next + 1, "a") || v.is(next + 1, "an")) ? next + 2 : next + 1;
            if (!joined || another + 1 >= to || !v.isQuoteMark(another) || !v.inQuote(another + 1)) return to;
            open = another;
        }
        return to;
    }

    /** Words a preposition's phrase of occasion may take before its time or vehicle noun ("in his 1969 book"). */
    private static final int MAX_OCCASION = 5;

    /**
     * "Sunday", "in a tweet Sunday", "on his radio show", "over the weekend": a word of time, or a
     * preposition of circumstance whose phrase names a time or what carried the words (not "in global
     * efforts to …", which goes on with what was said).
     */
    private boolean occasion(TokenView v, int k, int to) {
        if (v.inQuote(k) || !cues.circumstance(v.lower(k))) return false;
        if (v.pos(k) != Upos.ADP) return true;
        for (int m = k + 1; m < to && m - k <= MAX_OCCASION && !v.inQuote(m) && !v.isPunct(m); m++) {
            if (cues.timeWord(v.lower(m)) || cues.speechVehicle(v.lower(m))) return true;
        }
        return false;
    }

    private static final Set<String> NARRATION = Set.of("then", "and", "before", "as", "while", "but", "after", "when");

    /**
     * Direct when one quotation holds all the content's words, mixed when some, else indirect; null:
     * not speech. {@code quotes} are the quotations that overlap the content.
     */
    private QuoteKind kindOf(Span content, List<Span> quotes, TokenView v, int from, int to, boolean needsClause, boolean naming,
            boolean afterCue, boolean frameEndsSentence) {
        int words = 0, quotedWords = 0;
        // "promised to find a buyer", "declined to directly respond", "declined to comment" (two words are enough)
        int infinitive = from + 1 < to && v.pos(from + 1) == Upos.ADV ? from + 2 : from + 1;
        boolean toClause = v.is(from, "to") && infinitive < to && v.isVerb(infinitive);
        boolean clause = toClause;
        boolean subject = false, elliptic = false;
        for (int i = from; i < to; i++) {
            if (v.isPunct(i)) continue;
            words++;
            if (v.inQuote(i)) quotedWords++;
            // a clause: a verb after a word that can be its subject ("the plant will close")
            if (v.isVerb(i) && subject) clause = true;
            // "Flake said he would.", "said it was not": a subject and its auxiliary stand for the clause
            if (v.pos(i) == Upos.AUX && subject && words == 2 && onlyNegation(v, i + 1, to)) clause = elliptic = true;
            Upos p = v.pos(i);
            subject |= p == Upos.NOUN || p == Upos.PROPN || p == Upos.PRON || p == Upos.NUM || v.nameLike(i)
                    || v.is(i, "there") // "say there may be a second round"
                    || !v.inQuote(i) && cues.quantityPronoun(v.lower(i)) // "says too much is made of it"
                    || i == from && v.is(i, "that") && demonstrativeSubject(v, i, to) // "said that was natural"
                    || i == from && v.isVerb(i) && v.lower(i).endsWith("ing") && !v.inQuote(i); // "said bullying doesn't just happen"
        }
        Span q = covering(content, quotes);
        if (q != null && content.start() >= q.start() && content.end() <= q.end() + 1) return QuoteKind.DIRECT;
        if (quotedWords == words && words > 0 && q != null) return QuoteKind.DIRECT;
        if (quotedWords > 0 || overlapsAny(content, quotes)) return words >= 2 ? QuoteKind.MIXED : null;
        if (cues.ellipticReply(v, from) > 0) return QuoteKind.INDIRECT; // "said no", "said the same of Sanders"
        // ("called him divisive": an object and the word it was called are two words enough; so are a subject
        // and its finite verb after the cue: "said Clinton won.", not a frame "Carson added" nor a clause of time
        // left after its conjunction: "as Garner said before he died")
        int last = lastWord(v, from, to);
        boolean afterConjunction = from > 0 && (v.pos(from - 1) == Upos.SCONJ || v.pos(from - 1) == Upos.ADP) && !v.is(from - 1, "that");
        // (before a frame that ends the sentence, after its comma, a subject and its verb are the clause reported, a
        // speech verb too: "Pelosi objected, an aide said")
        boolean subjectAndVerb = words == 2 && clause && v.isFiniteVerb(last) && !afterConjunction
                && (afterCue ? !cues.isSpeechVerb(v.lower(last)) : frameEndsSentence && to < v.size() && v.is(to, ","));
        return (words >= 3 || (toClause || naming || elliptic || subjectAndVerb) && words == 2) && (clause || !needsClause)
                ? QuoteKind.INDIRECT : null;
    }

    /**
     * A frame reporting what comes before it that ends its sentence: no verb nor comma after it but in
     * quotations ("…, an aide said on Tuesday."; not "G4S receives, according to one report, $234 million …").
     */
    static boolean endsSentence(TokenView v, Frame f) {
        if (f.direction() != Frame.Direction.BEFORE || f.resume() >= 0) return false;
        for (int i = f.end(); i < v.size(); i++) {
            if (!v.inQuote(i) && (v.isVerb(i) || v.pos(i) == Upos.AUX || v.is(i, ","))) return false;
        }
        return true;
    }

    /** The last word in [from, to) that is no punctuation mark. */
    private static int lastWord(TokenView v, int from, int to) {
        int i = to - 1;
        while (i > from && v.isPunct(i)) i--;
        return i;
    }

    /** Nothing but punctuation and "not" in [from, to). */
    private static boolean onlyNegation(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) if (!v.isPunct(i) && !v.is(i, "not") && !v.is(i, "n’t") && !v.is(i, "n't")) return false;
        return true;
    }

    static Span covering(Span content, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.overlaps(content) && q.start() <= content.start() + 1 && q.end() >= content.end() - 1) return q;
        }
        return null;
    }

    private static boolean overlapsAny(Span s, List<Span> quotes) {
        for (Span q : quotes) if (q.overlaps(s)) return true;
        return false;
    }
}
