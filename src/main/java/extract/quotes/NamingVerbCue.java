package extract.quotes;

import extract.doc.Upos;

/**
 * "called it “the least bad option”", "dubbed the plan “a scam”", "called Oz a quack",
 * "characterized the deal as “a giveaway”", "called the charges unsubstantiated", "called her vote
 * in favor of the war a mistake": a verb of naming from {@code naming-verbs.txt} whose short object
 * (with a phrase after "in", "of" …) is followed (after "as" for some) by a quotation, by "a" and a
 * description, or by an adjective. "what she called a “rant”", "which Cook called “crap”", "a country
 * that Romney called “our No. 1 foe”": after a relative word, the name follows the verb at once. Without
 * them ("called her back", "called a press conference") it is no cue.
 */
final class NamingVerbCue implements CueSieve {
    static final String NAME = "naming-verb-cue";
    private static final int MAX_OBJECT = 8;
    /** Name words between the article and the quoted name ("an ISIS “co-founder”"). */
    private static final int MAX_MODIFIERS = 3;
    /** How far before the verb "what", "which", "that" or "who" may stand ("what Bay Buchanan, national treasurer for Reagan's campaign, called"). */
    private static final int RELATIVE_REACH = 14;
    private final CueLexicon lexicon;
    private final SourcePhrases phrases;

    NamingVerbCue(FrameGrammar grammar) {
        this.lexicon = grammar.lexicon();
        this.phrases = grammar.phrases();
    }

