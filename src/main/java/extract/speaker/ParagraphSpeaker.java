package extract.speaker;

import extract.doc.NewsDocument;
import extract.quotes.Decision;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quotation with no words naming its speaker: the speaker of the statement right before it in its
 * paragraph ("“A,” the governor said. “B.”"), else the one speaker of its paragraph, else the last
 * speaker of the paragraph before (never the speaker who opens the next paragraph), so a run of
 * quoted paragraphs keeps the speaker who opened it. (Reaching two paragraphs back across a
 * paragraph that names the speaker was tried: on PolNeAR train it was wrong five times in seven.) One per document; quotations are resolved in
 * text order after every framed attribution.
 */
final class ParagraphSpeaker {
    static final String NAME = "paragraph-speaker";

    private final NewsDocument doc;
    private final Map<Integer, List<Statement>> byParagraph = new HashMap<>();

    /** An attribution's words, from the first of its content and cue to the last, and its speaker. */
    private record Statement(Span extent, Speaker speaker) {}

    ParagraphSpeaker(NewsDocument doc) {
        this.doc = doc;
    }

    /** Records a resolved attribution, so that quotations after it can continue it. */
    void add(Span content, Span cue, Speaker speaker) {
        Span extent = cue == null ? content
                : new Span(Math.min(content.start(), cue.start()), Math.max(content.end(), cue.end()));
        byParagraph.computeIfAbsent(doc.paragraphAt(content.start()), k -> new ArrayList<>()).add(new Statement(extent, speaker));
    }

    Resolution speakerFor(Span q) {
        int para = doc.paragraphAt(q.start());
        Statement previous = previousStatement(para, q);
        if (previous != null) return found(previous.speaker(), "continues the statement right before it, by " + previous.speaker().name());
        Speaker same = uniqueSpeaker(para);
        if (same != null) return found(same, "the one speaker of its paragraph");
        Speaker before = lastSpeaker(para - 1);
        if (before != null) return found(before, "continues the paragraph before, quoting " + before.name());
        return new Resolution(Speaker.NONE, Decision.of(NAME, "no speaker in its paragraph or the one before"));
    }

    private static Resolution found(Speaker s, String why) {
        return new Resolution(new Speaker(s.name(), null), Decision.of(NAME, why));
    }

    /** The paragraph's statement that ends last before q, when it ends in q's sentence or the one before and names someone. */
    private Statement previousStatement(int para, Span q) {
        Statement last = null;
        for (Statement s : byParagraph.getOrDefault(para, List.of())) {
            if (s.extent().end() > q.start()) continue;
            if (last == null || s.extent().end() > last.extent().end()) last = s;
        }
        if (last == null || last.speaker().isNone()) return null;
        return doc.sentenceAt(last.extent().end() - 1) >= doc.sentenceAt(q.start()) - 1 ? last : null;
    }

    private Speaker uniqueSpeaker(int para) {
        Speaker one = null;
        for (Speaker s : speakers(para)) {
            if (s.isNone()) continue;
            if (one != null && !one.name().equals(s.name())) return null;
            one = s;
        }
        return one;
    }

    private Speaker lastSpeaker(int para) {
        Speaker last = null;
        for (Speaker s : speakers(para)) {
            if (!s.isNone()) last = s;
        }
        return last;
    }

    private List<Speaker> speakers(int para) {
        return byParagraph.getOrDefault(para, List.of()).stream().map(Statement::speaker).toList();
    }
}
