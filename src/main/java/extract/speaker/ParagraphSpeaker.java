package extract.speaker;

import extract.doc.NewsDocument;
import extract.doc.Word;
import extract.quotes.Decision;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quotation with no words naming its speaker: the one speaker of its paragraph, else the last
 * speaker of the paragraph before (never the speaker who opens the next paragraph), so a run of
 * quoted paragraphs keeps the speaker who opened it. One per document; quotations are resolved in
 * text order after every framed attribution.
 */
final class ParagraphSpeaker {
    static final String NAME = "paragraph-speaker";

    private final NewsDocument doc;
    private final Map<Integer, List<Speaker>> byParagraph = new HashMap<>();

    ParagraphSpeaker(NewsDocument doc) {
        this.doc = doc;
    }

    /** Records a resolved attribution, so that quotations after it can continue it. */
    void add(Span content, Speaker speaker) {
        byParagraph.computeIfAbsent(doc.paragraphAt(content.start()), k -> new ArrayList<>()).add(speaker);
    }

    Resolution speakerFor(Span q) {
        int para = doc.paragraphAt(q.start());
        Speaker same = uniqueSpeaker(para);
        if (same != null) return found(same, "the one speaker of its paragraph");
        Speaker before = lastSpeaker(para - 1);
        if (before != null) return found(before, "continues the paragraph before, quoting " + before.name());
        // "“…,” Viguerie notes.¶Viguerie is upbeat about Cruz.¶“Not only can …”": a paragraph about the
        // speaker between two of their quotations keeps the thread
        Speaker older = lastSpeaker(para - 2);
        if (older != null && namedIn(para - 1, older, doc.sentenceAt(q.start()))) {
            return found(older, "continues " + older.name() + ", named in the paragraph between");
        }
        return new Resolution(Speaker.NONE, Decision.of(NAME, "no speaker in its paragraph or the one before"));
    }

    /** The paragraph names the speaker (by the last word of the name) or opens a sentence with "he" or "she". */
    private boolean namedIn(int para, Speaker speaker, int fromSentence) {
        String last = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
        for (int si = fromSentence; si >= 0 && doc.sentence(si).paragraph() >= para; si--) {
            if (doc.sentence(si).paragraph() != para) continue;
            List<Word> words = doc.wordsOf(si);
            if (!words.isEmpty() && (words.get(0).lower().equals("he") || words.get(0).lower().equals("she"))) return true;
            for (Word w : words) if (!w.quoted() && w.text().equals(last)) return true;
        }
        return false;
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