    @Override
    public Cue find(TokenView v, int i) {
        // "Chris Christie Calls/NOUN Hillary Clinton ‘A Disgrace’": in a title-case headline, after a name
        boolean headline = v.titleCase() && i > 0 && v.nameLike(i - 1) && v.token(i).capitalised();
        if (!lexicon.namingVerb(v.lower(i)) || !(v.isVerb(i) || headline) || i + 2 >= v.size() || v.inQuote(i + 1) && !v.isQuoteMark(i + 1)) {
            return null;
        }
        if (relativeObject(v, i)) {
            boolean quoted = v.isQuoteMark(v.is(i + 1, "a") || v.is(i + 1, "an") ? i + 2 : i + 1);
            return cue(v, i, (quoted ? "a quoted name" : "a description") + " for the object before it");
        }
        int k = i + 1;
        int objectEnd;
        if (v.is(k, "as")) {
            objectEnd = k; // "describing as “unhinged” a tweet …": the object after its name
        } else if (v.is(k, "what") && k + 2 < v.size() && v.pos(k + 1) == Upos.PRON && v.isVerb(k + 2)) {
            objectEnd = k + 3; // "called what she witnessed “terrible”": a free relative clause is the object
        } else if (v.pos(k) == Upos.PRON && !((v.isPossessivePronoun(k) || v.isDemonstrative(k)) && v.nounPhrasePart(k + 1))
                || v.isDemonstrative(k) && v.isQuoteMark(k + 1)) {
            objectEnd = k + 1; // "called him a liar", "called that “beyond preposterous”"
        } else {
            // "called that report a “lie”": the tagger may read the demonstrative as a conjunction
            if (v.isDemonstrative(k) && v.pos(k) != Upos.DET) k++;
            WordRange object = phrases.rightNounPhrase(v, k);
            // ("called the day “painful for everyone”": a time the verb names, its quoted name right after it, is its object)
            if (object == null && v.pos(k) == Upos.DET && k + 2 < v.size() && lexicon.timeWord(v.lower(k + 1)) && v.isQuoteMark(k + 2)) {
                object = new WordRange(k, k + 2);
            }
            // ("called both Trump and Hillary Clinton “crazy”": "both" opens a joined object)
            if ((object != null || v.is(k, "both")) && longObjectBeforeQuotation(v, k)) return cue(v, i, "a quoted name for its object");
            if (object == null || object.end() - object.start() > MAX_OBJECT) return null;
            objectEnd = object.end();
            // "called the charges unsubstantiated": an adjective after the noun is what it was called
            if (objectEnd - 2 > k && v.pos(objectEnd - 1) == Upos.ADJ && v.pos(objectEnd - 2) == Upos.NOUN) objectEnd--;
            // "called the AIPAC speech/VERB a “critical moment”", "called AP's report/VERB a “rush …”": the
            // object's noun the tagger read as a verb
            if (objectEnd + 2 < v.size() && v.isPossessive(objectEnd) && v.pos(objectEnd + 1) == Upos.VERB) objectEnd++;
            if (objectEnd + 1 < v.size() && v.pos(objectEnd) == Upos.VERB && !v.inQuote(objectEnd)
                    && (v.is(objectEnd + 1, "a") || v.is(objectEnd + 1, "an") || v.isQuoteMark(objectEnd + 1))) {
                objectEnd++;
            }
            // "called her vote in favor of the Iraq War a mistake": a phrase after the object belongs to it
            if (objectEnd + 1 < v.size() && v.pos(objectEnd) == Upos.ADP && !v.is(objectEnd, "as") && !v.inQuote(objectEnd)) {
                WordRange more = phrases.rightNounPhrase(v, objectEnd + 1);
                if (more != null && more.end() - object.start() <= MAX_OBJECT) objectEnd = more.end();
            }
        }
        int named = afterAppositive(v, objectEnd); // "called Clinton, his rival, an ISIS “co-founder”"
        boolean afterAs = named < v.size() && v.is(named, "as") && !v.inQuote(named);
        if (afterAs) named++; // "described the plan as “a disaster”"
        boolean article = named < v.size() && (v.is(named, "a") || v.is(named, "an")) && !v.inQuote(named);
        if (article) named++; // "called Trump a “pathological liar”"
        if (named + 2 < v.size() && !article && (v.is(named, "the") || v.isPossessivePronoun(named)) && v.isQuoteMark(named + 1)
                && v.inQuote(named + 2)) {
            named++; // "calls it the “big enchilada”", "called it their “crystal ball”" (not "called the police the next day")
        }
        // "called Clinton an ISIS “co-founder”": after the article, a name's words may come before the quotation
        int modifiers = named;
        while (article && modifiers < v.size() && modifiers - named < MAX_MODIFIERS && v.nameLike(modifiers) && !v.inQuote(modifiers)) {
            modifiers++;
        }
        if (modifiers > named && modifiers + 1 < v.size() && v.isQuoteMark(modifiers) && v.inQuote(modifiers + 1)) named = modifiers;
        if (named + 1 >= v.size()) return null;
        boolean quoted = v.isQuoteMark(named) && v.inQuote(named + 1);
        // "called Oz a quack": after the article, an unquoted description also names the object
        boolean described = article && !v.inQuote(named) && (v.pos(named) == Upos.NOUN || v.pos(named) == Upos.ADJ);
        // "called the charges unsubstantiated": an adjective that ends the clause, not "called it early"
        boolean judged = !article && named > i + 1 && v.pos(named) == Upos.ADJ && !v.inQuote(named)
                && !lexicon.timeWord(v.lower(named)) && (v.isPunct(named + 1) || v.pos(named + 1) == Upos.CCONJ);
        // "described themselves as evangelical Christians", "described his outburst as the emotions of a spouse"
        boolean asPhrase = afterAs && named > i + 2 && !v.inQuote(named) && v.nounPhrasePart(named) && !v.isPunct(named);
        if (!quoted && !described && !judged && !asPhrase) return null;
        return cue(v, i, quoted ? "a quoted name for its object" : judged ? "an adjective for its object"
                : asPhrase ? "a phrase after “as” for its object" : "a description for its object");
    }

    /** How many words a long object before its quoted name may take. */
    private static final int MAX_LONG_OBJECT = 16;

