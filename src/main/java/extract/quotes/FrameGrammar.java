package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.Set;

/**
 * The clause grammar the frame sieves share: what may stand between a subject and its cue, where a
 * cue's content lies (its complement), passives, parentheticals and appositives. Immutable.
 */
final class FrameGrammar {
    private static final Set<String> FRACTIONS = Set.of("third", "quarter", "fifth", "dozen", "half");
    private final CueLexicon lexicon;
    private final SourcePhrases phrases;

    FrameGrammar(CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new SourcePhrases(lexicon);
    }

    CueLexicon lexicon() {
        return lexicon;
    }

    SourcePhrases phrases() {
        return phrases;
    }

    /**
     * The word before the cue's subject: back from the cue past "has", "also", "strongly", and past an
     * adverb set off by commas ("Ortiz, however, said", "the senator, for his part, has said").
     */
    int subjectEnd(TokenView v, int cue) {
        int j = cue - 1;
        // ("Trump was quoted as saying": the subject of the passive "quoted" is the speaker)
        if (j >= 1 && v.is(j, "as") && v.is(j - 1, "quoted") && !v.inQuote(j - 1)) j -= 2;
        while (j >= 0 && !v.inQuote(j) && isBetween(v, j)) j--;
        int aside = parentheticalAdverbStart(v, j);
        if (aside > 0) {
            j = aside - 1;
            while (j >= 0 && !v.inQuote(j) && isBetween(v, j)) j--;
        }
        // ("The company on Monday in a statement said", "… in a statement on Monday said"; a participle
        // qualifies the phrase before it: "during a speech attacking")
        boolean participle = v.lower(cue).endsWith("ing");
        for (int round = 0; round < 2; round++) {
            int time = timeBetweenStart(v, j);
            if (time > 0) {
                j = time - 1;
                while (j >= 0 && !v.inQuote(j) && isBetween(v, j)) j--;
            }
            int vehicle = participle ? -1 : vehicleBetweenStart(v, j);
            if (vehicle > 0) {
                j = vehicle - 1;
                while (j >= 0 && !v.inQuote(j) && isBetween(v, j)) j--;
            }
        }
        int phrase = phraseAfterAuxiliaryStart(v, j);
        if (phrase > 0) {
            j = phrase - 1;
            while (j >= 0 && !v.inQuote(j) && isBetween(v, j)) j--;
        }
        return j;
    }

    /** The most words of a prepositional phrase between an auxiliary and its verb ("have in the past said"). */
    private static final int PHRASE_AFTER_AUXILIARY = 4;

    /**
     * "allies have in the past said", "officials have for years said", "aides have, at times, said": when
     * words [.., j] end in a short prepositional phrase (perhaps set off by commas) right after an
     * auxiliary, the index where the phrase (or its comma) starts, else -1.
     */
    private static int phraseAfterAuxiliaryStart(TokenView v, int j) {
        if (j < 2 || v.inQuote(j)) return -1;
        boolean commas = v.is(j, ",");
        int end = commas ? j - 1 : j;
        for (int s = end; s >= 1 && end - s < PHRASE_AFTER_AUXILIARY; s--) {
            if (v.isPunct(s) || v.isVerb(s) || v.pos(s) == Upos.AUX || v.inQuote(s)) return -1;
            if (v.pos(s) != Upos.ADP || v.is(s, "that") || s == end) continue;
            int start = commas ? s - 1 : s;
            if (commas && !v.is(start, ",")) return -1;
            // (the tagger reads "have" before the phrase as a verb of its own: "Officials have/VERB , in the past ,")
            boolean auxiliary = start >= 1 && (v.pos(start - 1) == Upos.AUX || HAVE.contains(v.lower(start - 1)));
            return auxiliary && !v.inQuote(start - 1) ? start : -1;
        }
        return -1;
    }

    private static final Set<String> HAVE = Set.of("has", "have", "had");

    /**
     * "The ministry on Friday said", "The agency yesterday confirmed", "A senior aide Tuesday outlined",
     * "who in 2010 said": when words [.., j] end in a day or time word (perhaps with a part of the day after
     * it: "Sunday night"), with "on", "last", "this" or "early" before it, or in "in" and a year, the index
     * where that time phrase starts, else -1. It must follow a word of the subject.
     */
    private int timeBetweenStart(TokenView v, int j) {
        if (j < 1 || v.inQuote(j)) return -1;
        int start;
        // ("Broaddrick Sunday night recounted": a part of the day after its day)
        if (lexicon.timeWord(v.lower(j)) && !lexicon.dayWord(v.lower(j)) && lexicon.dayWord(v.lower(j - 1)) && !v.inQuote(j - 1)) j--;
        if (lexicon.dayWord(v.lower(j))) {
            start = j;
            if (v.is(j - 1, "on") || v.is(j - 1, "last") || v.is(j - 1, "this") || v.is(j - 1, "early") || v.is(j - 1, "late")) {
                start = j - 1;
            }
        } else if (v.is(j - 1, "in") && YEAR.matcher(v.token(j).text()).matches()) {
            start = j - 1; // "McConnell, who in 2010 said"
        } else {
            return -1;
        }
        boolean relative = v.is(start - 1, "who") || v.is(start - 1, "which");
        // ("Dianne Feinstein (D-Calif.) last week said": a party label closes the subject)
        boolean label = start > 0 && v.is(start - 1, ")") && !v.inQuote(start - 1);
        return start > 0 && (v.nounPhrasePart(start - 1) || relative || label) && !v.isPossessive(start - 1) ? start : -1;
    }

