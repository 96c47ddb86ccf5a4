package extract.quotes;

import extract.doc.Upos;
import java.util.EnumSet;
import java.util.Set;

/**
 * The noun phrase of a report's source next to its cue: before it, across appositives, a party label
 * and a short relative clause ("Rosa Delgado, 59, of Ashton, Md., said", "One official who relayed the
 * exchange said"), or after it ("said delegate John Archer", "according to a person close to the
 * process"). Works on token indices of one sentence; immutable and shareable.
 */
final class SourcePhrases {
    static final int MAX_APPOSITIVE = 40; // tokens between the commas of "X, director of ..., said"
    private static final int MAX_NP = 12;
    private static final int MAX_MODIFIER = 15; // words of a relative clause or participle phrase after the subject
    private static final int MAX_OPENING_MODIFIERS = 22; // words of the phrases after a clause's opening noun phrase
    /** The first word of a description in apposition: "a fellow", "co-author of", "former adviser". */
    private static final Set<Upos> DESCRIPTION_OPENERS = EnumSet.of(Upos.DET, Upos.NOUN, Upos.ADJ);

    private final CueLexicon lexicon;

    SourcePhrases(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "The video shows Trump saying", "footage of Ana Ruiz telling reporters": the name right before a
     * participle cue after a word of showing ({@code showing-words.txt}) is its subject; null otherwise.
     */
    SubjectPhrase shownSpeaker(TokenView v, int cue) {
        if (cue < 2 || !v.isVerb(cue) || !v.lower(cue).endsWith("ing") || !v.nameLike(cue - 1) || v.inQuote(cue - 1)) return null;
        int a = cue - 1;
        while (a > 0 && cue - a < MAX_NAME && v.nameLike(a - 1) && !v.isPossessive(a - 1)) a--;
        boolean shown = a > 0 && (lexicon.showingWord(v.lower(a - 1))
                || a > 1 && v.is(a - 1, "of") && lexicon.showingWord(v.lower(a - 2)));
        return shown ? new SubjectPhrase(a, cue, a) : null;
    }

    private static final int MAX_NAME = 4;

    /**
     * Where a short quoted name ending at word k (a title in capitals: “Ted Cruz”, “Fox News Sunday”)
     * leaves off to its left: the index before its opening mark (-1 at the sentence start); -2 when
     * the quotation is no such name.
     */
    private static int beforeQuotedName(TokenView v, int k) {
        int m = v.isQuoteMark(k) ? k - 1 : k;
        int words = 0;
        while (m >= 0 && v.inQuote(m) && !v.isQuoteMark(m)) {
            // ("Bernie or Bust", "Game of Thrones": a title's small words inside it stay lower case)
            boolean small = v.pos(m) == Upos.CCONJ || v.pos(m) == Upos.ADP || v.pos(m) == Upos.DET;
            if (!v.token(m).capitalised() && !(small && words > 0 && m - 1 >= 0 && v.inQuote(m - 1) && !v.isQuoteMark(m - 1))) return -2;
            words++;
            m--;
        }
        return m >= 0 && v.isQuoteMark(m) && words > 0 && words <= MAX_NAME ? m - 1 : -2;
    }

    /**
     * Words [from, comma) are a plural noun, a preposition and its singular object ("Lawyers for the defendant",
     * "Relatives of the victim"), and [comma + 1, nameEnd) one name (no "and"): the name is the object's.
     */
    private static boolean pluralHeadOfSingularObject(TokenView v, int from, int comma, int nameEnd) {
        int adp = from;
        while (adp < comma && v.pos(adp) != Upos.ADP) adp++;
        if (adp == from || adp + 1 >= comma || v.pos(adp - 1) != Upos.NOUN || !pluralForm(v.lower(adp - 1))) return false;
        int object = comma - 1;
        if (v.pos(object) != Upos.NOUN || pluralForm(v.lower(object)) || v.token(object).capitalised()) return false;
        for (int m = comma + 1; m < nameEnd; m++) if (v.pos(m) == Upos.CCONJ) return false;
        return true;
    }

    /** "lawyers", "relatives": a lower-case "-s" form (not "-ss", not a possessive). */
    private static boolean pluralForm(String lower) {
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s");
    }

    /**
     * The subject noun phrase ending at token j (inclusive), skipping an appositive; its frame start
     * is earlier than its start when the name stands in apposition. Null if none.
     */
    SubjectPhrase leftSubject(TokenView v, int j) {
        if (j < 0) return null;
        int skipped = 0; // appositives between commas: ", 59, of Ashton, Md.,"
        if (v.inQuote(j)) {
            // 'Humphrey, who calls Trump a "sociopath," said': an appositive ending in quoted words
            j = quotedAppositiveStart(v, j);
            if (j < 0) return null;
            skipped = 1;
        }
        j = skipParenthesis(v, j);
        if (j < 0) return null;
        int aside = dashAsideStart(v, j);
        if (aside >= 0) {
            // "John Dickey, the chief executive of Ora Media -- the company that owns the show -- told me"
            j = aside - 1;
            skipped = 1;
        }
        while (skipped < 4 && j > 0 && v.is(j, ",")) {
            int k = j - 1;
            while (k >= 0 && j - k <= MAX_APPOSITIVE && !v.is(k, ",")) {
                if (v.inQuote(k)) {
                    int before = beforeQuotedName(v, k); // "wearing a cowboy hat and “Ted Cruz” button"
                    if (before < -1 || k == j - 1) break;
                    k = before;
                } else {
                    k--;
                }
            }
            if (k >= 0 && k < j - 1 && v.inQuote(k) && isAppositive(v, k + 1, j)) {
                // ', the co-author of "Going Viral," about the spread of news, said': two appositives
                int opening = quotedAppositiveStart(v, k);
                if (opening >= 0) {
                    j = opening;
                    skipped += 2;
                    continue;
                }
            }
            boolean bounded = k > 0 && v.is(k, ",") && k < j - 1;
            if (!bounded) {
                if (skipped == 0) return null; // "The economy is strong, said Smith": no subject before
                break;
            }
            // ("the minister of the economy, Mr. Guajardo, said": an honorific may open the name)
            boolean named = v.nameLike(k + 1) || k + 2 < j && v.token(k + 1).capitalised() && v.lower(k + 1).endsWith(".") && v.nameLike(k + 2);
            // ("Sen. Claire McCaskill (D-Mo.), who …, said": the party label is no part of the phrase)
            int labelled = skipParenthesis(v, j - 1);
            int end = j - 1 > k + 1 && v.is(j - 1, ")") && labelled > k ? labelled + 1 : j;
            if (named && isNounPhrase(v, k + 1, end) && openingAdverbial(v, k)) {
                // "On Tuesday, Kevin Brady, chairman of the committee, said": the name opens the clause
                return new SubjectPhrase(k + 1, end, k + 1);
            }
            if (skipped > 0 && isNounPhrase(v, k + 1, end) && openingAdverbial(v, k)) {
                // "On Monday, the People's Daily, the party's mouthpiece, warned": after an opening phrase and its
                // comma the words before the appositive are the subject, named or not
                return new SubjectPhrase(k + 1, end, k + 1);
            }
            // ("Another analyst, Jane Doe of the Brookings Institution, said": the name, then where the person is from)
            int affiliated = named && !isNounPhrase(v, k + 1, end) ? affiliatedNameEnd(v, k + 1, end) : -1;
            if (named && (isNounPhrase(v, k + 1, end) || affiliated > 0) && (!v.nameLike(k - 1) || describes(v, k - 1))
                    && !lexicon.townRegion(v, k + 1, end)) {
                // "the coach, Marco Bianchi, said": the name in apposition; the frame starts at "the coach" (when that
                // opens the clause: not "Asked if there had been any fraud, Michael Briggs, …, said")
                SubjectPhrase head = leftSubject(v, k - 1);
                boolean opening = head != null && (head.frameStart() == 0 || v.isPunct(head.frameStart() - 1)
                        || v.pos(head.frameStart() - 1) == Upos.CCONJ);
                if (opening && pluralHeadOfSingularObject(v, head.frameStart(), k, end)) {
                    // "Lawyers for the defendant, Marcus Lee, argued": one person's name after a plural head's
                    // object names the object; the plural head speaks
                    return new SubjectPhrase(head.frameStart(), k, head.frameStart());
                }
                return new SubjectPhrase(k + 1, affiliated > 0 ? affiliated : end, opening ? head.frameStart() : k + 1);
            }
            WordRange titled = titledName(v, k + 1, j);
            if (titled != null && !v.nameLike(k - 1)) {
                // "Scott's niece, state Del. Marcia "Cia" Price, said": a lower-case role, then the name
                SubjectPhrase head = leftSubject(v, k - 1);
                return new SubjectPhrase(titled.start(), titled.end(), head == null ? k + 1 : head.frameStart());
            }
            // "in what Bay Buchanan, national treasurer for Reagan's campaign, called": after a relative word
            // the name before the appositive is the subject, not a noun before the relative clause
            int relativeSubject = skipped == 1 ? nameAfterRelativeWord(v, k + 1, j) : -1;
            if (relativeSubject >= 0) return new SubjectPhrase(relativeSubject, j, relativeSubject);
            // ("As we noted, a study by the Centre, a think tank, concluded": after an opening clause's verb
            // and its comma the words are no appositive but the subject the first one described)
            if (skipped > 0 && (v.isVerb(k - 1) || v.pos(k - 1) == Upos.AUX) && !v.inQuote(k - 1)) break;
            // ("Sanders, meanwhile, who sits at zero endorsements, said": an aside before the appositive;
            // "Cruz, when asked about the plan, said": a clause of time or condition between subject and verb)
            // ("Dylan Nelson, a fellow at the institute, and co-author of the study, said": a second description
            // joined to the first)
            boolean joined = skipped == 0 && k + 2 < j && v.is(k + 1, "and") && !v.nameLike(k + 2)
                    && DESCRIPTION_OPENERS.contains(v.pos(k + 2)) && isAppositive(v, k + 2, j);
            if (!joined && !isAppositive(v, k + 1, j) && !(skipped > 0 && lexicon.aside(v, k + 1, j)) && !circumstanceAside(v, k + 1, j)
                    && !participleAside(v, k + 1, j) && !comparisonAside(v, k + 1, j) && !(skipped == 0 && frameAside(v, k + 1, j))) {
                if (skipped == 0) return null;
                break;
            }
            j = k;
            skipped++;
        }
        if (v.is(j, ",")) j = skipParenthesis(v, j - 1); // the subject ends before the first appositive
        if (j < 0) return null;
        SubjectPhrase contact = contactClauseHead(v, j);
        if (contact != null) return contact;
        if (lexicon.subjectPronoun(v.lower(j)) && v.pos(j) == Upos.PRON) return new SubjectPhrase(j, j + 1, j);
        if (indefinite(v, j)) {
            // "Someone told him", "No one knows": ("no one" with its "no"; not "the one", "this one")
            int a = v.is(j, "one") ? j - 1 : j;
            return new SubjectPhrase(a, j + 1, a);
        }
        int end = j + 1;
        if (reducedParticiple(v, j)) j--; // "Cuban-Americans polled said": the phrase runs on over the participle
        if ((v.is(j, "those") || v.is(j, "half")) && !v.inQuote(j)) {
            // "those surveyed said", "Nearly half said": a pronoun of quantity is the subject, with its
            // approximator; not a preposition's object ("donations from those seeking", "shy of half")
            int a = j;
            while (a > 0 && lexicon.approximator(v.lower(a - 1)) && !v.inQuote(a - 1)) a--;
            boolean object = a > 0 && (v.pos(a - 1) == Upos.ADP || v.isVerb(a - 1)) && !v.inQuote(a - 1);
            if (object && a >= 2 && v.is(a - 1, "of") && (v.pos(a - 2) == Upos.NOUN || v.pos(a - 2) == Upos.NUM)) {
                // ("62 percent of those said", "most of those polled said": the share of them speaks)
                SubjectPhrase share = leftSubject(v, a - 2);
                if (share != null) return new SubjectPhrase(share.start(), end, share.frameStart());
            }
            return object ? null : new SubjectPhrase(a, end, a);
        }
        int a = j;
        if (j >= 2 && v.pos(j) == Upos.PRON && v.is(j - 1, "of") && lexicon.quantifier(v.lower(j - 2)) && !v.inQuote(j - 2)) {
            return new SubjectPhrase(j - 2, j + 1, j - 2); // "most of them said"
        }
        if (objectOfLinkerAdjective(v, j)) a = j - 2; // "a source close to him said": the pronoun ends the modifier
        else if (!v.nounPhrasePart(j) || v.isPossessive(j)) return null;
        while (a - 1 >= 0 && j - a < MAX_NP) {
            int p = a - 1;
            // ("the “Pose” actor said": a quoted title between the determiner and its noun is the phrase's)
            int titled = v.isQuoteMark(p) && v.inQuote(p) && v.pos(a) == Upos.NOUN ? beforeQuotedName(v, p) : -2;
            if (titled >= 0 && !v.inQuote(titled) && (v.pos(titled) == Upos.DET || v.isPossessivePronoun(titled))) {
                a = titled; // (and on: "Some in the “Bernie or Bust” crowd suggest")
                continue;
            }
            // ("On Monday Trump said", "On the morning of Feb. 28 Trump retweeted": a day, date or number before a
            // name ends the phrase of time that opens the clause, not the name)
            if (v.nameLike(a) && dayBeforeName(v, p)) break;
            // a noun phrase starts here... ("the kind of jurist many Republicans fear": "many" opens one too)
            boolean determiner = v.pos(a) == Upos.DET && !v.nameLike(a)
                    || lexicon.quantifier(v.lower(a)) && !v.nameLike(a) && a < j && (v.pos(p) == Upos.NOUN || v.pos(p) == Upos.PROPN);
            if (!determiner && (v.nounPhrasePart(p) || participleInPhrase(v, p) || degreeAdverb(v, p))
                    && !(v.isVerb(p) && lexicon.isSpeechVerb(v.lower(p)) && !v.afterHyphen(p))) {
                a = p;
            } else if (p - 1 >= 0 && (lexicon.linker(v.lower(p)) || v.is(p, "and") || placedIn(v, p)) // ...unless "of"/"for"/"and" joins it on
                    && !(determiner && v.is(p, "and"))
                    && !(v.is(p, "and") && v.pos(p - 1) == Upos.ADJ) // "wanted the sanctions relaxed and Xi said"
                    && (v.pos(p - 1) == Upos.NOUN || v.pos(p - 1) == Upos.ADJ || v.nameLike(p - 1)
                            || lexicon.linkerAdjective(v.lower(p - 1)) // "close/ADV to the campaign"
                            || v.pos(p - 1) == Upos.NUM && (v.is(p, "of") || v.is(p, "in")) // "eight of 10", "six in 10"
                            || (lexicon.quantifier(v.lower(p - 1)) || v.is(p - 1, "those")) && (v.is(p, "of") || v.is(p, "in"))) // "some of the women"
                    && !v.inQuote(p - 1)) {
                a = p - 1;
            } else {
                break;
            }
        }
        if (a > 0 && v.pos(a - 1) == Upos.ADP && !v.inQuote(a - 1) && v.nameLike(j) && !v.nameLike(a)) {
            // "said that after legal consultation Washington had concluded": the object of an opening preposition,
            // then the name that is the clause's subject (not a role before it: "after talks, spokesman Al Cole")
            int x = namesEndingAt(v, j, a);
            if (x > a && v.pos(x - 1) == Upos.NOUN && !v.inQuote(x - 1) && !lexicon.people(v.lower(x - 1))) a = x;
        }
        if (end - a > 3 && lexicon.dayWord(v.lower(a)) && v.pos(a + 1) == Upos.ADP && v.nameLike(j)) {
            // "Saturday at the party convention Sen. Elizabeth Warren said": the day and the occasion after it open the
            // clause, no comma closing them; the names ending the phrase are its subject
            a = namesEndingAt(v, j, a + 2);
        }
        if (lexicon.townRegion(v, a, end) && !v.inQuote(a - 1)) {
            // "Stacy Baker of Columbia, South Carolina says": the state goes with the town, and the town with the phrase before
            SubjectPhrase town = leftSubject(v, a - 2);
            if (town != null && town.start() < a - 2) return new SubjectPhrase(town.start(), end, town.frameStart());
        }
        if (a >= 2 && v.is(a - 1, ",") && (v.pos(a) == Upos.DET && !v.nameLike(a) || startsLowerCase(v, a)) && !roleThenName(v, a, end)
                && !parentheticalFrame(v, end)) {
            // "Scott Pruitt, the attorney general of Oklahoma, ... said": the description is in apposition
            SubjectPhrase name = leftSubject(v, a - 2);
            // not the object of a preposition or verb ("Just days before it was to report earnings on Wednesday, the company said")
            // (nor a participle's: "Speaking on Facebook, the mayor said")
            boolean inPhrase = name != null && (objectOfPhrase(v, name) || v.isVerb(name.start()) && !v.inQuote(name.start()));
            // ("Overall, the fund predicted", "Rather/PROPN, sources close to her campaign say", "Sure/INTJ, official data
            // suggest": an opening adverb or interjection is no name)
            boolean adverb = name != null && (v.pos(name.end() - 1) == Upos.ADV || v.pos(name.end() - 1) == Upos.INTJ
                    || lexicon.aside(v, name.start(), name.end()));
            // (nor a time placed somewhere: "At a conference that month in Aspen, Colo., the graduate ended")
            if (name != null && v.nameLike(name.end() - 1) && !inPhrase && !adverb && !onlyTimeWords(v, name.end() - 1, name.end())
                    && !lexicon.timeWord(v.lower(name.start())) && !(v.pos(name.start()) == Upos.DET && lexicon.timeWord(v.lower(name.start() + 1)))
                    && !lexicon.townRegion(v, name.start(), name.end()) && !extract.text.PartyLabel.is(v.token(name.end() - 1).text())) {
                return new SubjectPhrase(name.start(), name.end(), name.frameStart());
            }
        }
        if (a > 0 && (v.isVerb(a - 1) || v.pos(a - 1) == Upos.AUX || v.pos(a - 1) == Upos.ADP) && !v.inQuote(a - 1)) {
            // "will not attend the meeting and others have said", "care about the community and one in four
            // said": the phrase before "and" is the object of a verb or preposition
            for (int k = j; k > a; k--) {
                if (v.is(k, "and")) {
                    a = k + 1;
                    break;
                }
            }
        }
        a = listStart(v, a, j);
        if (end < v.size() && v.isVerb(end) && v.lower(end).endsWith("ing") && !v.inQuote(end)
                && PARTICIPLE_SUBJECT_ENDS.contains(v.pos(j))) {
            // "liberals with about three in 10 saying": the phrase after "with" is the participle's own subject
            for (int k = j; k > a; k--) {
                if (v.is(k, "with") && !v.inQuote(k)) {
                    a = k + 1;
                    break;
                }
            }
        }
        if (a >= 2 && placedIn(v, a - 1) && !v.inQuote(a - 1)) {
            // ("Most Republican voters in Alabama, Georgia and Virginia said": the people placed there are the subject)
            int head = a - 2;
            while (head - 1 >= 0 && j - head < MAX_NP && (v.nounPhrasePart(head - 1) || lexicon.quantifier(v.lower(head - 1)))
                    && !v.inQuote(head - 1)) {
                head--;
            }
            a = head;
        }
        a = approximatedStart(v, a);
        if (a >= 1 && a + 2 <= j && v.is(a - 1, ",") && v.pos(a) == Upos.DET && !v.inQuote(a) && lexicon.claimNoun(v.lower(a + 1))
                && v.nounPhrasePart(a + 2)) {
            // "…, a claim analysts disputed": the claim is the object of the relative clause whose subject follows it
            // (the frame still starts at "a", where the report before it ends)
            return new SubjectPhrase(a + 2, end, a);
        }
        if (a >= 3 && examples(v, a - 1) && v.is(a - 2, ",")) {
            // "Several Republican leaders, including Sens. Ayotte, Toomey and Grassley, have denounced": the examples
            // are no subject; the group they illustrate is
            SubjectPhrase group = leftSubject(v, a - 3);
            if (group != null) return group;
        }
        // "2016 and Beyond, which in the wake of the defeat urged": the phrase is a preposition's object; the relative word speaks
        if (a >= 2 && v.pos(a - 1) == Upos.ADP && !v.inQuote(a - 1) && (v.is(a - 2, "which") || v.is(a - 2, "who"))) {
            return new SubjectPhrase(a - 2, a - 1, a - 2);
        }
        // ("in what former employees called": the relative word is no part of the subject; "at least half of voters
        // say": the "at" of "least" is)
        if (v.is(a, "what") && a < j && !v.inQuote(a)) a++;
        else if (a >= 1 && v.is(a, "least") && v.is(a - 1, "at") && !v.inQuote(a - 1)) a--;
        SubjectPhrase opening = openingPhrase(v, a, j);
        if (onlyTimeWords(v, a, j + 1)) {
            // "The poll released Friday shows": the time ends a participle's phrase; the noun before it speaks
            if (opening == null && a >= 2 && v.pos(a - 1) == Upos.VERB && v.lower(a - 1).endsWith("ed") && !v.inQuote(a - 1)
                    && j + 1 < v.size() && !v.lower(j + 1).endsWith("ing") && v.pos(a - 2) == Upos.NOUN) {
                SubjectPhrase head = leftSubject(v, a - 2);
                if (head != null) return head;
            }
            if (opening == null && a >= 2 && v.pos(a - 1) == Upos.ADP && !v.inQuote(a - 1)) {
                // "that Sanders in the past has criticized": a preposition's phrase of time between the subject and its verb
                SubjectPhrase head = leftSubject(v, a - 2);
                if (head != null && head.end() == a - 1) return head;
            }
            return opening; // "Friday said": a time, not a speaker ("Theresa May" is one)
        }
        SubjectPhrase relative = relativeClauseHead(v, a);
        if (relative == null) relative = modifiedHead(v, a);
        if (relative != null) return new SubjectPhrase(relative.start(), end, relative.frameStart());
        return opening != null ? opening : new SubjectPhrase(a, end, a);
    }

    /** Tags a participle's own subject may end in ("with about three in 10 saying"; not "harder-edged/ADJ reporting"). */
    private static final Set<Upos> PARTICIPLE_SUBJECT_ENDS = EnumSet.of(Upos.NOUN, Upos.PROPN, Upos.NUM, Upos.PRON);

    /**
     * "Sanders, aides said, will stay in the race": the cue at {@code cue} and its comma, then a verb
     * with no subject of its own: the words between the commas are a frame set into the clause, so
     * the phrase before the cue is its subject, no appositive of the name before.
     */
    private static boolean parentheticalFrame(TokenView v, int cue) {
        if (cue >= v.size() || !v.isVerb(cue) || v.inQuote(cue)) return false;
        int comma = cue + 1;
        while (comma < v.size() && comma - cue <= 4 && !v.is(comma, ",") && !v.isVerb(comma) && !v.inQuote(comma)) comma++;
        return comma + 1 < v.size() && v.is(comma, ",") && (v.pos(comma + 1) == Upos.AUX || v.isVerb(comma + 1)) && !v.inQuote(comma + 1);
    }

    /**
     * "more than 4 in 10 said", "nearly 40 percent said": a number opening the phrase takes the
     * approximator or comparison before it ({@code approximators.txt}, "more than", "fewer than").
     */
    private int approximatedStart(TokenView v, int a) {
        if (v.pos(a) != Upos.NUM) return a;
        int s = a;
        if (s >= 2 && v.is(s - 1, "than") && (v.is(s - 2, "more") || v.is(s - 2, "fewer") || v.is(s - 2, "less"))) s -= 2;
        else while (s > 0 && lexicon.approximator(v.lower(s - 1)) && !v.inQuote(s - 1)) s--;
        return s;
    }

    /** Prepositions that also open a clause ("weeks after Obama announced"). */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "until");

