package extract.quotes;

import extract.nlp.Sentence;
import extract.speaker.Speaker;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The attributions of a document grouped by paragraph, for quotations that take their paragraph's speaker. */
final class ParagraphSpeakers {
    private final List<Sentence> sentences;
    private final Map<Integer, List<Attribution>> byParagraph = new HashMap<>();

    ParagraphSpeakers(List<Sentence> sentences, List<Attribution> found) {
        this.sentences = sentences;
        for (Attribution a : found) {
            byParagraph.computeIfAbsent(paragraphOf(a.content().start()), k -> new ArrayList<>()).add(a);
        }
    }

    /** The one speaker of the quote's paragraph, or the last of the paragraph before; no mention of its own. */
    Speaker speakerFor(Span q) {
        int para = paragraphOf(q.start());
        Speaker same = uniqueSpeaker(para);
        if (same != null) return new Speaker(same.name(), null);
        Speaker before = lastSpeaker(para - 1);
        return before == null ? Speaker.NONE : new Speaker(before.name(), null);
    }

    private Speaker uniqueSpeaker(int para) {
        Speaker one = null;
        for (Attribution a : byParagraph.getOrDefault(para, List.of())) {
            if (a.speaker().isNone()) continue;
            if (one != null && !one.name().equals(a.speaker().name())) return null;
            one = a.speaker();
        }
        return one;
    }

    private Speaker lastSpeaker(int para) {
        Speaker last = null;
        for (Attribution a : byParagraph.getOrDefault(para, List.of())) {
            if (!a.speaker().isNone()) last = a.speaker();
        }
        return last;
    }

    /** Index of the last sentence starting at or before the offset, or -1 (binary search). */
    int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private int paragraphOf(int offset) {
        int s = sentenceAt(offset);
        return s < 0 ? -1 : sentences.get(s).paragraph();
    }
}