    /** The most words of a phrase of medium or occasion between a subject and its verb ("at a news conference"). */
    private static final int VEHICLE_PHRASE = 5;
    private static final Set<String> VEHICLE_PREPOSITIONS = Set.of("in", "on", "at", "during", "via", "through", "over");

    /**
     * "The company in a statement said", "The group at a news conference said", "the report for the first
     * time cited": when words [.., j] end in a prepositional phrase headed by a noun that carries or frames
     * statements ({@code speech-vehicles.txt}, the occasions of {@code occasions.tsv}), or in "for the first
     * time", the index where the phrase starts, else -1. It opens with "a" or a possessive and follows a
     * word of the subject; with "the" it is the subject's own ("The woman on the tape said").
     */
    private int vehicleBetweenStart(TokenView v, int j) {
        if (j < 2 || v.inQuote(j)) return -1;
        String head = v.lower(j);
        boolean time = head.equals("time") && j >= 4 && v.is(j - 3, "for") && v.is(j - 2, "the") && v.pos(j - 1) == Upos.ADJ;
        if (!time && !lexicon.speechVehicle(head) && !lexicon.occasionNoun(head)) return -1;
        for (int s = j - 1; s >= 1 && j - s < VEHICLE_PHRASE; s--) {
            if (v.inQuote(s) || v.isPunct(s) || v.isVerb(s) || v.pos(s) == Upos.AUX) return -1;
            if (v.pos(s) != Upos.ADP) continue;
            if (!(time ? v.is(s, "for") : VEHICLE_PREPOSITIONS.contains(v.lower(s)))) return -1;
            // ("a narrator in the Clinton ad said", "liars at the Washington Post": "the" or a name makes it the
            // subject's own modifier; "a" or "his" brings in the occasion)
            boolean occasion = time || v.is(s + 1, "a") || v.is(s + 1, "an") || v.isPossessivePronoun(s + 1);
            if (!occasion || v.nameLike(j)) return -1;
            boolean relative = v.is(s - 1, "who") || v.is(s - 1, "which");
            return (v.nounPhrasePart(s - 1) || relative) && !v.isPossessive(s - 1) && !v.inQuote(s - 1) ? s : -1;
        }
        return -1;
    }

    /** A year written out ("2010"). */
    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    /** Word j, the one before a cue's subject, is a comma or a quotation mark ("…,” said Smith"). */
    static boolean afterComma(TokenView v, int j) {
        return j >= 0 && (v.is(j, ",") || v.isQuoteMark(j));
    }

    /**
     * When words [.., j] end in ", however," or ", for his part,": the index of the comma that opens
     * the aside, else -1. The aside is one to three words, an adverb or a phrase from {@code parenthetical-asides.txt}.
     */
    private int parentheticalAdverbStart(TokenView v, int j) {
        if (j < 2 || !v.is(j, ",") || v.inQuote(j)) return -1;
        int open = j - 1;
        while (open >= 0 && j - open <= 4 && !v.is(open, ",")) open--;
        if (open < 1 || !v.is(open, ",") || j - open < 2) return -1;
        return lexicon.aside(v, open + 1, j) ? open : -1;
    }

    /** The most tokens of an aside between dashes (it has no quotation mark). */
    private static final int DASH_ASIDE_TOKENS = 12;

    /** The closing dash of an aside opened by a dash at k and followed by more words ("— on Twitter —"), or -1. */
    static int dashAsideEnd(TokenView v, int k) {
        if (k >= v.size() || !v.isDash(k) || v.inQuote(k)) return -1;
        for (int m = k + 1; m < v.size() && m - k <= DASH_ASIDE_TOKENS + 1; m++) {
            if (v.isQuoteMark(m) || v.inQuote(m)) return -1;
            if (v.isDash(m)) return m > k + 1 && m + 1 < v.size() && !v.isPunct(m + 1) ? m : -1;
        }
        return -1;
    }

    /** How many words may stand between a verb and the colon before its quotation ("gave it a whirl on CNN on Tuesday:"). */
    private static final int MAX_BEFORE_COLON = 12;

    /**
     * "fired back: “…”", "struck a defiant tone on Friday: “…”": the colon that ends the verb's short
     * phrase right before a quotation, or -1. No verb or other punctuation may stand between.
     */
    static int colonBeforeQuotation(TokenView v, int i) {
        for (int k = i + 1; k < v.size() && k - i <= MAX_BEFORE_COLON && !v.inQuote(k); k++) {
            if (v.is(k, ":")) return k + 2 < v.size() && v.isQuoteMark(k + 1) && v.inQuote(k + 2) ? k : -1;
            if (v.isPunct(k) || v.isVerb(k) || v.pos(k) == Upos.AUX) return -1;
        }
        return -1;
    }

