package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Feinstein said “I don't know anything about it,” she said", "Pence said … but added, “…,” Pence
 * said": a wrapper ("…, X said" at the end) around a report whose own frame names the same speaker
 * (the wrapper's subject "he" or "she", or both subjects ending in the same name) yields to that frame,
 * whose span is the report's. A wrapper naming someone else ("Clinton told police that …, the source
 * said", "…, according to the survey") stands, and so does the report inside it: two attributions.
 */
final class WrapperYields implements CandidateFilter {
    private static final Set<String> PERSONAL = Set.of("he", "she");

    @Override
    public List<Candidate> keep(List<Candidate> all, List<TokenView> views) {
        SpanIndex<Candidate> byContent = new SpanIndex<>(all, Candidate::content);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            boolean leading = c.frame().direction() == Frame.Direction.AFTER;
            if (c.frame().wrapper() && !leading && containsSameSpeakersCue(c, byContent, views)) continue;
            kept.add(c);
        }
        return kept;
    }

    private static boolean containsSameSpeakersCue(Candidate c, SpanIndex<Candidate> byContent, List<TokenView> views) {
        TokenView v = views.get(c.frame().sentence());
        for (Candidate o : byContent.overlapping(c.content())) {
            if (o != c && c.content().contains(o.frame().cue()) && !subordinate(views.get(o.frame().sentence()), o.frame())
                    && sameSpeaker(v.text(), c.frame().subject(), o.frame().subject())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpeaker(String text, Span wrapper, Span inner) {
        if (wrapper == null || inner == null) return false;
        String w = lastWord(text, wrapper);
        return PERSONAL.contains(w) && wrapper.end() - wrapper.start() == w.length() || w.equals(lastWord(text, inner));
    }

    private static String lastWord(String text, Span s) {
        String[] words = text.substring(s.start(), s.end()).trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** "which supported Kloppenburg", "When Randolph refused to bow out": a frame of a clause that is not the sentence's own. */
    static boolean subordinate(TokenView v, Frame f) {
        if (ContentAfterFrame.isRelative(v, f)) return true;
        int before = f.start() - 1;
        return before >= 0 && !v.inQuote(before) && v.pos(before) == Upos.SCONJ && !v.is(before, "that")
                && v.onlyPunctuationBefore(before);
    }
}
