package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import extract.text.TitleCase;
import java.util.EnumSet;
import java.util.Set;

/**
 * "Trump: We will build the wall." or "Lynch: No outside influence on FBI probe": a name that opens
 * its paragraph, a colon, and the words that follow make a frame. Labels ("WATCH:", "Editor's
 * Note:", {@code not-speakers.txt}) and headings the name finder sees no name in ("Big Win:") are no speakers.
 */
final class HeadlineColonFrame {
    static final String NAME = "name-colon";
    /** Tags of a lone word that names no one. */
    private static final Set<Upos> FUNCTION = EnumSet.of(Upos.ADV, Upos.ADP, Upos.AUX, Upos.CCONJ, Upos.SCONJ, Upos.PART);
    private final FrameGrammar grammar;

    HeadlineColonFrame(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    /** The frame of a "Name: words" sentence, or null. */
    Frame find(TokenView v) {
        int n = v.size();
        int colon = -1;
        for (int i = 1; i < Math.min(n - 1, 7) && colon < 0; i++) if (v.is(i, ":") && !v.inQuote(i)) colon = i;
        if (colon < 0 || !v.nameLike(colon - 1) || v.inQuote(0)) return null;
        if (grammar.lexicon().isSpeechVerb(v.lower(colon - 1))) return null; // "Trump's Son Says: …" is the verb's frame
        if (colon == 1 && FUNCTION.contains(v.pos(0))) return null; // "Then: “…”", "Still: …"
        // "Another problem for Sanders: …" is a heading: a speaker's words before a colon are a name
        // and "Little Relief for Refugees: …" is one too: only the particles of a name join its words,
        // and "on" of the headline form "Obama on Climate Change: …"
        // and "Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": the speaker, then the audience or place
        int speakerEnd = colon;
        for (int i = 0; i < colon; i++) {
            boolean joins = grammar.lexicon().nameParticle(v.lower(i)) || v.is(i, "on");
            // (not in a title-case headline, whose capitals mark no names: "Trump Heads to Ohio: …"; nor before
            // or after a verb: "Few Tools to Fight Fraud: …")
            boolean audience = (v.is(i, "to") || v.is(i, "at")) && i > 0 && v.nameLike(i - 1) && speakerEnd == colon && !v.titleCase()
                    && !v.isVerb(i - 1) && !v.isVerb(i + 1);
            if (audience) speakerEnd = i;
            if (!v.token(i).capitalised() && !v.isPunct(i) && !joins && !audience) return null;
        }
        if (v.token(0).start() != v.span().start()) return null;
        // "EXCLUSIVE – Roger Stone: …": a label and its dash before the speaker
        int first = 0;
        for (int i = 1; i + 1 < speakerEnd; i++) if (v.isDash(i)) first = i + 1;
        SubjectPhrase subject = grammar.phrases().leftSubject(v, speakerEnd - 1);
        if (subject == null || subject.frameStart() != first) return null;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < colon; i++) label.append(i > 0 ? " " : "").append(v.lower(i));
        // "Editor's Note:": the last word after a possessive tells it too (not "Judicial Watch:", a name)
        boolean possessed = colon >= 2 && v.isPossessive(colon - 2);
        if (grammar.lexicon().notSpeaker(label.toString()) || possessed && grammar.lexicon().notSpeaker(v.lower(colon - 1))) return null;
        if (roster(v, colon) || verblessList(v, colon)) return null;
        if (unnamedHeading(v, first, speakerEnd)) return null;
        Cue cue = new Cue(colon, colon + 1, CueType.COLON, Decision.of(NAME, "a colon after a name opening the paragraph"));
        Span s = v.span(subject.start(), subject.end());
        return Frames.of(v, cue, s, 0, colon + 1, Frame.Direction.AFTER, -1, false, NAME, Frames.words(v, s) + " before the colon");
    }

    /**
     * "Big Win: …", "The Plan Stage: …", "Stealth Over Health: …": two words or more in capitals before the
     * colon, none in a name the name finder found, are a heading. A transcript's label in capitals is a
     * speaker ("KATE BOLDUAN:"); a single word is left to the speaker stage ("Poll:", "Historians:"), and so
     * is every label where no name finder ran.
     */
    private static boolean unnamedHeading(TokenView v, int first, int end) {
        if (end - first < 2 || !v.namesFound()) return false;
        boolean capitals = true;
        for (int i = first; i < end; i++) {
            if (v.entityTypeAt(i) != null) return false;
            capitals &= TitleCase.inCapitals(v.token(i).text());
        }
        return !capitals;
    }

    /**
     * "Portion Fix Containers: 1 Green, 1 Red, 1 tsp.", "Serving Size: 1 cup": with no verb, items after
     * commas, or a number opening the words, make a list or a value, no one's words.
     */
    private static boolean verblessList(TokenView v, int colon) {
        int commas = 0;
        for (int i = colon + 1; i < v.size(); i++) {
            if (v.isVerb(i) || v.pos(i) == Upos.AUX || v.inQuote(i)) return false;
            if (v.is(i, ",") || v.is(i, ";")) commas++;
        }
        return commas >= 2 || colon + 1 < v.size() && v.pos(colon + 1) == Upos.NUM;
    }

    /**
     * "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": names in a list of three or more after the
     * colon are a roster, no one's words.
     */
    private static boolean roster(TokenView v, int colon) {
        int commas = 0;
        for (int i = colon + 1; i < v.size(); i++) {
            if (v.is(i, ",")) commas++;
            else if (!v.nameLike(i) && !v.is(i, "and") && !(v.isPunct(i) && !v.isQuoteMark(i))) return false; // "Shea-Porter"
        }
        return commas >= 2;
    }
}