    /**
     * Where the words go on after an appositive or a relative clause between commas at word e (", a former Fed
     * economist,", ", who is fourth in the count,"): the word after its closing comma; e itself when none starts there.
     */
    private static int afterAppositive(TokenView v, int e) {
        // (a noun phrase a determiner opens, or a relative clause: not "…, saying that …", "…, according to Reuters,")
        boolean opens = e + 1 < v.size() && (v.pos(e + 1) == Upos.DET || v.isPossessivePronoun(e + 1) || v.isRelativePronoun(e + 1));
        if (!opens || !v.is(e, ",") || v.inQuote(e) || v.inQuote(e + 1)) return e;
        for (int m = e + 2; m + 1 < v.size() && m - e <= SourcePhrases.MAX_APPOSITIVE; m++) {
            if (v.inQuote(m)) return e;
            if (v.is(m, ",")) return SourcePhrases.isAppositive(v, e + 1, m) ? m + 1 : e;
        }
        return e;
    }

    Complement complement(TokenView v, int i) {
        int n = v.size();
        int colon = colonBeforeQuotation(v, i);
        if (colon > 0) return new Complement(true, colon + 1);
        int k = i + 1;
        if (k + 1 < n && lexicon.particleObject(v.lower(i), v.lower(k))) return new Complement(true, k + 1); // "called for a ban"
        int particle = lexicon.particleAfter(v, i);
        if (particle > 0) k += particle; // "pointed out", "as she put it,", "made it clear"
        else if (k < n && v.lower(k).equals("out")) k++; // "spelled out"
        if (lexicon.takesHearer(v.lower(i)) && k < n && !v.is(k, "that") && !v.isPunct(k)) {
            WordRange hearer = v.pos(k) == Upos.PRON && !v.isPossessivePronoun(k) ? new WordRange(k, k + 1) // "told me"
                    : phrases.rightNounPhrase(v, k); // "told his supporters"
            // ("urged Gov. Rick Snyder (R) to resign": the party label goes with the name)
            int label = hearer == null ? -1 : ContentShaper.partyLabelEnd(v, hearer.end(), n);
            if (label > 0) hearer = new WordRange(hearer.start(), label);
            // "told his parishioners to consider voting for him": an order's addressee is part of what was said
            // (past an appositive on the addressee: "asked Kasich, who is fourth in the count, to lay out his path")
            int order = hearer == null ? -1 : afterAppositive(v, hearer.end());
            if (hearer != null && v.is(order, "to") && !v.inQuote(k)) {
                int verb = order + 1;
                while (verb < n && v.pos(verb) == Upos.ADV) verb++; // "to also consider"
                if (verb < n && v.isVerb(verb)) return new Complement(true, k);
            }
            // ("promised her entire program would be paid": a phrase before its verb is the report's subject, no hearer)
            boolean subject = hearer != null && hearer.end() < n && v.isFiniteVerb(hearer.end()) && !v.inQuote(hearer.end());
            // ("asked Claudia Sahm, a former Fed economist, what comes next": the hearer's appositive is no report)
            if (hearer != null && !subject) k = pastRegion(v, order);
        }
        // "said sarcastically." (but "would say so.": the reply)
        if (k < n && v.pos(k) == Upos.ADV && (k + 1 >= n || v.isPunct(k + 1)) && !v.inQuote(k) && lexicon.ellipticReply(v, k) == 0) k++;
        // "said quietly as the crowd cheered", "said matter-of-factly as confetti fell": the manner, then a clause of circumstance
        int manner = mannerAdverbEnd(v, k, n);
        if (manner > k && manner < n && lexicon.circumstanceConjunction(v.lower(manner)) && !v.inQuote(manner)) k = manner;
        int phraseOpener = -1; // the first word of the phrases of circumstance passed
        // "said Friday's sell-off was overdone": a possessive time word opens the report, not a phrase of time;
        // "this" or "last" is one only before a time word ("said this week", not "said this is", "thought this term would")
        for (int pp = 0; pp < 2 && k < n && lexicon.circumstance(v.lower(k)) && !v.inQuote(k) && !v.isPossessive(k + 1)
                && !(k + 1 < n && v.isFiniteVerb(k + 1) && !v.inQuote(k + 1)) && !approximateQuantity(v, k)
                && !(v.pos(k) == Upos.DET && !(k + 1 < n && lexicon.timeWord(v.lower(k + 1)))); pp++) {
            int m = circumstanceEnd(v, k);
            if (m < 0) break;
            if (phraseOpener < 0) phraseOpener = k;
            k = pastRegion(v, m);
        }
        // "said — on Twitter, as it happens — that …": an aside between dashes stands before the report
        int aside = dashAsideEnd(v, k);
        if (aside > 0) k = aside + 1;
        int circumstanceEnd = k;
        // "spoke at the rally and said …": a verb joined by "and" or "but" after the phrase is the subject's next act
        if (k > i + 2 && k < n && v.isVerb(k) && v.pos(k - 1) == Upos.CCONJ && !v.inQuote(k) && !v.inQuote(k - 1)) {
            return new Complement(false, k - 1);
        }
        while (k < n && v.isPunct(k) && !v.isQuoteMark(k) && !v.is(k, ",") && !v.is(k, ":")) k++;
        if (k >= n) return new Complement(false, circumstanceEnd);
        if (v.is(k, ",")) {
            if (k + 1 < n && v.isQuoteMark(k + 1)) return new Complement(true, k + 1);
            boolean more = false;
            for (int m = k + 1; m < n && !more; m++) more = !v.isPunct(m);
            // "…, top lawmakers said Friday, as they bristled at …": the report does not resume there; nor at a relative
            // clause on the hearer ("urged a return of Boris Johnson, who resigned in July")
            return new Complement(false, circumstanceEnd, more && !asTheySaid(v, k + 1) && !v.isRelativePronoun(k + 1) ? k + 1 : -1);
        }
        if (v.is(k, ":")) return new Complement(true, k + 1);
        // "said that was natural": a "that" before its verb is the report's subject, not its conjunction;
        // after a verb of naming it is its object or the object's determiner ("called that report a “lie”")
        if (v.is(k, "that")) {
            // "said in a documentary that showed off …", "in an interview that aired Sunday that he …": after a
            // phrase of circumstance "that" and an inflected verb open a relative clause on the phrase's noun; a
            // second "that" opens the report (not after "about": "spoke about rights that had been denied" is the
            // topic; nor "said this year that cutbacks/VERB in the … sectors could lead": a later verb makes the word a subject)
            int clauseEnd = k + 1;
            while (clauseEnd < n && !v.isPunct(clauseEnd) && !v.inQuote(clauseEnd) && !v.is(clauseEnd, "that")) clauseEnd++;
            if (phraseOpener >= 0 && !topicIn(v, phraseOpener, k) && k == circumstanceEnd
                    && (v.pos(k - 1) == Upos.NOUN || v.pos(k - 1) == Upos.PROPN) && inflectedVerb(v, k + 1)
                    && !finiteVerbAfterGroup(v, k + 1, clauseEnd)) {
                if (clauseEnd < n && v.is(clauseEnd, "that")) return new Complement(true, clauseEnd + 1);
                return new Complement(false, clauseEnd);
            }
            // ("said that cuts/VERB in steel could cost jobs": an "-s" word with a verb after it is the subject's plural noun)
            boolean plural = k + 1 < n && v.lower(k + 1).endsWith("s") && v.pos(k + 1) == Upos.VERB && finiteVerbAfterGroup(v, k + 1, clauseEnd);
            return new Complement(true, ContentShaper.demonstrativeSubject(v, k, n) && !plural || lexicon.namingVerb(v.lower(i)) ? k : k + 1);
        }
        boolean onlyPunct = true;
        for (int m = k; m < n && onlyPunct; m++) onlyPunct = v.isPunct(m) && !v.isQuoteMark(m);
        if (onlyPunct) return new Complement(false, circumstanceEnd);
        // "is describing as “unhinged” a tweet": a naming verb's quoted name before its object is the report
        if (lexicon.namingVerb(v.lower(i)) && v.is(k, "as") && k + 1 < n && v.isQuoteMark(k + 1) && !v.inQuote(k)) {
            return new Complement(true, k);
        }
        // "asked Trump about statements he had made": what a question was about is what was asked
        if (lexicon.questionVerb(v.lower(i)) && v.is(k, "about") && !v.inQuote(k)) return new Complement(true, k);
        // "spoke to reporters", "responded with attacks": a prepositional object, not a reported clause;
        // unless "that" ends a long phrase ("said in an interview with The Associated Press last week that")
        if (v.pos(k) == Upos.ADP && !v.inQuote(k) && !approximateQuantity(v, k)) {
            int that = thatAfterPhrase(v, k);
            return that > 0 ? new Complement(true, ContentShaper.demonstrativeSubject(v, that, n) ? that : that + 1)
                    : new Complement(false, circumstanceEnd);
        }
        // "When I spoke I saw his surprise": a verb that takes no clause does not report the one after it
        if (k == i + 1 && lexicon.takesNoClause(v.lower(i)) && lexicon.subjectPronoun(v.lower(k)) && !SourcePhrases.RELATIVE_WORDS.contains(v.lower(k))
                && k + 1 < n && v.isFiniteVerb(k + 1) && !v.inQuote(k)) {
            return new Complement(false, circumstanceEnd);
        }
        // "Students who spoke at the meeting were opposed": past its phrases, a verb that takes no clause stands before
        // the main clause's verb, no report
        if (k > i + 1 && k < n && lexicon.takesNoClause(v.lower(i)) && v.isFiniteVerb(k) && !v.inQuote(k)) {
            return new Complement(false, circumstanceEnd);
        }
        // "said when she resigned": a clause of time or cause, not the report
        if (lexicon.circumstanceConjunction(v.lower(k)) && !v.inQuote(k)) return new Complement(false, circumstanceEnd);
        // "tweets drew criticism": a verb right after the cue means the cue was a noun ("said" never is
        // one, and in "says referees are" the tagger took a plural noun for a verb: another verb follows)
        boolean verbNext = k + 1 < n && v.isVerb(k + 1);
        if (v.pos(k) == Upos.VERB && !v.inQuote(k) && !v.lower(k).endsWith("ing") && v.lower(i).endsWith("s") && !verbNext
                && !afterRelativeSubject(v, i)) {
            return new Complement(false, circumstanceEnd);
        }
        // "said during his speech to be a delegate": an infinitive after a phrase of time or place is no report
        if (circumstanceEnd > i + 1 && v.isVerb(k) && v.is(k - 1, "to") && !v.inQuote(k)) {
            int end = k;
            while (end < n && !v.isPunct(end)) end++; // the infinitive is part of the phrase
            return new Complement(false, end);
        }
        // "told MSNBC's "Morning Joe" on Friday that ...": the clause starts after "that"
        // ("asked if that remains his view": after "if" or "whether" the question starts, "that" is its subject)
        boolean question = v.is(k, "if") || v.is(k, "whether");
        // ("called the assault that killed five officers “an attack”": after a verb of naming "that" opens a relative clause)
        for (int m = k; !question && !lexicon.namingVerb(v.lower(i)) && m < n && m - k <= 12 && !v.isVerb(m) && !v.is(m, ","); m++) {
            // "said the shootings and protests demands/NOUN that …": the report's own verb, mistagged
            if (v.is(m, "that") && !v.inQuote(m) && m > k + 1 && presentReportingVerb(v, m - 1)
                    && (v.pos(m - 2) == Upos.NOUN || v.pos(m - 2) == Upos.PROPN)) { // not "in his remarks that"
                break;
            }
            // ("says a violent hit that used to be …": "that" before a verb opens a relative clause of the report's subject)
            if (v.is(m, "that") && !v.inQuote(m)) {
                if (m > k && m + 1 < n && v.pos(m + 1) == Upos.VERB && !v.inQuote(m + 1)) break;
                return new Complement(true, m + 1);
            }
        }
        // "she said several months after her release, and ...": a time phrase up to a comma
        boolean timeStart = (lexicon.timeWord(v.lower(k)) || lexicon.circumstance(v.lower(k))) && !v.isPossessive(k + 1)
                || k + 1 < n && lexicon.timeWord(v.lower(k + 1)) && !v.isJoiningHyphen(k + 1);
        if (timeStart && !v.isQuoteMark(k)) {
            for (int m = k; m < n && !v.inQuote(m) && !v.isVerb(m); m++) {
                if (v.is(m, ",")) return new Complement(false, m);
            }
        }
        return new Complement(true, k);
    }

