package extract.quotes;

import extract.doc.Upos;
import java.util.EnumSet;
import java.util.Set;

/**
 * A reporting verb from {@code reporting-verbs.txt} used as a verb: not a noun after a determiner
 * or possessive ("his tweets", "Trump's claims"), not part of a name ("spokeswoman Hope Hicks"),
 * with its particle where it needs one ("pointed out").
 */
final class SpeechVerbCue implements CueSieve {
    static final String NAME = "speech-verb-cue";
    private final CueLexicon lexicon;

    SpeechVerbCue(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Cue find(TokenView v, int i) {
        String w = v.lower(i);
        if (!lexicon.isSpeechVerb(w) || insideName(v, i, lexicon)) return null;
        if (lexicon.particleAfter(v, i) < 0) return null; // "pointed to", not "pointed out"; "Makes a Joke", not "made clear"
        // "Having said that, there are …": a discourse marker pointing back, no report
        if (i > 0 && v.is(i - 1, "having") && i + 2 < v.size() && (v.is(i + 1, "that") || v.is(i + 1, "this")) && v.is(i + 2, ",")) return null;
        // "in several Western swing states", "his crude remarks": these forms are nouns unless a report opens after them
        if (lexicon.nounFirst(w) && !(i + 1 < v.size() && (v.is(i + 1, "that") || v.is(i + 1, ":") || v.isQuoteMark(i + 1)))) return null;
        // "Sanders/NOUN Says/PROPN Trump Is Wrong": in a title-case headline a present form after a name is the verb
        if (headlineVerb(v, i, w)) return cue(v, i, "after a name in a title-case headline");
        if (FrameGrammar.verbAfterOpeningName(v, i)) {
            return cue(v, i, "tagged a noun, after the name opening its sentence");
        }
        // "his tweets", "the report"; but "says" and past forms are never nouns ("the executive/ADJ says")
        boolean neverNoun = w.equals("says") || w.equals("said") || w.equals("told") || w.equals("wrote") || w.endsWith("ed");
        // ("Some say they hear …": a quantifier is the subject when a clause follows)
        boolean clauseNext = i + 1 < v.size() && v.is(i + 1, "that") && !v.inQuote(i + 1) || pronounClause(v, i);
        // ("The deal, many say, is dead": set off by commas, the clause around it is the report)
        boolean setOff = i >= 2 && i + 1 < v.size() && v.is(i - 2, ",") && v.is(i + 1, ",") && !v.inQuote(i - 2) && !v.inQuote(i + 1);
        clauseNext |= setOff || i + 1 < v.size() && ContentShaper.clauseAt(v, i + 1, v.size()); // "Many say the deal is dead"
        if (i > 0 && !v.inQuote(i - 1) && FrameGrammar.nounBefore(v, i - 1) && !(neverNoun && v.pos(i - 1) == Upos.ADJ)
                && !((neverNoun || clauseNext) && quantifiedSubject(v, i))) return null;
        if (strandedBeforeVerb(v, i) || pluralNoun(v, i, w)) return null;
        // "Sanders Says He's Already Started Writing His Address": in a title-case headline an -ing form
        // right after another verb is that verb's object, no frame of its own
        if (v.titleCase() && w.endsWith("ing") && i > 0 && v.pos(i - 1) == Upos.VERB && !v.inQuote(i - 1)) return null;
        // "Sanders' widely criticized interview": a participle after a possessive and its adverb
        if (i > 1 && v.pos(i - 1) == Upos.ADV && v.lower(i - 1).endsWith("ly") && v.isPossessive(i - 2)) return null;
        // "doesn't add up", "added to the confusion" (but "added to People": a name after it is the hearer)
        if (i + 1 < v.size() && lexicon.notCueWith(w, v.lower(i + 1)) && !(i + 2 < v.size() && v.nameLike(i + 2))) return null;
        // "The stock added more than 2%", "added $3 billion": an amount after "add" is what was added, no report
        // (unless a clause goes on: "added 20 percent of voters were undecided")
        if (w.startsWith("add") && amountAt(v, i + 1) && !amountIsSubject(v, i + 1)) return null;
        // "revenues continue to decline —", "the index declined 0.3%": without "to" or an object "decline" reports nothing
        // (but "…, Trump declined.": a person refusing is a report, its content the offer before)
        if (lexicon.needsObject(w) && !objectAfter(v, i) && !personRefusing(v, i)) return null;
        if (v.isVerb(i)) return cue(v, i, "verb");
        // the tagger sometimes reads "insists" or "says" as a noun: accept it between a subject and "that"/","
        // ("“…,” Viguerie/ADJ notes/NOUN.": right after a quotation, a capitalised word the tagger took for an adjective is a name)
        boolean nameAfterQuote = i > 1 && v.nameLike(i - 1) && v.isQuoteMark(i - 2);
        boolean afterDeterminer = i > 0 && (v.pos(i - 1) == Upos.DET || v.pos(i - 1) == Upos.ADJ && !neverNoun && !nameAfterQuote
                || v.pos(i - 1) == Upos.ADP);
        // ("Cruz's associates insist/NOUN he's returning": a subject pronoun and its verb follow)
        // ("Google's gaming offering, which is …": a relative clause after the comma qualifies a noun)
        boolean relativeNext = i + 2 < v.size() && v.is(i + 1, ",") && (v.is(i + 2, "which") || v.is(i + 2, "who")) && !neverNoun;
        boolean beforeClause = i + 1 < v.size() && (v.is(i + 1, "that") || v.isPunct(i + 1) && !relativeNext || pronounClause(v, i));
        Upos pos = v.pos(i);
        // a name's word is tagged PROPN ("the Sunshine State", "UCLA Anderson Forecast"); "Says" is never one
        boolean taggedNoun = pos == Upos.NOUN || pos == Upos.ADJ || pos == Upos.PROPN && neverNoun;
        // "his home state,", "the jobs report,": a base form after a singular noun is the compound's head, no
        // verb (a present verb after a singular subject takes its -s: "the suit claims"; "experts note")
        boolean compound = i > 0 && !w.endsWith("s") && !w.endsWith("ing") && !neverNoun
                && (v.pos(i - 1) == Upos.NOUN || v.pos(i - 1) == Upos.PROPN) && !v.lower(i - 1).endsWith("s");
        // ("his early-morning tweets,": the noun a hyphenated modifier qualifies heads the phrase)
        boolean afterHyphenated = i > 1 && v.is(i - 2, "-") && !v.inQuote(i - 2) && !v.token(i - 1).capitalised(); // not "Stanley-Becker reports"
        return !afterDeterminer && !compound && !afterHyphenated && beforeClause && taggedNoun && !prepositionObject(v, i)
                ? cue(v, i, "tagged " + pos + ", before a clause") : null;
    }

    /**
     * "to" or the start of a noun phrase (not an amount) follows word i, perhaps after adverbs ("declined
     * to comment", "declined comment", "declined later to say"), or a comma and a participle ("declined,
     * citing legal risks").
     */
    private boolean objectAfter(TokenView v, int i) {
        int k = i + 1;
        while (k < v.size() && v.pos(k) == Upos.ADV && !v.inQuote(k)) k++;
        if (k >= v.size() || v.inQuote(k)) return false;
        if (v.is(k, ",")) return k + 1 < v.size() && v.lower(k + 1).endsWith("ing") && v.isVerb(k + 1);
        return v.is(k, "to") || OBJECT_START.contains(v.pos(k)) && !amountAt(v, k);
    }

    /** A name or a personal pronoun right before word i, and the clause's end right after it: "Trump declined.", "Trump declined, even though …". */
    private boolean personRefusing(TokenView v, int i) {
        return i > 0 && i + 1 < v.size() && !v.inQuote(i - 1) && (v.is(i + 1, ".") || v.is(i + 1, ";") || v.is(i + 1, ","))
                && (v.nameLike(i - 1) || lexicon.subjectPronoun(v.lower(i - 1)) && !v.is(i - 1, "it"));
    }

    private static final Set<Upos> OBJECT_START = EnumSet.of(Upos.DET, Upos.NOUN, Upos.PROPN, Upos.PRON, Upos.ADJ, Upos.NUM);

    /** Tags of the words of an amount's noun phrase ("more than 20 percent of the state's voters"). */
    private static final Set<Upos> AMOUNT_PHRASE = EnumSet.of(Upos.NUM, Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.DET, Upos.SYM);

    /** The noun phrase starting at word k is the subject of a finite verb right after it. */
    private static boolean amountIsSubject(TokenView v, int k) {
        int m = k;
        while (m < v.size() && !v.inQuote(m) && (AMOUNT_PHRASE.contains(v.pos(m)) || v.is(m, "of") || v.is(m, "than") || v.is(m, "%")
                || v.is(m, "more") || v.is(m, "less") || v.isPossessive(m))) {
            m++;
        }
        return m < v.size() && v.isFiniteVerb(m) && !v.inQuote(m);
    }

    /** An amount starts at word k: a number, money or a percentage, perhaps after "more than" or "nearly". */
    private boolean amountAt(TokenView v, int k) {
        if (k + 1 < v.size() && (v.is(k, "more") || v.is(k, "less") || v.is(k, "fewer")) && v.is(k + 1, "than")) k += 2;
        while (k < v.size() && lexicon.approximator(v.lower(k))) k++;
        if (k >= v.size() || v.inQuote(k)) return false;
        String t = v.token(k).text();
        return v.pos(k) == Upos.NUM || t.startsWith("$") || !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    /**
     * "in the wake of the Paris terrorist attacks,", "in several Western states.", "After weeks of subtle
     * sniping,": an "-s" or "-ing" word the tagger read as a noun, ending a phrase that a preposition
     * opens, is that phrase's head.
     */
    private static boolean prepositionObject(TokenView v, int i) {
        if (!(v.lower(i).endsWith("s") || v.lower(i).endsWith("ing")) || i + 1 >= v.size() || !v.isPunct(i + 1)) return false;
        int k = i - 1;
        while (k >= 0 && !v.inQuote(k) && (NOUN_PHRASE.contains(v.pos(k)) || v.is(k, "."))) k--;
        return k < i - 1 && k >= 0 && !v.inQuote(k)
                && (v.pos(k) == Upos.ADP && !v.is(k, "that") && !v.is(k, "as") || v.lower(k).endsWith("ing"));
    }

    private static final Set<Upos> NOUN_PHRASE = EnumSet.of(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PROPN, Upos.NUM);

    /**
     * "The people we spoke to said …": a preposition left at the end, then a reporting verb's past form:
     * this verb is in a clause that describes the subject of the sentence's own verb.
     */
    private boolean strandedBeforeVerb(TokenView v, int i) {
        if (i + 2 >= v.size() || v.inQuote(i + 1) || v.inQuote(i + 2)) return false;
        if (v.pos(i + 1) != Upos.ADP && v.pos(i + 1) != Upos.PART || !v.isVerb(i + 2)) return false;
        // a past form of a reporting verb ("said", "told"), never an infinitive after "to" ("declined to proceed")
        String w = v.lower(i + 2);
        return lexicon.isSpeechVerb(w) && !lexicon.isBaseForm(w) && !w.endsWith("s") && !w.endsWith("ing");
    }

    /** A subject pronoun and its verb follow word i: "insist he's returning", "Some say they hear". */
    private boolean pronounClause(TokenView v, int i) {
        return i + 2 < v.size() && v.pos(i + 1) == Upos.PRON && lexicon.subjectPronoun(v.lower(i + 1)) && v.isFiniteVerb(i + 2)
                && !v.inQuote(i + 1);
    }

    /**
     * "swing states that have", "the terrorist attacks were": an "-s" form after a lower-case modifier is
     * a plural noun when a verb follows it, or "that", "which" or "who" and a verb (its relative clause).
     */
    private static boolean pluralNoun(TokenView v, int i, String w) {
        if (i < 1 || i + 2 >= v.size() || !w.endsWith("s") || w.equals("says") || v.inQuote(i + 1)) return false;
        boolean modifier = (v.pos(i - 1) == Upos.ADJ || v.pos(i - 1) == Upos.NOUN) && !v.token(i - 1).capitalised() && !v.inQuote(i - 1);
        int next = v.is(i + 1, "that") || v.is(i + 1, "which") || v.is(i + 1, "who") ? i + 2 : i + 1;
        return modifier && v.isFiniteVerb(next);
    }

    private static boolean headlineVerb(TokenView v, int i, String w) {
        return v.titleCase() && w.endsWith("s") && !w.endsWith("ss") && v.token(i).capitalised() && i > 0 && i + 1 < v.size()
                && v.nameLike(i - 1) && !v.inQuote(i) && (v.token(i + 1).capitalised() || v.is(i + 1, ":"));
    }

    /**
     * "Six in 10 said", "some said", "both told": a number or quantifier right before a past form is
     * its subject, not a determiner of a noun, unless a noun follows ("the two reported cases").
     */
    private boolean quantifiedSubject(TokenView v, int i) {
        boolean quantity = v.pos(i - 1) == Upos.NUM || lexicon.quantifier(v.lower(i - 1));
        boolean nounNext = i + 1 < v.size() && (v.pos(i + 1) == Upos.NOUN || v.pos(i + 1) == Upos.PROPN) && !v.nameLike(i + 1);
        // ("4 in 10 said billionaire Donald Trump would": "said" and "told" modify no noun)
        boolean neverModifier = v.is(i, "said") || v.is(i, "told");
        return quantity && v.isVerb(i) && (!nounNext || neverModifier);
    }

    private static Cue cue(TokenView v, int i, String why) {
        return new Cue(i, i + 1, CueType.SPEECH_VERB, Decision.of(NAME, "“" + v.token(i).text() + "”, " + why));
    }

    /** "actor Will Smith said": a capitalised base form inside a run of capitals is a name. */
    static boolean insideName(TokenView v, int i, CueLexicon lexicon) {
        return i > 0 && i + 1 < v.size() && v.nameLike(i) && v.nameLike(i + 1) && lexicon.isBaseForm(v.lower(i));
    }
}
