package extract.speaker;

import extract.doc.NewsDocument;
import extract.quotes.Attribution;
import extract.quotes.Claim;
import extract.quotes.ClaimSource;
import extract.quotes.Provenance;
import extract.quotes.QuoteFindings;
import extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The speaker stage, after the quote stage: resolves every frame's source phrase in text order (so
 * pronouns see the speakers before them; {@link MentionResolver} lists the sieves), then gives each
 * claim its speaker: a frame's claim that frame's speaker, a signed quotation its signature's, and a
 * quotation with no words of its own its paragraph's ({@link ParagraphSpeaker}). Immutable; all
 * per-document state is local.
 */
public final class SpeakerStage {
    private final SpeakerLexicon lexicon;
    private final MentionResolver resolver = new MentionResolver();

    public SpeakerStage(SpeakerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Attribution> resolve(NewsDocument doc, QuoteFindings findings) {
        SpeakerContext ctx = new SpeakerContext(doc, lexicon);
        List<Resolution> byMention = new ArrayList<>();
        for (Span m : findings.mentions()) byMention.add(resolver.resolve(m, ctx));

        Resolution[] resolved = new Resolution[findings.claims().size()];
        ParagraphSpeaker paragraphs = new ParagraphSpeaker(doc);
        for (int i = 0; i < resolved.length; i++) {
            Claim c = findings.claims().get(i);
            if (c.source() instanceof ClaimSource.FrameSubject f) {
                resolved[i] = byMention.get(f.mention());
            } else if (c.source() instanceof ClaimSource.Named s) {
                resolved[i] = resolver.resolve(s.phrase(), ctx);
            } else {
                continue;
            }
            paragraphs.add(c.content(), c.cue(), resolved[i].speaker());
        }
        List<Attribution> out = new ArrayList<>(resolved.length);
        for (int i = 0; i < resolved.length; i++) {
            Claim c = findings.claims().get(i);
            Resolution r = resolved[i];
            if (r == null) {
                r = paragraphs.speakerFor(c.content());
                paragraphs.add(c.content(), c.cue(), r.speaker());
            }
            out.add(new Attribution(c.content(), c.kind(), c.cue(), r.speaker(),
                    new Provenance(c.cueDecision(), c.sourceDecision(), c.spanDecision(), r.decision())));
        }
        return out;
    }
}
