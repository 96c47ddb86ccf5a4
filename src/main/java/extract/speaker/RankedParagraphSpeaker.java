package extract.speaker;

import extract.doc.NewsDocument;
import extract.quotes.Decision;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A quotation with no words naming its speaker, by the trained {@link SpeakerRanker}: the candidates
 * are the speakers of its paragraph and of the {@link #REACH} paragraphs before, and the names in
 * them outside quotations; features say where each last spoke, how recently, whether it is named
 * near, and whether {@link ParagraphSpeaker} would choose it. Below the threshold (or without a
 * model) {@link ParagraphSpeaker} decides. One per document, fed every resolved claim in the order
 * {@link ParagraphSpeaker} is.
 */
final class RankedParagraphSpeaker {
    static final String NAME = "ranked-paragraph-speaker";
    static final int REACH = 3; // paragraphs back

    private record Spoke(String name, int paragraph, int offset) {}

    private final NewsDocument doc;
    private final SpeakerContext ctx;
    private final SpeakerRanker ranker;
    private final Consumer<RankedCandidates> recorder;
    private final List<Spoke> spoken = new ArrayList<>();

    RankedParagraphSpeaker(SpeakerContext ctx, SpeakerRanker ranker, Consumer<RankedCandidates> recorder) {
        this.doc = ctx.doc();
        this.ctx = ctx;
        this.ranker = ranker;
        this.recorder = recorder;
    }

    void add(Span content, Speaker speaker) {
        if (!speaker.isNone()) spoken.add(new Spoke(speaker.name(), doc.paragraphAt(content.start()), content.start()));
    }

    /** The ranker's speaker for the quotation, or null to leave it to the rules ({@code rule}: their answer). */
    Resolution speakerFor(Span q, Resolution rule) {
        if (ranker == null && recorder == null) return null;
        List<RankedCandidates.Candidate> candidates = candidates(q, rule.speaker().name());
        if (recorder != null) {
            recorder.accept(new RankedCandidates(RankedCandidates.Kind.QUOTATION, q, candidates));
            return null;
        }
        RankedCandidates.Candidate best = null;
        double top = SpeakerRanker.THRESHOLD;
        for (RankedCandidates.Candidate c : candidates) {
            double p = ranker.score(c);
            if (p >= top) {
                top = p;
                best = c;
            }
        }
        if (best == null) return null;
        return new Resolution(new Speaker(best.name(), null), Decision.of(NAME,
                String.format(Locale.ROOT, "%s, ranked first of %d speakers and names near (p = %.2f)", best.name(), candidates.size(), top)));
    }

    private static final class Seen {
        int lastSpokePara = -1, lastSpokeOffset = -1, speeches, speechesAfter, namedHere, namedBefore;
        boolean openedPreviousParagraph, subjectBefore;
        String type = "SPEAKER";
    }

    List<RankedCandidates.Candidate> candidates(Span q, String ruleChoice) {
        int para = doc.paragraphAt(q.start());
        Map<String, Seen> seen = new LinkedHashMap<>();
        Map<Integer, Integer> speakersIn = new HashMap<>();
        Map<Integer, java.util.Set<String>> distinct = new HashMap<>();
        for (Spoke s : spoken) {
            if (s.paragraph() > para || s.paragraph() < para - REACH) continue;
            distinct.computeIfAbsent(s.paragraph(), k -> new java.util.HashSet<>()).add(s.name());
            Seen x = seen.computeIfAbsent(s.name(), k -> new Seen());
            if (s.offset() < q.start()) {
                x.speeches++;
                if (s.offset() > x.lastSpokeOffset) {
                    x.lastSpokeOffset = s.offset();
                    x.lastSpokePara = s.paragraph();
                }
            } else if (s.paragraph() == para) {
                x.speechesAfter++;
            }
        }
        for (Map.Entry<Integer, java.util.Set<String>> e : distinct.entrySet()) speakersIn.put(e.getKey(), e.getValue().size());
        int previousFirst = -1;
        for (Referent r : ctx.referents()) {
            if (r.quoted()) continue;
            int p = doc.paragraphAt(r.span().start());
            if (p > para || p < para - 1) continue;
            if (p == para - 1 && previousFirst < 0) {
                previousFirst = 1;
                seen.computeIfAbsent(r.canonical(), k -> new Seen()).openedPreviousParagraph = true;
            }
            Seen x = seen.computeIfAbsent(r.canonical(), k -> new Seen());
            if (r.type() != null) x.type = r.type().name();
            // "Sanders … identified young voters' exhaustion … . “The younger people are …”": the subject
            // of a sentence before the quotation in its paragraph
            if (p == para && r.span().end() <= q.start()) {
                int w = ctx.wordAt(r.span().start());
                if (w >= 0 && ctx.opensSentence(w)) x.subjectBefore = true;
            }
            if (p == para) x.namedHere++;
            else x.namedBefore++;
        }
        // the latest speaker first
        List<Map.Entry<String, Seen>> order = new ArrayList<>(seen.entrySet());
        order.sort((a, b) -> Integer.compare(b.getValue().lastSpokeOffset, a.getValue().lastSpokeOffset));
        boolean opens = doc.sentence(doc.paragraphStartSentence(q.start())).span().start() >= q.start() - 1;
        String here = bucket(speakersIn.getOrDefault(para, 0), 2);
        String before = bucket(speakersIn.getOrDefault(para - 1, 0), 2);
        List<RankedCandidates.Candidate> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i).getKey();
            if (name.isBlank()) continue;
            Seen x = order.get(i).getValue();
            String spokeAgo = x.lastSpokePara < 0 ? "never" : bucket(para - x.lastSpokePara, 3);
            String rank = x.lastSpokeOffset < 0 ? "none" : bucket(i, 2);
            String rule = ruleChoice.isEmpty() ? "none" : name.equals(ruleChoice) ? "chosen" : "other";
            List<String> f = new ArrayList<>();
            f.add("q:bias");
            f.add("q:rule=" + rule);
            f.add("q:rule=" + rule + "|ago=" + spokeAgo);
            f.add("q:ago=" + spokeAgo);
            f.add("q:rank=" + rank);
            f.add("q:rank=" + rank + "|ago=" + spokeAgo);
            f.add("q:speeches=" + bucket(x.speeches, 3));
            f.add("q:after=" + bucket(x.speechesAfter, 1));
            f.add("q:after=" + bucket(x.speechesAfter, 1) + "|here=" + here);
            f.add("q:here=" + here + "|before=" + before + "|ago=" + spokeAgo);
            f.add("q:namedHere=" + bucket(x.namedHere, 2) + "|ago=" + spokeAgo);
            f.add("q:namedBefore=" + bucket(x.namedBefore, 2) + "|ago=" + spokeAgo);
            f.add("q:opensPrevious=" + x.openedPreviousParagraph);
            f.add("q:type=" + x.type);
            f.add("q:opens=" + opens + "|ago=" + spokeAgo);
            f.add("q:subjectBefore=" + x.subjectBefore + "|here=" + here);
            out.add(new RankedCandidates.Candidate(name, f));
        }
        return out;
    }

    /** The value, or "N+" from the cap up. */
    private static String bucket(int value, int cap) {
        return value >= cap ? cap + "+" : Integer.toString(value);
    }
}
