package extract.quotes;

import extract.doc.Upos;
import java.util.Set;

/**
 * "In a new CNN poll, Clinton leads …", "… leads by nine points in the latest survey": "in" before a
 * document from {@code document-nouns.txt} makes the document the source of its sentence. Only where
 * the sentence has no reporting or belief verb of its own ("In a statement, the agency said …"
 * is the agency's report).
 */
final class DocumentPhraseCue implements CueSieve {
    static final String NAME = "document-phrase-cue";
    private static final int MAX_AFTER = 6; // "In a poll released Monday by Quinnipiac," up to the comma
    private static final int MAX_WORDS = 10;
    private final CueLexicon lexicon;
    private final SourcePhrases phrases;

    DocumentPhraseCue(FrameGrammar grammar) {
        this.lexicon = grammar.lexicon();
        this.phrases = grammar.phrases();
    }

    @Override
    public Cue find(TokenView v, int i) {
        if (!v.is(i, "in")) return null;
        WordRange doc = document(v, i, lexicon);
        if (doc == null || ownText(v, doc)) return null;
        boolean leading = v.onlyPunctuationBefore(i);
        // at the end: "leads by nine points in the latest CNN poll", not "was born in the study" or "took part in a survey"
        boolean placed = leading ? commaSoonAfter(v, doc.end())
                : onlyPunctuationFrom(v, afterModifier(v, doc.end())) && !v.isVerb(i - 1) && v.pos(i - 1) != Upos.AUX
                        && particular(v, doc);
        if (!placed || reportsOnItsOwn(v)) return null;
        return new Cue(i, i + 1, CueType.DOCUMENT, Decision.of(NAME, "“in” " + Frames.words(v, v.span(doc.start(), doc.end()))));
    }

    /**
     * The words after "in" (at word i) up to a document noun: determiners, names, numbers and "of"
     * ("a Des Moines Register poll", "the RealClearPolitics average of New Hampshire polls", "most
     * surveys", "an NBC/WSJ poll"). The
     * tagger often reads the document noun as a verb ("poll"), so it is found by the word. Null if none.
     */
    static WordRange document(TokenView v, int i, CueLexicon lexicon) {
        for (int m = i + 1; m < v.size() && m - i <= MAX_WORDS && !v.inQuote(m); m++) {
            if (lexicon.documentNoun(v.lower(m)) && m > i + 1) return new WordRange(i + 1, m + 1);
            // "an NBC News/Wall Street Journal poll", "most surveys"
            if (!v.nounPhrasePart(m) && !v.is(m, "of") && !v.isJoiningHyphen(m) && !v.is(m, "/") && !lexicon.quantifier(v.lower(m))) {
                return null;
            }
        }
        return null;
    }

    /** The words before "article" that make it the writer's own ("In this article, I share …", "In the next article"). */
    private static final Set<String> OWN_TEXT = Set.of("this", "my", "our", "next", "previous", "following");

    /** "In this article", "in my last article": the text being read, or another of its writer's, is no source. */
    private static boolean ownText(TokenView v, WordRange doc) {
        if (!v.is(doc.end() - 1, "article")) return false;
        for (int m = doc.start(); m < doc.end() - 1; m++) if (OWN_TEXT.contains(v.lower(m))) return true;
        return false;
    }

    /** "a Des Moines Register poll", "a 2015 study": a document named or dated, not "the study" of a house or "a survey" one took part in. */
    private static boolean particular(TokenView v, WordRange doc) {
        for (int m = doc.start(); m < doc.end() - 1; m++) {
            if (v.nameLike(m) && m > 0 || v.pos(m) == Upos.NUM) return true;
        }
        return false;
    }

    /**
     * After the document, where its modifier ends: a time ("this week", "Wednesday") or a participle and its
     * phrase ("released Wednesday", "taken July 11-14"); {@code k} when there is none.
     */
    private int afterModifier(TokenView v, int k) {
        int m = k;
        if (m < v.size() && v.pos(m) == Upos.VERB && v.lower(m).endsWith("ed") && !v.inQuote(m)) {
            m++;
            while (m < v.size() && m - k <= MAX_AFTER && !v.inQuote(m)
                    && (v.nounPhrasePart(m) || v.pos(m) == Upos.ADP || v.isJoiningHyphen(m))) {
                m++;
            }
            return m;
        }
        while (m < v.size() && m - k <= MAX_AFTER && !v.inQuote(m) && (lexicon.timeWord(v.lower(m)) || lexicon.timeDeterminer(v.lower(m)))) m++;
        return m;
    }

    private static boolean commaSoonAfter(TokenView v, int k) {
        for (int m = k; m < v.size() && m - k <= MAX_AFTER && !v.inQuote(m); m++) {
            if (v.is(m, ",")) return true;
        }
        return false;
    }

    private static boolean onlyPunctuationFrom(TokenView v, int k) {
        for (int m = k; m < v.size(); m++) if (!v.isPunct(m) || v.isQuoteMark(m)) return false;
        return true;
    }

    private boolean reportsOnItsOwn(TokenView v) {
        for (int m = 0; m < v.size(); m++) {
            if (v.inQuote(m)) continue;
            String w = v.lower(m);
            if (v.isVerb(m) && (lexicon.isSpeechVerb(w) || lexicon.isBeliefVerb(w))) return true;
            if (w.equals("according")) return true;
        }
        return false;
    }
}