    /** Words that open a relative clause ("the plan that …", "critics who …"). */
    static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "that", "whom");

    /** Where a name opens the rest of words [from, to) after "what", "which", "who" or "whom" ("in what Bay Buchanan"), else -1. */
    private int nameAfterRelativeWord(TokenView v, int from, int to) {
        for (int r = from; r + 1 < to; r++) {
            boolean relative = v.is(r, "what") || v.is(r, "which") || v.is(r, "who") || v.is(r, "whom");
            if (relative && !v.inQuote(r) && v.nameLike(r + 1) && isNounPhrase(v, r + 1, to)) return r + 1;
        }
        return -1;
    }

    /** How many words a phrase at the end of a contact clause may take ("I met in Iowa"). */
    private static final int MAX_CONTACT_PHRASE = 4;

    /**
     * "all the experts I interviewed said", "the people we spoke to said", "voters I met in Iowa said":
     * a relative clause without "who" or "that" (a pronoun and its verb, perhaps a phrase or a stranded
     * preposition) ends right before the cue; the noun phrase it describes is the subject. Null if none.
     */
    private SubjectPhrase contactClauseHead(TokenView v, int j) {
        int k = j;
        int back = k;
        while (back >= 0 && k - back < MAX_CONTACT_PHRASE && v.nounPhrasePart(back) && !v.inQuote(back)) back--;
        if (back >= 0 && back < k && v.pos(back) == Upos.ADP && !v.inQuote(back)) k = back - 1; // "in Iowa"
        else if (v.pos(k) == Upos.ADP || v.pos(k) == Upos.PART) k--; // "spoke to"
        if (k < 2 || !v.isVerb(k) || v.inQuote(k) || v.lower(k).endsWith("ing")) return null;
        // a personal pronoun: "leaders who implicitly/VERB rebuked" has its relative word
        if (v.pos(k - 1) != Upos.PRON || !lexicon.subjectPronoun(v.lower(k - 1)) || v.inQuote(k - 1) || RELATIVE_WORDS.contains(v.lower(k - 1))) {
            return null;
        }
        if (v.pos(k - 2) != Upos.NOUN || v.inQuote(k - 2)) return null;
        return leftSubject(v, k - 2);
    }

    /**
     * "One official who relayed the exchange said": the noun phrase before the cue is the object of a
     * short relative clause; the subject is the phrase the clause describes. Null when there is none.
     */
    private SubjectPhrase relativeClauseHead(TokenView v, int a) {
        if (a < 3 || !v.isVerb(a - 1) || !(v.is(a - 2, "who") || v.is(a - 2, "that"))) return null;
        SubjectPhrase head = leftSubject(v, a - 3);
        return head != null && !lexicon.subjectPronoun(v.lower(head.start())) ? head : null;
    }

    /**
     * "Political observers in Virginia and around the country say", "A poll released in late August
     * found", "Protesters marching through the streets chanted": the phrase before the cue ends a
     * modifier (prepositional or participle phrases) of the noun phrase that opens the clause, and
     * that noun phrase is the subject. Null when the words before do not read so.
     */
    private SubjectPhrase openingPhrase(TokenView v, int a, int j) {
        if (a > 0 && lexicon.quantifier(v.lower(a - 1)) && !v.inQuote(a - 1)) a--; // "officials from both parties"
        // (or an infinitive's verb: "Democrats trying to regain control say")
        boolean infinitive = a >= 3 && v.pos(a - 1) == Upos.VERB && v.is(a - 2, "to");
        // (or a gerund's after a noun: "The head of a commission investigating the attack said", "Lawyers representing him say")
        // (no reporting verb's, unless it lacks the particle it reports with: "A company making vaccines said")
        // (nor before a gerund cue, whose subject is the phrase right before it: "judges handling lawsuits seeking records")
        boolean gerundObject = a >= 2 && gerund(v, a - 1) && v.pos(a - 2) == Upos.NOUN
                && !(lexicon.isSpeechVerb(v.lower(a - 1)) && lexicon.particleAfter(v, a - 1) >= 0)
                && !(j + 1 < v.size() && v.lower(j + 1).endsWith("ing"));
        if (a < 2 || v.inQuote(a - 1) || !preposition(v, a - 1) && !infinitive && !gerundObject) return null;
        int s = a - 1;
        while (s > 0 && a - s <= MAX_OPENING_MODIFIERS && modifierWord(v, s - 1)) s--;
        if (a - s > MAX_OPENING_MODIFIERS) return null;
        // (or after a dateline's dash: "LOS ANGELES — The author of a book about the crisis said")
        boolean opensClause = s == 0 || (v.is(s - 1, ",") || v.isDash(s - 1)) && !v.inQuote(s - 1) || s == 1 && v.pos(0) == Upos.CCONJ;
        if (!opensClause) return null;
        int h = s;
        if (adjectival(v, h) && h + 1 < a) h++; // "elected officials"
        while (h < a && v.nounPhrasePart(h) && !v.isPossessive(h)) h++;
        if (h == s || h >= a || !(v.pos(h - 1) == Upos.NOUN || v.pos(h - 1) == Upos.PROPN)) return null;
        if (!(preposition(v, h) || participle(v, h) || gerund(v, h))) return null; // the modifier starts right after the phrase
        if (onlyTimeWords(v, s, h) || lexicon.subjectPronoun(v.lower(s))) return null;
        // ("A few weeks after Obama announced": a time, then a conjunction opening the clause of the cue)
        if (lexicon.timeWord(v.lower(h - 1)) && CLAUSE_PREPOSITIONS.contains(v.lower(h))) return null;
        return new SubjectPhrase(s, h, s);
    }

    /** A word that may stand in the modifiers of a subject: noun-phrase words, quantifiers, prepositions, "and", participles. */
    private boolean modifierWord(TokenView v, int i) {
        if (v.inQuote(i) || v.isPunct(i) && !v.isJoiningHyphen(i)) return false;
        return v.nounPhrasePart(i) || lexicon.quantifier(v.lower(i)) || v.pos(i) == Upos.ADP || v.is(i, "to") || v.is(i, "and") || v.is(i, "or")
                || participle(v, i) || adjectival(v, i) || gerund(v, i)
                || v.pos(i) == Upos.VERB && i > 0 && v.is(i - 1, "to"); // "Democrats trying to regain control … say"
    }

    /** "judges handling lawsuits": an -ing form after a noun opens a modifier, object and all. */
    private static boolean gerund(TokenView v, int i) {
        return v.pos(i) == Upos.VERB && v.lower(i).endsWith("ing") && !v.inQuote(i);
    }

    /** "elected officials", "registered voters": a past participle before a noun describes it. */
    private static boolean adjectival(TokenView v, int i) {
        // ("issued a statement": before a determiner it is a verb and its object)
        return v.pos(i) == Upos.VERB && v.lower(i).endsWith("ed") && i + 1 < v.size() && v.nounPhrasePart(i + 1) && v.pos(i + 1) != Upos.DET
                && !v.inQuote(i + 1);
    }

    /**
     * "released in", "marching through", "devoted to": a participle, by its ending (the tagger gives no
     * tense), and a preposition after it, where a verb in the past tense would take an object.
     */
    private static boolean participle(TokenView v, int i) {
        String w = v.lower(i);
        return v.pos(i) == Upos.VERB && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")) && preposition(v, i + 1);
    }

    private static boolean preposition(TokenView v, int i) {
        return i < v.size() && !v.inQuote(i) && (v.pos(i) == Upos.ADP || v.is(i, "to"));
    }

    /** "voters polled", "Democrats surveyed", "those surveyed": a past participle right after a plural noun describes it. */
    private static boolean reducedParticiple(TokenView v, int j) {
        return j > 0 && v.pos(j) == Upos.VERB && v.lower(j).endsWith("ed") && !v.inQuote(j - 1)
                && ((v.pos(j - 1) == Upos.NOUN || v.pos(j - 1) == Upos.PROPN) && v.lower(j - 1).endsWith("s") || v.is(j - 1, "those"));
    }

    /**
     * "supporters who came to Philadelphia to protest this week's convention said", "families of
     * those affected by mass shootings said": the noun phrase before the cue is the object of a
     * preposition or verb inside a longer modifier; the subject is the phrase the modifier (a
     * relative clause or a passive participle) describes. Null when there is none within a few words.
     */
    private SubjectPhrase modifiedHead(TokenView v, int a) {
        if (a < 3 || v.inQuote(a - 1) || !(v.pos(a - 1) == Upos.ADP || v.isVerb(a - 1))) return null;
        for (int k = a - 1; k >= 1 && a - k <= MAX_MODIFIER; k--) {
            if (v.inQuote(k) || v.isPunct(k) && !v.isJoiningHyphen(k) || v.pos(k) == Upos.CCONJ) return null;
            boolean relative = (v.is(k, "who") || v.is(k, "whose") || v.is(k, "that") && v.pos(k - 1) == Upos.NOUN)
                    && v.nounPhrasePart(k - 1);
            // a passive participle with its agent ("those affected by"), which a verb in the past tense cannot be
            boolean participle = v.pos(k) == Upos.VERB && v.lower(k).endsWith("ed") && v.is(k + 1, "by")
                    && (v.pos(k - 1) == Upos.NOUN || v.pos(k - 1) == Upos.PROPN || v.is(k - 1, "those")) && !v.inQuote(k - 1);
            if (relative || participle) {
                SubjectPhrase head = v.is(k - 1, "those") ? those(v, k - 1) : leftSubject(v, k - 1);
                return head != null && !lexicon.subjectPronoun(v.lower(head.start())) ? head : null;
            }
        }
        return null;
    }

    /**
     * Where the name starts in "state Del. Marcia "Cia" Price (D-Newport News)" or "former Sen. Bob
     * Dole" (words [from, to)): one to three lower-case words, then only capitalised words, abbreviated
     * titles and the marks of a nickname, at least two of them names, and perhaps a party label in
     * parentheses; null when the words are not so.
     */
    private static WordRange titledName(TokenView v, int from, int to) {
        int party = skipParenthesis(v, to - 1); // "(D-Newport News)"
        if (party < 0) return null;
        to = party + 1;
        int p = from;
        while (p < to && p - from < 3 && startsLowerCase(v, p) && v.nounPhrasePart(p)) p++;
        if (p == from || p >= to) return null;
        int names = 0;
        for (int i = p; i < to; i++) {
            if (v.inQuote(i) && !v.nameLike(i)) return null;
            if (v.nameLike(i) && !v.lower(i).endsWith(".")) names++;
            else if (!(v.token(i).capitalised() && v.lower(i).endsWith(".")) && !v.isQuoteMark(i)) return null;
        }
        return names >= 2 ? new WordRange(p, to) : null;
    }

    /** How many words one name of a list may take ("Sens. Jeff Merkley"). */
    private static final int MAX_LISTED_NAME = 4;

    /**
     * "Ana Ruiz, Ben Cole and Eva Poe said", "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert
     * Menendez (D-N.J.) said": where the phrase [a, j] is a name, the names before it joined by commas
     * or "and" (each perhaps with its party label) belong to it, when an "and" joins the list; the
     * start of the list, else a. ("In Washington, Ben Cole and Eva Poe said": no name after a preposition;
     * after ", including" the list stops at its first name, an example of the group before it.)
     */
    private int listStart(TokenView v, int a, int j) {
        if (!v.nameLike(j) && !v.is(j, ")")) return a;
        boolean joined = false;
        for (int i = a; i <= j; i++) joined |= v.is(i, "and") && !v.inQuote(i);
        int start = a;
        int items = 1;
        while (start >= 2) {
            int k = start - 1;
            boolean and = v.is(k, "and");
            if (and) {
                k--;
                if (v.is(k, ",")) k--; // ", and"
            } else if (v.is(k, ",") && joined && !openingAdverbial(v, k)) {
                // (a comma comes before the "and": "near 17th Street and Gladstone Avenue, Harris said" is no list;
                // nor is the comma closing an opening phrase: "Making her way around Chez Vachon, Clinton and Bill thanked")
                k--;
            } else {
                break;
            }
            if (k < 0 || v.inQuote(k)) break;
            // ("It is about audiences, he and Mr. Allen said": a subject pronoun opening the list is one of its people)
            if (and && lexicon.subjectPronoun(v.lower(k)) && !v.is(k, "it") && (k == 0 || v.isPunct(k - 1))) {
                start = k;
                joined = true;
                items++;
                break;
            }
            int m = skipParenthesis(v, k); // "(D-Ohio)"
            if (m < 0) break;
            int e = m;
            while (e >= 0 && m - e < MAX_LISTED_NAME && v.nameLike(e) && !v.inQuote(e)) e--;
            boolean example = e < m && e >= 0 && examples(v, e); // ", including Sens. McCain, …"
            // ("voters in Alabama, Georgia and Virginia": places listed after a noun's "in", the last two joined by
            // "and", are one phrase with it; not "at the Championship in Louisville, and Nicklaus said")
            if (e < m && e >= 1 && placedIn(v, e) && !and && joined) {
                start = e + 1;
                items++;
                break;
            }
            if (!example && (e == m || e >= 0 && (v.pos(e) == Upos.ADP || v.pos(e) == Upos.SCONJ || v.isVerb(e) || v.nameLike(e)))) break;
            if (!and && onlyTimeWords(v, e + 1, m + 1)) break; // ("Also Monday, Goodlatte and Gowdy sent": the day opens the clause)
            joined |= and;
            start = e + 1;
            items++;
            if (example) break;
        }
        return joined && items > 1 ? start : a;
    }

    /** "including", "like": the names after it are examples of a group, not the group. */
    private static boolean examples(TokenView v, int i) {
        return (v.is(i, "including") || v.is(i, "like")) && !v.inQuote(i);
    }

    /**
     * "when asked about the plan", "while campaigning in Iowa": words between commas that a subordinator
     * opens and a verb follows at once, a clause of circumstance with no subject of its own. (With a
     * subject the clause may hold the speaker: "…, while Mike Huckabee, the former governor, proposed".)
     */
    private boolean circumstanceAside(TokenView v, int from, int to) {
        return to - from >= 2 && lexicon.openingSubordinator(v.lower(from)) && !v.inQuote(from) && v.pos(from + 1) == Upos.VERB;
    }

    /**
     * "Smith, police said, told aides …", "Lee, she says, warned": a parenthetical frame (a subject, then a
     * reporting verb) between the subject and its finite verb right after the comma at {@code to} (not a
     * participle, which shares the frame's subject: "… your compensation, she said, referencing the bank's …").
     */
    private boolean frameAside(TokenView v, int from, int to) {
        int verb = to - 1;
        if (to + 1 >= v.size() || !v.isFiniteVerb(to + 1) || v.lower(to + 1).endsWith("ing")) return false;
        if (verb <= from || v.pos(verb) != Upos.VERB || v.inQuote(verb) || !lexicon.isSpeechVerb(v.lower(verb))) return false;
        if (verb - from == 1 && lexicon.subjectPronoun(v.lower(from)) && v.pos(from) == Upos.PRON) {
            return !RELATIVE_WORDS.contains(v.lower(from));
        }
        return verb - from <= MAX_NAME && isNounPhrase(v, from, verb) && !v.isPossessive(verb - 1);
    }

    /**
     * "Smith, like many others, said", "Ruiz, unlike her rivals, said": "like" or "unlike" and a phrase with
     * no verb, between the subject and its verb.
     */
    private static boolean comparisonAside(TokenView v, int from, int to) {
        if (to - from < 2 || !(v.is(from, "like") || v.is(from, "unlike")) || v.inQuote(from)) return false;
        for (int i = from + 1; i < to; i++) {
            if (v.inQuote(i) || v.isVerb(i) || v.pos(i) == Upos.AUX) return false;
        }
        return true;
    }

    /**
     * "Clinton, speaking to reporters on her plane, said": a participle's clause between the subject and
     * its verb (a present participle, or a past one with a preposition after it: "asked about the plan"),
     * perhaps after an adverb or two ("Clinton, also campaigning in Wisconsin, said").
     */
    private static boolean participleAside(TokenView v, int from, int to) {
        for (int k = 0; k < 2 && from < to - 2 && v.pos(from) == Upos.ADV && !v.inQuote(from); k++) from++;
        if (to - from < 2 || v.pos(from) != Upos.VERB || v.inQuote(from)) return false;
        String w = v.lower(from);
        return w.endsWith("ing") || w.endsWith("ed") && v.pos(from + 1) == Upos.ADP;
    }

    /** Word p names a day ("Monday", "last week") or ends a date ("Feb. 28", "March 3"): capitalised, a month, then its number. */
    private boolean dayBeforeName(TokenView v, int p) {
        if (v.inQuote(p)) return false;
        if (lexicon.dayWord(v.lower(p))) return true;
        if (v.pos(p) != Upos.NUM || p == 0) return false;
        String month = v.token(p - 1).text();
        return !month.isEmpty() && Character.isUpperCase(month.codePointAt(0)) && (month.endsWith(".") || lexicon.timeWord(v.lower(p - 1)));
    }

    /** The phrase follows a preposition, conjunction or verb: it is their object, no subject. */
    private static boolean objectOfPhrase(TokenView v, SubjectPhrase phrase) {
        int before = phrase.frameStart() - 1;
        // ("in Pennsylvania and Ohio, the campaign announced": the last of names joined by "and" is the object too)
        while (before >= 1 && (v.is(before, "and") || v.is(before, "or") || v.is(before, ",")) && !v.inQuote(before)) {
            int k = before - 1;
            while (k >= 0 && v.nameLike(k) && !v.inQuote(k)) k--;
            if (k == before - 1) break;
            before = k;
        }
        if (before >= 1 && (v.is(before, "and") || v.is(before, "or")) && !v.inQuote(before) && v.nounPhrasePart(before - 1)) {
            // ("after Trump brought inspiration and supplies to …, a newspaper said": so is the last of nouns joined by "and")
            before = beforeNounPhrase(v, before - 1);
        }
        if (before >= 1 && v.nounPhrasePart(before)) {
            // ("In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the candidate stated": the
            // names end a noun phrase, their role's words before them, that a preposition or verb takes)
            before = beforeNounPhrase(v, before);
        }
        return before >= 0 && (v.pos(before) == Upos.ADP || v.pos(before) == Upos.SCONJ || v.isVerb(before));
    }

    /** The word before the noun phrase ending at word k (at most {@link #MAX_NP} words back), or -1. */
    private static int beforeNounPhrase(TokenView v, int k) {
        int m = k;
        while (m >= 0 && k - m < MAX_NP && v.nounPhrasePart(m)) m--;
        return m;
    }

    /** "The leader of the Anti-Defamation League": the phrase ending at word e is a description (a determiner and a common noun), not a name. */
    private boolean describes(TokenView v, int e) {
        SubjectPhrase d = leftSubject(v, e);
        // ("A senior Republican, Ben Cole, said", "One senior Tory, …")
        return d != null && d.end() - d.start() >= 3 && (v.pos(d.start()) == Upos.DET || v.is(d.start(), "one"))
                && !v.nameLike(d.start() + 1);
    }

    /**
     * "Or maybe Jeb Bush, digital consultant Phil Musser says": lower-case words of a role, no
     * preposition among them, then a name ending the phrase: a titled name, the subject itself, no
     * description of the name before the comma.
     */
    private static boolean roleThenName(TokenView v, int a, int end) {
        int name = end - 1;
        if (!v.nameLike(name) || v.pos(a) == Upos.DET) return false;
        while (name > a && v.nameLike(name - 1)) name--;
        if (name == a || v.pos(name - 1) != Upos.NOUN) return false;
        for (int i = a; i < name; i++) if (v.pos(i) == Upos.ADP || v.nameLike(i) || v.inQuote(i)) return false;
        return true;
    }

    /** "the attorney general of Oklahoma", "former governor": a description, where "Mr. Garin" is a name. */
    private static boolean startsLowerCase(TokenView v, int a) {
        String t = v.token(a).text();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /** "those" at word t, with the phrase it completes ("families of those"). */
    private SubjectPhrase those(TokenView v, int t) {
        SubjectPhrase outer = t >= 2 && lexicon.linker(v.lower(t - 1)) ? leftSubject(v, t - 2) : null;
        return outer != null ? outer : new SubjectPhrase(t, t + 1, t);
    }

    /** Where the run of names ending at word j starts, after word {@code floor}. */
    private static int namesEndingAt(TokenView v, int j, int floor) {
        int x = j;
        while (x - 1 > floor && v.nameLike(x - 1) && !v.inQuote(x - 1)) x--;
        return x;
    }

    /** "respondents in the poll", "voters in Iowa", "six in 10": "in" joins a place or source to a common noun, or two numbers. */
    private boolean placedIn(TokenView v, int p) {
        return v.is(p, "in") && p > 0 && (v.pos(p - 1) == Upos.NOUN || v.pos(p - 1) == Upos.NUM
                || lexicon.quantifier(v.lower(p - 1)) || v.is(p - 1, "those") // "some in the crowd", "those in favor of"
                || lexicon.indefinitePronoun(v.lower(p - 1))); // "someone in the audience"
    }

    /**
     * "And on Tuesday", "In a statement", "In court in Alexandria, Va.": the words before comma c open the
     * sentence with a phrase, no verb (a comma only between a town and its region).
     */
    private boolean openingAdverbial(TokenView v, int c) {
        int i = 0;
        while (i < c && (v.pos(i) == Upos.CCONJ || v.pos(i) == Upos.ADV)) i++;
        // ("Alarmed by the unrest in Nevada,": a participle's phrase opens it too)
        boolean participle = i < c - 1 && v.pos(i) == Upos.VERB && (v.lower(i).endsWith("ed") || v.lower(i).endsWith("ing"));
        if (i >= c - 1 || v.pos(i) != Upos.ADP && !participle) return false;
        for (int m = participle ? i + 1 : i; m < c; m++) {
            if (v.is(m, ",") && lexicon.townRegion(v, m + 1, c)) continue;
            if (v.inQuote(m) || v.isPunct(m) || v.isVerb(m) || v.pos(m) == Upos.AUX || v.pos(m) == Upos.SCONJ) return false;
        }
        return true;
    }

    /** An indefinite pronoun at word j, not quoted; "one" only after "no". */
    private boolean indefinite(TokenView v, int j) {
        if (v.inQuote(j) || !lexicon.indefinitePronoun(v.lower(j))) return false;
        return !v.is(j, "one") || j > 0 && v.is(j - 1, "no") && !v.inQuote(j - 1);
    }

    /** "close to him", "familiar with them": a pronoun object of a linker adjective's preposition after a noun. */
    private boolean objectOfLinkerAdjective(TokenView v, int j) {
        return j >= 3 && v.pos(j) == Upos.PRON && !v.inQuote(j - 2) && lexicon.linker(v.lower(j - 1))
                && (lexicon.linkerAdjective(v.lower(j - 2)) || v.pos(j - 2) == Upos.ADJ) && v.pos(j - 3) == Upos.NOUN;
    }

    /** "registered" in "Democratic registered voters", "of registered voters": a participle between words of a noun phrase. */
    private boolean participleInPhrase(TokenView v, int p) {
        // (a pronoun after it is its object: "Sanders called her fallen son her hero")
        boolean nounAfter = p + 1 < v.size() && v.pos(p + 1) != Upos.PRON;
        return p > 0 && nounAfter && v.pos(p) == Upos.VERB && v.lower(p).endsWith("ed") && !v.inQuote(p - 1)
                && (v.pos(p - 1) == Upos.ADJ || v.nameLike(p - 1) || v.pos(p - 1) == Upos.DET || lexicon.linker(v.lower(p - 1)));
    }

    /** "Friday", "last week", "the": time words and determiners, unless a quantifier that stands alone ("Some said"). */
    private boolean onlyTimeWords(TokenView v, int from, int to) {
        boolean time = false, quantifier = false;
        for (int i = from; i < to; i++) {
            // ("Day said …": a unit of time with a capital and no determiner is a family name)
            boolean surname = to - from == 1 && lexicon.surnameTimeUnit(v.lower(i)) && v.token(i).capitalised();
            boolean t = lexicon.timeWord(v.lower(i)) && !surname;
            if (!t && v.pos(i) != Upos.DET) return false;
            time |= t;
            quantifier |= lexicon.quantifier(v.lower(i));
        }
        return time || !quantifier;
    }

    /**
     * Words between two commas that describe the subject rather than report: "a spokesman for the
     * ministry", "its chief executive", "who has led the party since 2010", "noting the size of the
     * list", "in a statement released on Friday"; not a clause of its own.
     */
    static boolean isAppositive(TokenView v, int from, int to) {
        if (v.isQuoteMark(from)) return false;
        for (int i = from; i < to; i++) {
            if (v.isRelativePronoun(i)) return true; // a relative clause describes
        }
        // "clad in a red cape with lights that formed the name Trump": a relative clause after a phrase's noun
        boolean relative = false;
        for (int i = from + 2; i < to && !relative; i++) {
            relative = v.is(i, "that") && (v.pos(i - 1) == Upos.NOUN || v.pos(i - 1) == Upos.PROPN) && v.isVerb(i + 1);
        }
        for (int i = from + 1; i < to; i++) {
            // a verb of its own makes a clause, unless it is a passive participle after its noun ("a statement
            // released by", "a voter raised in Chile"; not "counsel asked for", "the justice sounded off on")
            boolean reducedRelative = (v.pos(i - 1) == Upos.NOUN || v.pos(i - 1) == Upos.PROPN) && v.lower(i).endsWith("ed")
                    && i + 1 < to && (v.is(i + 1, "by") || v.is(i + 1, "in") || v.is(i + 1, "with"));
            // ("at a consulting firm called Gavekal Dragonomics": a participle naming the noun before it, the name ending the words)
            boolean naming = v.pos(i - 1) == Upos.NOUN && v.lower(i).endsWith("ed") && nameRunTo(v, i + 1, to);
            boolean infinitive = v.is(i - 1, "to"); // "a rabbi helping to organize the boycott"
            boolean compound = v.afterHyphen(i); // "a self-described socialist"
            boolean inRelative = relative && i > from && v.is(i - 1, "that");
            // (an auxiliary too: "Mr. Plaats is ''activating his network,''" is a clause; "having served" is not)
            if (v.isVerb(i) && !v.lower(i).endsWith("ing") && !reducedRelative && !naming && !infinitive && !compound && !inRelative) {
                return false;
            }
        }
        Upos first = v.pos(from);
        return first == Upos.ADP || first == Upos.DET || first == Upos.ADJ || first == Upos.NOUN
                || first == Upos.PROPN || first == Upos.NUM || v.nameLike(from)
                || v.isPossessivePronoun(from) // "Scott Goodstein, its chief executive, said"
                || v.isReflexive(from) // "himself up for reelection"
                || first == Upos.ADV && from + 2 < to && v.pos(from + 1) == Upos.DET && isAppositive(v, from + 1, to) // "also a GOP hopeful"
                || first == Upos.ADV && from + 1 < to && v.pos(from + 1) == Upos.NOUN // "vice/ADV chairwoman for the campaign"
                || first == Upos.ADV && to - from == 2 && (v.pos(from + 1) == Upos.ADJ // "visibly angry"
                        || v.pos(from + 1) == Upos.NUM) // "then 38"
                // a participle: "Durbin, noting the size of the list, said", "clad in red"
                || first == Upos.VERB && !bareVerbPhrase(v, from, to);
    }

    /**
     * "grind our way to the end", "sit down", "buy a game": a bare verb (no participle's ending, as in "noting the
     * size") with its object or particle after it is a clause of its own (a list of acts), no appositive; the
     * tagger's stray verbs before a noun ("refugee/VERB rights director") or a preposition ("struck by her story")
     * are left to describe.
     */
    private static boolean bareVerbPhrase(TokenView v, int from, int to) {
        String w = v.lower(from);
        boolean participle = w.endsWith("ing") || w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("rn");
        if (participle || from + 1 >= to || v.inQuote(from + 1)) return false;
        Upos next = v.pos(from + 1);
        return next == Upos.DET || next == Upos.ADV || next == Upos.PART || next == Upos.PRON;
    }

    /** Words from..to are all a name's words (at least one). */
    private static boolean nameRunTo(TokenView v, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!v.nameLike(i) || v.inQuote(i)) return false;
        return true;
    }

    /**
     * The comma that opens an appositive whose last words are quoted, when token j closes the quote
     * after a comma ('..., the co-author of "Going Viral," said'); -1 when there is none. The quote
     * must open inside the appositive: a whole quotation before the cue is no appositive.
     */
    private static int quotedAppositiveStart(TokenView v, int j) {
        if (!v.isQuoteMark(j) || j < 3 || !v.is(j - 1, ",")) return -1;
        int k = j - 2;
        while (k >= 0 && j - k <= MAX_APPOSITIVE && !(v.is(k, ",") && !v.inQuote(k))) k--;
        if (k < 1 || !v.is(k, ",") || k >= j - 2 || v.inQuote(k + 1)) return -1;
        // the quoted words are a name or a label ("sociopath", "Going Viral"), not a statement; after a
        // participle they are its object ("citing ''the unique magic of Trump,''") and may run longer
        int max = v.lower(k + 1).endsWith("ing") ? MAX_QUOTED_OBJECT : MAX_QUOTED_NAME;
        int words = 0;
        for (int i = k + 1; i < j; i++) {
            if (!v.inQuote(i) || v.isPunct(i)) continue;
            if (v.pos(i) == Upos.AUX || ++words > max) return -1;
        }
        return isAppositive(v, k + 1, j - 1) ? k : -1;
    }

    /** How many quoted words an appositive may end in: a name or label, or a participle's object. */
    private static final int MAX_QUOTED_NAME = 4, MAX_QUOTED_OBJECT = 10;

    /** The opening dash of an aside "-- … --" that ends at word j, or -1 when j closes none. */
    private static int dashAsideStart(TokenView v, int j) {
        if (j < 2 || !v.isDash(j) || v.inQuote(j)) return -1;
        for (int k = j - 1; k >= 1 && j - k <= MAX_APPOSITIVE; k--) {
            if (v.inQuote(k)) return -1;
            if (v.isDash(k)) return k < j - 1 ? k : -1;
        }
        return -1;
    }

    /** "Rep. Moore (D-Wis.)": the token before a parenthesis that ends at j, or j itself. */
    private static int skipParenthesis(TokenView v, int j) {
        if (j < 1 || !v.is(j, ")")) return j;
        int p = j - 1;
        while (p >= 0 && j - p <= 8 && !v.is(p, "(")) p--;
        return p >= 1 && v.is(p, "(") ? p - 1 : -1;
    }

    /**
     * "Jane Doe of the Brookings Institution", "John Smith from Austin": words [from, to) hold a name and then
     * "of", "from" or "at" and a noun phrase; the name's end, or -1.
     */
    private static int affiliatedNameEnd(TokenView v, int from, int to) {
        int m = from;
        while (m < to && v.nameLike(m) && !v.inQuote(m)) m++;
        if (m == from || m + 1 >= to || !(v.is(m, "of") || v.is(m, "from") || v.is(m, "at"))) return -1;
        for (int i = m + 1; i < to; i++) if (!v.nounPhrasePart(i) && v.pos(i) != Upos.ADP) return -1; // "… Church in Marion"
        return v.nameLike(to - 1) ? m : -1;
    }

    private static boolean isNounPhrase(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) if (!v.nounPhrasePart(i)) return false;
        return true;
    }

    /** The noun phrase starting at token k; null if none. */
    WordRange rightNounPhrase(TokenView v, int k) {
        int n = v.size();
        if (k >= n || v.inQuote(k)) return null;
        if (lexicon.subjectPronoun(v.lower(k)) && v.pos(k) == Upos.PRON) return new WordRange(k, k + 1);
        // ("said one Democrat familiar with …", "said another/PRON official": a word of quantity the tagger made a
        // pronoun opens the phrase of the noun after it)
        boolean quantity = (lexicon.quantifier(v.lower(k)) || v.is(k, "one")) && k + 1 < n && v.nounPhrasePart(k + 1)
                && v.pos(k + 1) != Upos.DET;
        if (!v.nounPhrasePart(k) && !titleBeforeName(v, k) && !quantity) return null;
        int e = quantity ? k + 1 : k;
        while (e < n && e - k < MAX_NP) {
            // a determiner or possessive pronoun starts the next noun phrase ("told the AP his firm ...")
            if ((v.nounPhrasePart(e) || titleBeforeName(v, e))
                    && !(e > k && (v.pos(e) == Upos.DET && !v.nameLike(e) || v.isPossessivePronoun(e)))) {
                e++;
            } else if (e + 1 < n && lexicon.linker(v.lower(e)) && (!v.is(e, "to") || e > k && lexicon.linkerAdjective(v.lower(e - 1)))
                    && (v.nounPhrasePart(e + 1) || v.isPossessivePronoun(e + 1))) {
                e++;
                // "one of his aides": after "of" a determiner or possessive belongs to this phrase
                if (e + 1 < n && (v.pos(e) == Upos.DET || v.isPossessivePronoun(e)) && v.nounPhrasePart(e + 1)) e++;
            } else if (e > k && e + 1 < n && (v.isJoiningHyphen(e) || v.pos(e) == Upos.ADV && v.isJoiningHyphen(e + 1))) {
                e++; // "a just-released poll": an adverb and a hyphen joining it to the next word modify the noun
            } else if (e > k && degreeAdverb(v, e)) {
                e++; // "the most recent poll", "a highly respected analyst"
            } else {
                break;
            }
        }
        while (e > k && (v.pos(e - 1) == Upos.ADP || v.isPossessive(e - 1))) e--;
        return e > k && !onlyTimeWords(v, k, e) ? new WordRange(k, e) : null; // "said Friday" names no one
    }

    /**
     * The noun phrase starting at token k that names who spoke, without a time after its noun: "said Mr.
     * Smith last week", "according to a report on Wednesday" (a hearer keeps it: "urged Obama last year
     * not to …"); null if none.
     */
    WordRange sourcePhraseAt(TokenView v, int k) {
        return withoutTrailingTime(v, rightNounPhrase(v, k));
    }

    /** Phrase np without a time after its noun ("a report on Wednesday"); null for null. */
    WordRange withoutTrailingTime(TokenView v, WordRange np) {
        if (np == null) return null;
        int end = beforeTrailingTime(v, np.start(), np.end());
        while (end < np.end() && end > np.start() + 1 && v.pos(end - 1) == Upos.ADP) end--;
        return new WordRange(np.start(), end);
    }

    /**
     * The end of phrase [k, e) before a time after its noun: "last", "this" or "next" and a time word, or a
     * day ("yesterday", "Tuesday"); not a month, which may be a name ("Theresa May"), nor a capitalised unit
     * ("Kristen Day").
     */
    private int beforeTrailingTime(TokenView v, int k, int e) {
        int t = e - 1;
        if (t <= k || v.inQuote(t) || !lexicon.timeWord(v.lower(t))) return e;
        if (lexicon.surnameTimeUnit(v.lower(t)) && v.token(t).capitalised()) return e; // "Kristen Day"
        if (lexicon.timeDeterminer(v.lower(t - 1)) && t - 1 > k) return t - 1;
        return lexicon.dayWord(v.lower(t)) && !v.is(t, "week") && !v.is(t, "month") ? t : e;
    }

    /** An adverb between a determiner and an adjective of one noun phrase grades the adjective. */
    private static boolean degreeAdverb(TokenView v, int e) {
        if (e == 0 || e + 1 >= v.size() || v.pos(e) != Upos.ADV || v.pos(e + 1) != Upos.ADJ || v.inQuote(e + 1)) return false;
        return v.pos(e - 1) == Upos.DET || v.isPossessivePronoun(e - 1) || v.isPossessive(e - 1);
    }

    /**
     * "said delegate John Archer", "said Florida delegate John Archer": the tagger reads a role noun
     * before a name as a verb; a lower-case base form right before a name, after the cue or another
     * word of the phrase, is part of the phrase.
     */
    private static boolean titleBeforeName(TokenView v, int e) {
        if (e + 1 >= v.size() || v.pos(e) != Upos.VERB || v.inQuote(e) || !v.nameLike(e + 1)) return false;
        String w = v.lower(e);
        if (!w.equals(v.token(e).text()) || w.endsWith("ed") || w.endsWith("s") || w.endsWith("ing")) return false;
        return e == 0 || v.isVerb(e - 1) || v.nameLike(e - 1) || v.pos(e - 1) == Upos.ADJ || v.pos(e - 1) == Upos.NOUN;
    }

}