    /**
     * The end of a phrase of time, place or manner starting at k ("on Sunday", "during Kim's visit to
     * the Chinese capital"): it runs to a comma, colon, "that", a quotation or a verb that is not a
     * noun in disguise (after a determiner or possessive); -1 when it runs too long to be one.
     */
    /** "about half", "nearly 40 percent", "over a third", "at least six": an approximator before a quantity opens the clause's subject. */
    private boolean approximateQuantity(TokenView v, int k) {
        // ("said at least six planes filled the skies")
        if (v.is(k, "at") && k + 2 < v.size() && (v.is(k + 1, "least") || v.is(k + 1, "most")) && !v.inQuote(k + 2)) {
            return v.pos(k + 2) == Upos.NUM;
        }
        if (!lexicon.approximator(v.lower(k)) || k + 1 >= v.size() || v.inQuote(k + 1)) return false;
        if (v.pos(k + 1) == Upos.NUM || v.is(k + 1, "half")) return true;
        return k + 2 < v.size() && (v.is(k + 1, "a") || v.is(k + 1, "one")) && FRACTIONS.contains(v.lower(k + 2));
    }


    /**
     * Word k is a tensed auxiliary ("was", "has") or a verb in "-ed" ("aired"), not quoted; not one in "-s", which
     * may be a plural noun opening the report ("that superdelegates/VERB currently pledged …, may reconsider").
     */
    private static boolean inflectedVerb(TokenView v, int k) {
        if (k >= v.size() || v.inQuote(k)) return false;
        String w = v.lower(k);
        if (v.pos(k) == Upos.AUX) return !ContentShaper.BASE_AUXILIARIES.contains(w);
        return v.pos(k) == Upos.VERB && w.endsWith("ed");
    }