    /**
     * "called Trump's statements and actions on Sunday “childish”", "called the assault that killed five
     * officers “an attack on our country”": a longer object, joined by "and", with phrases or a relative
     * clause, runs from word k to a quotation; it has no clause of its own (no verb outside the relative
     * clause, no comma) and does not end in a preposition or conjunction ("called the police after “…”").
     */
    private static boolean longObjectBeforeQuotation(TokenView v, int k) {
        boolean relative = false;
        for (int m = k; m < v.size() && m - k <= MAX_LONG_OBJECT; m++) {
            if (v.isQuoteMark(m) && m + 1 < v.size() && v.inQuote(m + 1)) {
                int last = v.is(m - 1, "a") || v.is(m - 1, "an") ? m - 2 : m - 1;
                // (a relative clause or infinitive may end in its verb: "the idea that she had anything to prove")
                return last > k && (v.pos(last) == Upos.NOUN || v.pos(last) == Upos.PROPN || v.pos(last) == Upos.NUM
                        || relative && v.isVerb(last));
            }
            // ("called Ford's plans to open a plant in Mexico “a disgrace”": an infinitive after a noun describes it)
            boolean infinitive = v.is(m, "to") && m > k && (v.pos(m - 1) == Upos.NOUN || v.pos(m - 1) == Upos.PRON) && v.isVerb(m + 1);
            boolean amount = m + 1 < v.size() && v.pos(m + 1) == Upos.NUM
                    && Character.getType(v.token(m).text().charAt(0)) == Character.CURRENCY_SYMBOL; // "a $1.6 billion plant"
            // ("the idea that she had anything to prove": "that" after a noun opens the noun's clause)
            boolean nounClause = v.is(m, "that") && m > k && v.pos(m - 1) == Upos.NOUN;
            if (v.inQuote(m) || v.isPunct(m) && !v.isJoiningHyphen(m) && !amount || v.pos(m) == Upos.SCONJ && !nounClause
                    || v.is(m, "to") && !infinitive
                    || v.is(m, "as")) {
                return false;
            }
            relative |= v.is(m, "that") || v.is(m, "who") || v.is(m, "which") || infinitive;
            // (a participle before its noun describes it: "Rubio's proposed child care credit")
            boolean adjectival = v.lower(m).endsWith("ed") && m + 1 < v.size() && v.nounPhrasePart(m + 1) && !v.isVerb(m + 1);
            if ((v.isVerb(m) && !adjectival || v.pos(m) == Upos.AUX) && !relative) return false;
        }
        return false;
    }

    /** After the object at {@code end}, the word past an appositive set off by commas ("Clinton, his rival,"), else {@code end}. */
    private int afterAppositive(TokenView v, int end) {
        // ("a firm called Gavekal Dragonomics, argues that …": a reporting verb after the comma is the sentence's own)
        if (end + 1 >= v.size() || !v.is(end, ",") || v.inQuote(end) || lexicon.isSpeechVerb(v.lower(end + 1))) return end;
        for (int c = end + 2; c < v.size() && c - end <= MAX_OBJECT && !v.inQuote(c); c++) {
            if (v.is(c, ",")) return SourcePhrases.isAppositive(v, end + 1, c) ? c + 1 : end;
        }
        return end;
    }

    /**
     * "what she called a “rant”", "which Tim Cook called “total political crap”": a quotation right
     * after the verb (or its article), with "what" or "which" before its subject; after "what", a
     * description with its article too ("what officials called a hate crime").
     */
    private static boolean relativeObject(TokenView v, int i) {
        int q = i + 1;
        boolean article = v.is(q, "a") || v.is(q, "an");
        if (article) q++;
        if (q + 1 >= v.size()) return false;
        boolean quoted = v.isQuoteMark(q) && v.inQuote(q + 1);
        // ("in what officials called a hate crime": after "what", a description with its article names it too)
        boolean described = article && !v.inQuote(q) && (v.pos(q) == Upos.NOUN || v.pos(q) == Upos.ADJ);
        if (!quoted && !described) return false;
        for (int j = i - 2; j >= 0 && i - j <= RELATIVE_REACH; j--) {
            if (v.inQuote(j) || v.isVerb(j) || v.pos(j) == Upos.AUX) return false;
            // ("a country that Mitt Romney called “our No. 1 foe”": "that" after a noun is relative too)
            boolean relativeThat = v.is(j, "that") && j > 0 && (v.pos(j - 1) == Upos.NOUN || v.pos(j - 1) == Upos.PROPN) && !v.inQuote(j - 1);
            // ("Bannon, who Beck on Wednesday called “a despicable human being”": "who" after a name's comma)
            boolean relativeWho = (v.is(j, "who") || v.is(j, "whom")) && j > 0 && v.is(j - 1, ",");
            if ((v.is(j, "what") || quoted && (v.is(j, "which") || relativeThat || relativeWho)) && !v.isPunct(j + 1)) return true;
        }
        return false;
    }

    private static Cue cue(TokenView v, int i, String why) {
        return new Cue(i, i + 1, CueType.SPEECH_VERB, Decision.of(NAME, "“" + v.token(i).text() + "” with " + why));
    }
}
