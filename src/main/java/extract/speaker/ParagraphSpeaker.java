package extract.speaker;

import extract.doc.NewsDocument;
import extract.quotes.Decision;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quotation with no words naming its speaker: the one speaker of its paragraph, else the last
 * speaker of the paragraph before (never the speaker who opens the next paragraph). One per
 * document, built from the attributions already resolved.
 */
final class ParagraphSpeaker {
    static final String NAME = "paragraph-speaker";

    private final NewsDocument doc;
    private final Map<Integer, List<Speaker>> byParagraph = new HashMap<>();

    /** @param resolved content spans and speakers of the attributions resolved so far */
    ParagraphSpeaker(NewsDocument doc, List<Span> contents, List<Speaker> resolved) {
        this.doc = doc;
        for (int i = 0; i < contents.size(); i++) {
            byParagraph.computeIfAbsent(doc.paragraphAt(contents.get(i).start()), k -> new ArrayList<>()).add(resolved.get(i));
        }
    }

    Resolution speakerFor(Span q) {
        int para = doc.paragraphAt(q.start());
        Speaker same = uniqueSpeaker(para);
        if (same != null) return found(same, "the one speaker of its paragraph");
        Speaker before = lastSpeaker(para - 1);
        if (before != null) return found(before, "continues the paragraph before, quoting " + before.name());
        return new Resolution(Speaker.NONE, Decision.of(NAME, "no speaker in its paragraph or the one before"));
    }

    private static Resolution found(Speaker s, String why) {
        return new Resolution(new Speaker(s.name(), null), Decision.of(NAME, why));
    }

    private Speaker uniqueSpeaker(int para) {
        Speaker one = null;
        for (Speaker s : byParagraph.getOrDefault(para, List.of())) {
            if (s.isNone()) continue;
            if (one != null && !one.name().equals(s.name())) return null;
            one = s;
        }
        return one;
    }

    private Speaker lastSpeaker(int para) {
        Speaker last = null;
        for (Speaker s : byParagraph.getOrDefault(para, List.of())) {
            if (!s.isNone()) last = s;
        }
        return last;
    }
}