    /** An "about" in [from, to): the phrase names what was said ("spoke … about rights that …"). */
    private static boolean topicIn(TokenView v, int from, int to) {
        for (int m = from; m < to; m++) if (v.is(m, "about")) return true;
        return false;
    }

    /** A finite verb in [from, to) past the verbs, auxiliaries and adverbs that open it at from. */
    private static boolean finiteVerbAfterGroup(TokenView v, int from, int to) {
        int m = from;
        while (m < to && (v.isVerb(m) || v.pos(m) == Upos.AUX || v.pos(m) == Upos.ADV || v.pos(m) == Upos.PART)) m++;
        for (; m < to; m++) if (v.isFiniteVerb(m)) return true;
        return false;
    }

    private static final int MAX_PHRASE_BEFORE_THAT = 16;

    /** The "that" after a run of phrases from k, with no verb, comma or quotation before it; -1 if none. */
    private static int thatAfterPhrase(TokenView v, int k) {
        for (int m = k + 1; m < v.size() && m - k <= MAX_PHRASE_BEFORE_THAT; m++) {
            if (v.inQuote(m) || v.isPunct(m) || v.isVerb(m)) return -1;
            if (v.is(m, "that")) return m;
        }
        return -1;
    }

    static int circumstanceEnd(TokenView v, int k) {
        int n = v.size();
        int m = k + 1;
        int named = 0; // words of a quoted name and the hyphens of compounds with the words after them, which the phrase's length does not count
        while (m < n && m - k - named <= MAX_CIRCUMSTANCE) {
            // "said on CNBC's “Trading Nation” on Monday": a quoted name after a possessive is the outlet's show
            int show = m > k + 1 && v.isPossessive(m - 1) ? quotedNameEnd(v, m) : -1;
            if (show > 0) {
                named += show - m;
                m = show;
                continue;
            }
            if (v.inQuote(m) || v.is(m, "that") || v.isPunct(m) && !v.isJoiningHyphen(m) && !pluralPossessive(v, m)) break;
            if (v.isJoiningHyphen(m)) named += 2; // "after a lone-wolf attack": a compound counts as one word
            boolean nounLike = m > 0 && (v.isPossessive(m - 1) || v.pos(m - 1) == Upos.DET || v.pos(m - 1) == Upos.ADJ);
            // ("in a wide-ranging interview", "in posing the question": a gerund after the preposition is its object)
            boolean gerund = v.pos(m - 1) == Upos.ADP && v.lower(m).endsWith("ing");
            if (v.isVerb(m) && !nounLike && !v.afterHyphen(m) && !gerund) break;
            if (v.pos(m) == Upos.PRON && !v.isPossessivePronoun(m)) break; // "told them this weekend he would"
            if (v.pos(m) == Upos.SCONJ) break; // "said aboard his plane on Monday as he crossed Nevada": a clause of its own
            // "said on Monday the plan is dead": after the phrase's noun a determiner opens the report's subject
            boolean opensPhrase = v.pos(m) == Upos.DET || v.isPossessivePronoun(m);
            if (opensPhrase && (v.pos(m - 1) == Upos.NOUN || v.pos(m - 1) == Upos.PROPN)) break;
            m++;
        }
        return m - k - named > MAX_CIRCUMSTANCE ? -1 : m;
    }

