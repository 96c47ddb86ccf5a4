package extract.quotes;

import extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the reporting frames of a sentence: each cue outside quotation marks with the noun phrase
 * of its source ("Chinese President Xi Jinping has told", "said Smith", "according to Xinhua",
 * "Smith, a spokesman for the ministry, said") and the side on which its content lies.
 */
final class FrameFinder {
    private final CueLexicon lexicon;
    private final SourcePhrases phrases;

    FrameFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new SourcePhrases(lexicon);
    }

    List<Frame> find(int sentenceIndex, TokenView v) {
        List<Frame> frames = new ArrayList<>();
        Frame headline = colonFrame(sentenceIndex, v);
        if (headline != null) frames.add(headline);
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (v.inQuote(i)) continue;
            int phraseLen = sourcePhraseAt(v, i);
            Frame f = phraseLen > 0 ? sourcePhraseFrame(sentenceIndex, v, i, phraseLen)
                    : isCue(v, i) ? verbFrame(sentenceIndex, v, i, frames) : null;
            if (f != null) {
                frames.add(f);
                i = Math.max(i, f.cueEnd() - 1);
            }
        }
        return frames;
    }

    /**
     * "Trump: We will build the wall." or "Lynch: No outside influence on FBI probe": a name that
     * opens its paragraph, a colon, and the words that follow. Labels ("WATCH:", "Source:") are no speakers.
     */
    private Frame colonFrame(int si, TokenView v) {
        int n = v.size();
        int colon = -1;
        for (int i = 1; i < Math.min(n - 1, 7) && colon < 0; i++) if (v.is(i, ":") && !v.inQuote(i)) colon = i;
        if (colon < 0 || !v.nameLike(colon - 1) || v.inQuote(0)) return null;
        if (v.sentence().tokens().get(0).start() != v.sentence().start()) return null;
        int[] subject = phrases.leftSubject(v, colon - 1);
        if (subject == null || subject[2] != 0) return null;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < colon; i++) label.append(i > 0 ? " " : "").append(v.lower(i));
        // "Editor's Note:": the label's last word tells it too
        if (lexicon.notSpeaker(label.toString()) || lexicon.notSpeaker(v.lower(colon - 1))) return null;
        Span cue = span(v, colon, colon + 1);
        return new Frame(si, colon, colon + 1, cue, span(v, subject[0], subject[1]), 0, colon + 1,
                Frame.Direction.AFTER, -1, false);
    }

    private int sourcePhraseAt(TokenView v, int i) {
        for (String[] p : lexicon.sourcePhrases()) {
            if (i + p.length > v.size()) continue;
            boolean match = true;
            for (int k = 0; k < p.length && match; k++) match = v.is(i + k, p[k]);
            if (match) return p.length;
        }
        return 0;
    }

    private Frame sourcePhraseFrame(int si, TokenView v, int i, int len) {
        int[] np = phrases.rightNounPhrase(v, i + len);
        if (np == null) return null;
        Span cue = span(v, i, i + len);
        boolean leading = true;
        for (int k = 0; k < i; k++) leading &= v.isPunct(k) && !v.isQuoteMark(k);
        Frame.Direction dir = leading ? Frame.Direction.AFTER : Frame.Direction.BEFORE;
        // "At the heart of it, according to Ross, a former envoy, was a decision": the report resumes after
        int resume = leading ? -1 : resumeAfter(v, np[1]);
        return new Frame(si, i, i + len, cue, span(v, np[0], np[1]), i, skipComma(v, np[1], dir), dir, resume, true);
    }

    /**
     * After a parenthetical source ending at token k: the token where the report goes on, past a
     * comma and an appositive ("according to Ross, a former envoy, was ..."); -1 when no clause follows.
     */
    private static int resumeAfter(TokenView v, int k) {
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
        if (next < n && v.pos(next).equals("VERB") && v.lower(next).endsWith("ing")) return -1;
        int words = 0;
        boolean verb = false;
        for (int m = next; m < n; m++) {
            if (!v.isPunct(m)) words++;
            verb |= v.isVerb(m);
        }
        return words >= 2 && verb ? next : -1;
    }

    private boolean isCue(TokenView v, int i) {
        String w = v.lower(i);
        String pos = v.pos(i);
        // "spokeswoman Hope Hicks said", "actor Will Smith said": a capitalised base form inside a run of capitals is a name
        if (i > 0 && i + 1 < v.size() && v.nameLike(i) && v.nameLike(i + 1) && lexicon.isBaseForm(w)) return false;
        if (lexicon.isSpeechVerb(w)) {
            // "his tweets", "the report"; but "says" and past forms are never nouns ("the executive/ADJ says")
            boolean neverNoun = w.equals("says") || w.equals("said") || w.equals("told") || w.equals("wrote") || w.endsWith("ed");
            if (i > 0 && !v.inQuote(i - 1) && nounBefore(v, i - 1) && !(neverNoun && v.pos(i - 1).equals("ADJ"))) return false;
            // "Sanders' widely criticized interview": a participle after a possessive and its adverb
            if (i > 1 && v.pos(i - 1).equals("ADV") && v.lower(i - 1).endsWith("ly") && v.isPossessive(i - 2)) return false;
            String particle = lexicon.requiredParticle(w);
            if (particle != null && !v.is(i + 1, particle)) return false; // "pointed to", not "pointed out"
            if (i + 1 < v.size() && lexicon.notCueWith(w, v.lower(i + 1))) return false; // "doesn't add up"
            if (v.isVerb(i)) return true;
            // the tagger sometimes reads "insists" or "says" as a noun: accept it between a subject and "that"/","
            boolean afterDeterminer = i > 0 && (v.pos(i - 1).equals("DET") || v.pos(i - 1).equals("ADJ") && !neverNoun
                    || v.pos(i - 1).equals("ADP"));
            boolean beforeClause = i + 1 < v.size() && (v.is(i + 1, "that") || v.isPunct(i + 1));
            return !afterDeterminer && beforeClause && (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ"));
        }
        if (lexicon.isBeliefVerb(w) && v.isVerb(i)) {
            return i + 1 < v.size() && (v.is(i + 1, "that")
                    || (i + 2 < v.size() && (lexicon.subjectPronoun(v.lower(i + 1)) || v.nameLike(i + 1))
                            && v.isVerb(i + 2)));
        }
        return false;
    }

    private static boolean participleAdjunct(TokenView v, int k) {
        if (k >= v.size() || !v.isVerb(k) || !v.lower(k).endsWith("ing") || v.inQuote(k)) return false;
        for (int i = k + 1; i < v.size(); i++) if (v.pos(i).equals("AUX") || v.isVerb(i)) return false;
        return true;
    }

    /**
     * The cue is a participle after a form of "be" or "get" among the words before it (from j + 1):
     * a form of a reporting verb that is neither its base form nor "-s" nor "-ing" ("told", "asked").
     */
    private boolean passive(TokenView v, int j, int i) {
        String w = v.lower(i);
        if (lexicon.isBaseForm(w) || w.endsWith("s") || w.endsWith("ing")) return false;
        for (int k = j + 1; k < i; k++) if (lexicon.passiveAuxiliary(v.lower(k))) return true;
        return false;
    }

    private static boolean onlyPunctuationBefore(TokenView v, int k) {
        for (int i = 0; i < k; i++) if (!v.isPunct(i) || v.isQuoteMark(i)) return false;
        return true;
    }

    /**
     * Where the clause starts after token k: past a short phrase and its comma when "that" or a subject
     * and its verb follow ("win or lose in the primary, he is staying"), otherwise at k.
     */
    private int afterParenthetical(TokenView v, int k) {
        for (int m = k; m < v.size() && m - k <= 12 && !v.inQuote(m); m++) {
            if (!v.is(m, ",")) continue;
            if (m + 1 < v.size() && v.is(m + 1, "that")) return m + 2; // "says, however, that"
            int subjectEnd = m + 1 < v.size() && lexicon.subjectPronoun(v.lower(m + 1)) ? m + 2 : -1;
            return subjectEnd > 0 && subjectEnd < v.size() && v.isVerb(subjectEnd) ? m + 1 : k;
        }
        return k;
    }

    /** "has", "also", "strongly": may stand between a subject and its verb. */
    private boolean isBetween(TokenView v, int j) {
        String t = v.token(j).text();
        if (j > 0 && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))) return false; // "Theresa May said"
        return lexicon.between(v.lower(j)) || v.pos(j).equals("ADV") && v.lower(j).endsWith("ly");
    }

    /** A determiner, adjective, number or possessive before the word makes it a noun ("Trump's claims"). */
    private static boolean nounBefore(TokenView v, int p) {
        String pos = v.pos(p);
        return pos.equals("DET") && !v.is(p, "that") || (pos.equals("ADJ") && !v.nameLike(p)) || pos.equals("NUM")
                || v.isPossessive(p) || v.isPossessivePronoun(p);
    }

    private Frame verbFrame(int si, TokenView v, int i, List<Frame> earlier) {
        Span cue = span(v, i, i + 1);
        int j = i - 1;
        while (j >= 0 && !v.inQuote(j) && isBetween(v, j)) j--;
        // "he was told that", "jokes are told": the subject of a passive is the hearer or the thing said
        if (passive(v, j, i) && !v.is(i + 1, "by")) return null;
        int[] subject = phrases.leftSubject(v, j);
        if (subject != null && v.lower(i).endsWith("ing") && !lexicon.subjectPronoun(v.lower(subject[0]))) {
            // "a series of tweets saying ...": the speaker is the subject of the clause, not the medium
            Span main = subjectOfVerbBefore(v, subject[0] - 1);
            Complement c = complement(v, i);
            if (main != null && c.after()) {
                return new Frame(si, i, i + 1, cue, main, subject[2], c.at(), Frame.Direction.AFTER, -1, false);
            }
        }
        if (subject != null) {
            Complement c = complement(v, i);
            if (!c.after() && c.resume() >= 0 && onlyPunctuationBefore(v, subject[2])) {
                // "Rubio says, win or lose, he's staying in the race": nothing before, so the report follows
                c = new Complement(true, afterParenthetical(v, c.resume()));
            }
            Frame.Direction dir = c.after() ? Frame.Direction.AFTER : Frame.Direction.BEFORE;
            boolean parenthetical = subject[2] > 0 && v.is(subject[2] - 1, ",");
            int resume = parenthetical ? c.resume() : -1;
            // "Sales were great, he said, wiping sweat off his face": a participle after it, with no verb
            // of a clause of its own to follow ("..., he said, replacing her would be hard"), is the writer's
            if (resume >= 0 && participleAdjunct(v, resume)) resume = -1;
            return new Frame(si, i, i + 1, cue, span(v, subject[0], subject[1]), subject[2], c.at(), dir, resume,
                    !c.after() && resume < 0);
        }
        boolean afterComma = j >= 0 && (v.is(j, ",") || v.isQuoteMark(j));
        if (j >= 0 && (v.pos(j).equals("CCONJ") || (afterComma && v.lower(i).endsWith("ing")))) {
            // "..., adding that", "... but warned that": the subject of the verb before
            Complement c = complement(v, i);
            if (!c.after()) return null;
            int end = c.at();
            Span shared = !earlier.isEmpty() ? earlier.get(earlier.size() - 1).subject() : subjectOfVerbBefore(v, j);
            return shared == null ? null : new Frame(si, i, i + 1, cue, shared, i, end, Frame.Direction.AFTER, -1, false);
        }
        if (j < 0 || afterComma) {
            int[] np = phrases.rightNounPhrase(v, i + 1);
            if (np == null) return null;
            // "..., said the program is critical": the noun phrase is the report's subject, not the speaker
            if (np[1] < v.size() && v.isVerb(np[1]) && !v.inQuote(np[1])) return null;
            // "..., said he and other rabbis were alarmed": a pronoun after the cue speaks only at the end
            if (np[1] - np[0] == 1 && lexicon.subjectPronoun(v.lower(np[0])) && np[1] < v.size() && !v.isPunct(np[1])) return null;
            return new Frame(si, i, i + 1, cue, span(v, np[0], np[1]), i, np[1], Frame.Direction.BEFORE, -1, false);
        }
        return null;
    }

    /**
     * Where the content of a cue with its subject before it lies: {@code after} the frame, starting at
     * token {@code at}; or before it, the frame running to {@code at} (its trailing "on Sunday").
     */
    private record Complement(boolean after, int at, int resume) {
        Complement(boolean after, int at) {
            this(after, at, -1);
        }
    }

    private Complement complement(TokenView v, int i) {
        int n = v.size();
        int k = i + 1;
        if (k < n && v.lower(k).equals("out")) k++; // "pointed out"
        if (lexicon.takesHearer(v.lower(i)) && k < n && !v.is(k, "that") && !v.isPunct(k)) {
            int[] hearer = v.pos(k).equals("PRON") ? new int[] {k, k + 1} : phrases.rightNounPhrase(v, k); // "told me"
            if (hearer != null) k = hearer[1];
        }
        if (k < n && v.pos(k).equals("ADV") && (k + 1 >= n || v.isPunct(k + 1)) && !v.inQuote(k)) k++; // "said sarcastically."
        for (int pp = 0; pp < 2 && k < n && lexicon.circumstance(v.lower(k)) && !v.inQuote(k); pp++) {
            int m = circumstanceEnd(v, k);
            if (m < 0) break;
            k = m;
        }
        int circumstanceEnd = k;
        while (k < n && v.isPunct(k) && !v.isQuoteMark(k) && !v.is(k, ",") && !v.is(k, ":")) k++;
        if (k >= n) return new Complement(false, circumstanceEnd);
        if (v.is(k, ",")) {
            if (k + 1 < n && v.isQuoteMark(k + 1)) return new Complement(true, k + 1);
            boolean more = false;
            for (int m = k + 1; m < n && !more; m++) more = !v.isPunct(m);
            return new Complement(false, circumstanceEnd, more ? k + 1 : -1);
        }
        if (v.is(k, ":") || v.is(k, "that")) return new Complement(true, k + 1);
        boolean onlyPunct = true;
        for (int m = k; m < n && onlyPunct; m++) onlyPunct = v.isPunct(m) && !v.isQuoteMark(m);
        if (onlyPunct) return new Complement(false, circumstanceEnd);
        // "spoke to reporters", "responded with attacks": a prepositional object, not a reported clause
        if (v.pos(k).equals("ADP") && !v.inQuote(k)) return new Complement(false, circumstanceEnd);
        // "said when she resigned": a clause of time or cause, not the report
        if (lexicon.circumstanceConjunction(v.lower(k)) && !v.inQuote(k)) return new Complement(false, circumstanceEnd);
        // "tweets drew criticism": a verb right after the cue means the cue was a noun ("said" never is
        // one, and in "says referees are" the tagger took a plural noun for a verb: another verb follows)
        boolean verbNext = k + 1 < n && v.isVerb(k + 1);
        if (v.pos(k).equals("VERB") && !v.inQuote(k) && !v.lower(k).endsWith("ing") && v.lower(i).endsWith("s") && !verbNext) {
            return new Complement(false, circumstanceEnd);
        }
        // "said during his speech to be a delegate": an infinitive after a phrase of time or place is no report
        if (circumstanceEnd > i + 1 && v.isVerb(k) && v.is(k - 1, "to") && !v.inQuote(k)) {
            int end = k;
            while (end < n && !v.isPunct(end)) end++; // the infinitive is part of the phrase
            return new Complement(false, end);
        }
        // "told MSNBC's "Morning Joe" on Friday that ...": the clause starts after "that"
        for (int m = k; m < n && m - k <= 12 && !v.isVerb(m) && !v.is(m, ","); m++) {
            if (v.is(m, "that") && !v.inQuote(m)) return new Complement(true, m + 1);
        }
        // "she said several months after her release, and ...": a time phrase up to a comma
        boolean timeStart = lexicon.timeWord(v.lower(k)) || lexicon.circumstance(v.lower(k))
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
    private static int circumstanceEnd(TokenView v, int k) {
        int n = v.size();
        int m = k + 1;
        while (m < n && m - k <= 8 && !v.inQuote(m) && !v.is(m, "that") && !(v.isPunct(m) && !v.isJoiningHyphen(m))) {
            boolean nounLike = m > 0 && (v.isPossessive(m - 1) || v.pos(m - 1).equals("DET") || v.pos(m - 1).equals("ADJ"));
            if (v.isVerb(m) && !nounLike) break;
            if (v.pos(m).equals("PRON") && !v.isPossessivePronoun(m)) break; // "told them this weekend he would"
            m++;
        }
        return m - k > 8 ? -1 : m;
    }

    /** The subject of the nearest verb before token j that has one, or null. */
    private Span subjectOfVerbBefore(TokenView v, int j) {
        for (int k = j; k >= 0; k--) {
            if (v.inQuote(k) || !v.isVerb(k)) continue;
            int m = k - 1;
            while (m >= 0 && isBetween(v, m)) m--;
            int[] s = phrases.leftSubject(v, m);
            if (s != null) return span(v, s[0], s[1]);
        }
        return null;
    }

    private static int skipComma(TokenView v, int k, Frame.Direction dir) {
        return dir == Frame.Direction.AFTER && k < v.size() && v.is(k, ",") ? k + 1 : k;
    }

    static Span span(TokenView v, int from, int to) {
        return new Span(v.token(from).start(), v.token(to - 1).end());
    }
}