    /** "on the rebels' television channel": a plural's apostrophe before the possessed noun (or its adjective). */
    static boolean pluralPossessive(TokenView v, int m) {
        return m > 0 && m + 1 < v.size() && v.is(m, "'") && v.lower(m - 1).endsWith("s") && !v.isPunct(m - 1)
                && (v.pos(m + 1) == Upos.NOUN || v.pos(m + 1) == Upos.ADJ || v.pos(m + 1) == Upos.PROPN);
    }

    /** The most words of a phrase of circumstance ("Sunday after a lone-wolf attack on an Orlando nightclub"). */
    private static final int MAX_CIRCUMSTANCE = 10;

    /** The most words of a quoted name ("Meet the Press"). */
    private static final int MAX_QUOTED_NAME = 6;

    /** After a short quotation opening at word m whose first word is capitalised (a name), the next word; else -1. */
    private static int quotedNameEnd(TokenView v, int m) {
        if (m + 2 >= v.size() || !v.isQuoteMark(m) || !v.token(m + 1).capitalised()) return -1;
        for (int e = m + 1; e < v.size() && e - m <= MAX_QUOTED_NAME + 1; e++) {
            if (v.isQuoteMark(e)) return e > m + 1 ? e + 1 : -1;
            if (v.isPunct(e)) return -1;
        }
        return -1;
    }

    /**
     * "told a town hall in Salem, New Hampshire on Monday that": past the state or country after a
     * town's comma at word k (and the comma closing it, unless a quotation opens there); else k.
     */
    private int pastRegion(TokenView v, int k) {
        int n = v.size();
        if (k + 1 >= n || v.inQuote(k)) return k;
        for (int e = k + 1; e < n && e - k <= 3 && !v.isPunct(e); e++) {
            if (lexicon.townRegion(v, k + 1, e + 1) && (e + 1 >= n || !v.nameLike(e + 1))) {
                return e + 2 < n && v.is(e + 1, ",") && !v.isQuoteMark(e + 2) ? e + 2 : e + 1;
            }
        }
        return k;
    }

    /**
     * Where the clause starts after token k: past a short phrase and its comma when "that" or a subject
     * and its verb follow ("win or lose in the primary, he is staying"), otherwise at k.
     */
    int afterParenthetical(TokenView v, int k) {
        for (int m = k; m < v.size() && m - k <= 12 && !v.inQuote(m); m++) {
            if (!v.is(m, ",")) continue;
            if (m + 1 < v.size() && v.is(m + 1, "that")) return m + 2; // "says, however, that"
            int subjectEnd = m + 1 < v.size() && lexicon.subjectPronoun(v.lower(m + 1)) ? m + 2 : -1;
            return subjectEnd > 0 && subjectEnd < v.size() && v.isVerb(subjectEnd) ? m + 1 : k;
        }
        return k;
    }

    /** How many words the subject of a relative clause may take ("which the Clinton campaign says"). */
    private static final int MAX_RELATIVE_SUBJECT = 5;

    /**
     * "which the campaign says includes", "that he says shows": after a relative word and a subject
     * (or a subject pronoun alone) the cue is a verb, and the verb after it the reported clause's.
     */
    private boolean afterRelativeSubject(TokenView v, int i) {
        if (i < 1 || v.inQuote(i - 1)) return false;
        if (v.pos(i - 1) == Upos.PRON && lexicon.subjectPronoun(v.lower(i - 1))) return true;
        int k = i - 1;
        while (k > 0 && i - k <= MAX_RELATIVE_SUBJECT && v.nounPhrasePart(k)) k--;
        return k < i - 1 && (v.is(k, "which") || v.is(k, "that") || v.is(k, "who")) && !v.inQuote(k);
    }

    /** How many words a relative clause between commas may take before a floating quantifier. */
    private static final int MAX_RELATIVE_CLAUSE = 15;

    /** Token c is a comma closing a relative clause that opens after an earlier comma (", who rarely agree,"). */
    private static boolean relativeClauseEndingAt(TokenView v, int c) {
        if (!v.is(c, ",")) return false;
        for (int k = c - 1; k > 0 && c - k <= MAX_RELATIVE_CLAUSE && !v.inQuote(k); k--) {
            if (v.is(k, ",")) return false;
            if (v.isRelativePronoun(k) && v.is(k - 1, ",")) return true;
        }
        return false;
    }

    /** "has", "also", "strongly": may stand between a subject and its verb. */
    boolean isBetween(TokenView v, int j) {
        String t = v.token(j).text();
        if (j > 0 && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))) return false; // "Theresa May said"
        // "Ruiz and Cole both said", "the senators all said", "they have all said": a floating quantifier after
        // its subject or its auxiliary
        // (or after a relative clause set off by commas: "Ruiz and Cole, who rarely agree, both said")
        boolean floating = (v.is(j, "both") || v.is(j, "all") || v.is(j, "each")) && j > 0 && !v.inQuote(j - 1)
                && (v.nounPhrasePart(j - 1) || v.is(j - 1, ")") || v.pos(j - 1) == Upos.AUX || HAVE.contains(v.lower(j - 1))
                        || relativeClauseEndingAt(v, j - 1))
                && !v.isPossessive(j - 1);
        // "Ford itself said": a reflexive after its noun stresses the subject
        boolean intensive = j > 0 && v.isReflexive(j) && !v.inQuote(j - 1) && v.nounPhrasePart(j - 1);
        return floating || intensive || lexicon.between(v.lower(j)) || v.pos(j) == Upos.ADV && v.lower(j).endsWith("ly");
    }

    /**
     * The cue is a participle after a form of "be" or "get" among the words before it (from j + 1):
     * a form of a reporting verb that is neither its base form nor "-s" nor "-ing" ("told", "asked").
     */
    boolean passive(TokenView v, int j, int i) {
        String w = v.lower(i);
        if (lexicon.isBaseForm(w) || w.endsWith("s") || w.endsWith("ing")) return false;
        for (int k = j + 1; k < i; k++) if (lexicon.passiveAuxiliary(v.lower(k))) return true;
        return false;
    }

    /**
     * The subject of the nearest finite verb before token j whose clause is not embedded: a subject
     * right after "that", "whether", "who" or a subordinating word belongs to a clause inside the main
     * one ("Christie bristled at the suggestion that he was wrong, saying" is Christie's), and a phrase
     * right after a verb is its object. Null if none.
     */
    Span mainSubjectBefore(TokenView v, int j) {
        return subjectBefore(v, j, true);
    }

    /**
     * The subject of the nearest finite verb before token j that is no verb's object: "after Kim
     * renewed his commitment but warned" is Kim's, inside the clause too.
     */
    Span coordinatedSubjectBefore(TokenView v, int j) {
        return subjectBefore(v, j, false);
    }

    private Span subjectBefore(TokenView v, int j, boolean mainClause) {
        for (int k = j; k >= 0; k--) {
            // "reminisced about her days growing up": a participle's noun phrase is no subject
            if (v.inQuote(k) || !v.isVerb(k) || v.lower(k).endsWith("ing") || v.afterHyphen(k)) continue; // ("pocket-sized")
            int m = subjectEnd(v, k); // past "has also", ", however,", "on Tuesday"
            SubjectPhrase s = phrases.leftSubject(v, m);
            if (s == null) continue;
            int before = s.start() - 1;
            boolean embedded = before >= 0 && (v.pos(before) == Upos.SCONJ || v.is(before, "that") || v.is(before, "whether")
                    || v.is(before, "who") || v.is(before, "which") || v.is(before, "where"))
                    || s.end() - s.start() == 1 && (v.is(s.start(), "who") || v.is(s.start(), "which")); // a relative clause's own subject
            // "shared a syllabus for a class called …": the phrase is the object of a verb
            boolean object = before >= 0 && !v.inQuote(before) && v.isVerb(before);
            if (!(embedded && mainClause) && !object) return v.span(s.start(), s.end());
        }
        return null;
    }

    /** The word after a manner adverb at k ("quietly", "matter-of-factly"), else k. */
    private static int mannerAdverbEnd(TokenView v, int k, int n) {
        int m = k;
        while (m + 2 < n && v.is(m + 1, "-") && !v.inQuote(m) && Character.isLowerCase(v.token(m).text().codePointAt(0))) m += 2; // "matter - of - factly"
        if (m >= n || v.inQuote(m) || !v.mannerWord(m) || v.pos(m) != Upos.ADV && m == k) return k;
        return m + 1;
    }

    /** Words that open a free relative clause ("twice what it projected"), a noun phrase's part, not a clause. */
    private static final Set<String> RELATIVE_WORDS = Set.of("what", "whatever");

    /**
     * After a parenthetical source ending at token k: the token where the report goes on, past a
     * comma and an appositive ("according to Ross, a former envoy, was ..."); -1 when no clause follows.
     */
    static int resumeAfter(TokenView v, int k) {
        int n = v.size();
        if (k >= n || !v.is(k, ",")) return -1;
        int next = k + 1;
        for (int m = k + 1; m < n && m - k <= SourcePhrases.MAX_APPOSITIVE && !v.inQuote(m); m++) {
            if (v.is(m, ",")) {
                if (SourcePhrases.isAppositive(v, k + 1, m)) next = m + 1;
                break;
            }
        }
        // "..., according to Xinhua, using the initials ...": the writer's participle, not the report
        if (next < n && v.pos(next) == Upos.VERB && v.lower(next).endsWith("ing")) return -1;
        // "…, according to Andrew McCarthy, who prosecuted …": a relative clause describes the source
        if (next < n && (v.is(next, "who") || v.is(next, "whose") || v.is(next, "whom") || v.is(next, "which")) && !v.inQuote(next)) return -1;
        // "…, according to a count by the AP, but the senator has vowed …", "…, even as …": a clause of its own
        if (next < n && !v.inQuote(next) && (v.pos(next) == Upos.CCONJ || v.pos(next) == Upos.SCONJ
                || v.pos(next) == Upos.ADV && next + 1 < n && v.pos(next + 1) == Upos.SCONJ)) {
            return -1;
        }
        int words = 0;
        boolean verb = false;
        boolean relative = false; // "…, according to X, more than twice what it projected": the verb is a free relative's
        for (int m = next; m < n; m++) {
            if (!v.isPunct(m)) words++;
            if (!verb && RELATIVE_WORDS.contains(v.lower(m)) && !v.inQuote(m)) relative = true;
            verb |= v.isVerb(m);
        }
        return words >= 2 && verb && !relative ? next : -1;
    }

    /**
     * "…, as they bristled at …": after a frame's comma, "as" and a clause of its own tells how the words
     * were said; not "as did the campaign" or "as I do", which compare.
     */
    private static boolean asTheySaid(TokenView v, int k) {
        return v.is(k, "as") && !v.inQuote(k) && k + 2 < v.size() && !comparison(v, k + 1) && !comparison(v, k + 2);
    }

    /** "did", "do", "is": the verb of a comparison ("as did the campaign", "as I do"). */
    private static boolean comparison(TokenView v, int k) {
        return v.pos(k) == Upos.AUX || v.isVerb(k) && DO.contains(v.lower(k));
    }

    private static final Set<String> DO = Set.of("do", "does", "did");

    /** "demands", "warns": a reporting verb's present form, which the tagger may take for a plural noun. */
    private boolean presentReportingVerb(TokenView v, int k) {
        String w = v.lower(k);
        return w.endsWith("s") && !w.endsWith("ss") && (lexicon.isSpeechVerb(w) || lexicon.isBeliefVerb(w));
    }

    static boolean participleAdjunct(TokenView v, int k) {
        if (k >= v.size() || !v.isVerb(k) || !v.lower(k).endsWith("ing") || v.inQuote(k)) return false;
        for (int i = k + 1; i < v.size(); i++) if (v.pos(i) == Upos.AUX || v.isVerb(i)) return false;
        return true;
    }

    /**
     * "Axelrod/ADJ calls/NOUN on Dean to …", "The Latest: Trump/ADJ urges/NOUN supporters …": the
     * tagger reads a present form right after the name that opens a sentence (or a label and its
     * colon) as a plural noun; it is the sentence's verb.
     */
    static boolean verbAfterOpeningName(TokenView v, int i) {
        String t = v.token(i).text();
        if (v.pos(i) != Upos.NOUN || !t.endsWith("s") || t.endsWith("ss") || !Character.isLowerCase(t.codePointAt(0)) || v.inQuote(i)) return false;
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && v.nameLike(k) && !v.inQuote(k)) k--;
        if (k == i - 1) return false;
        return k < 0 || v.is(k, ":") && k <= 6;
    }

    /** Word s follows an "as" that opens its sentence ("As we noted, …", "But as Crane said, …"). */
    static boolean afterOpeningAs(TokenView v, int s) {
        return s >= 1 && v.is(s - 1, "as") && !v.inQuote(s - 1) && opensSentence(v, s - 1);
    }

    /**
     * Word c opens its sentence: only punctuation before it, or one conjunction or adverb and perhaps
     * its comma ("But, according to the poll, …", "Now, according to …", "But as Clyburn noted, …").
     */
    static boolean opensSentence(TokenView v, int c) {
        int k = 0;
        while (k < c && v.isPunct(k) && !v.isQuoteMark(k)) k++;
        if (k < c && (v.pos(k) == Upos.CCONJ || v.pos(k) == Upos.ADV) && !v.inQuote(k)) k++;
        while (k < c && v.isPunct(k) && !v.isQuoteMark(k)) k++;
        return k == c;
    }

    /** A determiner, adjective, number or possessive before the word makes it a noun ("Trump's claims"). */
    static boolean nounBefore(TokenView v, int p) {
        Upos pos = v.pos(p);
        return pos == Upos.DET && !v.is(p, "that") || (pos == Upos.ADJ && !v.nameLike(p)) || pos == Upos.NUM
                || v.isPossessive(p) || v.isPossessivePronoun(p);
    }

    static int skipComma(TokenView v, int k, Frame.Direction dir) {
        return dir == Frame.Direction.AFTER && k < v.size() && v.is(k, ",") ? k + 1 : k;
    }
}
