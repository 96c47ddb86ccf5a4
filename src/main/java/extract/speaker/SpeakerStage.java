package extract.speaker;

import extract.doc.NewsDocument;
import extract.quotes.Attribution;
import extract.quotes.Claim;
import extract.quotes.ClaimSource;
import extract.quotes.Decision;
import extract.quotes.Provenance;
import extract.quotes.QuoteFindings;
import extract.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The speaker stage, after the quote stage: resolves every frame's source phrase in text order (so
 * pronouns see the speakers before them; {@link MentionResolver} lists the sieves), then gives each
 * claim its speaker: a frame's claim that frame's speaker, a signed quotation its signature's, and a
 * quotation with no words of its own its paragraph's ({@link ParagraphSpeaker}). Where a
 * {@link SpeakerRanker} is given, it goes first for "he", "she", "it" ({@link RankedPronoun}) and
 * for quotations without a frame ({@link RankedParagraphSpeaker}). Immutable; all
 * per-document state is local.
 */
public final class SpeakerStage {
    private final SpeakerLexicon lexicon;
    private final MentionResolver resolver;
    private final SpeakerRanker ranker; // null: the rules alone
    /** The sieve of a claim with no one to look for (an interviewer's question). */
    private static final String NO_ONE = "no-one-named";
    /** The speaker of a frame that names no source ("Asked whether …"): no one. */
    private static final Resolution UNNAMED = new Resolution(Speaker.NONE, Decision.of("no-source", "its frame names no source"));
    private final Consumer<RankedCandidates> recorder; // non-null: report the ranker's candidates, decide by the rules

    /** With the ranker {@link SpeakerRanker#configured()} picks (by default the shipped model). */
    public SpeakerStage(SpeakerLexicon lexicon) {
        this(lexicon, SpeakerRanker.configured());
    }

    /** {@code ranker}: null for the rules alone. */
    public SpeakerStage(SpeakerLexicon lexicon, SpeakerRanker ranker) {
        this(lexicon, ranker, null);
    }

    private SpeakerStage(SpeakerLexicon lexicon, SpeakerRanker ranker, Consumer<RankedCandidates> recorder) {
        this.lexicon = lexicon;
        this.resolver = new MentionResolver(ranker, recorder);
        this.ranker = ranker;
        this.recorder = recorder;
    }

    /** The rules alone, reporting to {@code recorder} the ranker's candidates for each pronoun and frameless quotation (to train it). */
    public static SpeakerStage recording(SpeakerLexicon lexicon, Consumer<RankedCandidates> recorder) {
        return new SpeakerStage(lexicon, null, recorder);
    }

    public List<Attribution> resolve(NewsDocument doc, QuoteFindings findings) {
        return resolve(doc, findings, Optional.empty());
    }

    /** {@code byline}: the byline of the web page the article came from, which may name the writer "I" is. */
    public List<Attribution> resolve(NewsDocument doc, QuoteFindings findings, Optional<String> byline) {
        SpeakerContext ctx = new SpeakerContext(doc, lexicon, byline, findings.mentions().stream().flatMap(Optional::stream).toList());
        List<Resolution> byMention = new ArrayList<>();
        // a frame with no source phrase ("Asked whether …") names no one
        for (var m : findings.mentions()) byMention.add(m.map(s -> resolver.resolve(s, ctx)).orElse(UNNAMED));

        Resolution[] resolved = new Resolution[findings.claims().size()];
        ParagraphSpeaker paragraphs = new ParagraphSpeaker(doc);
        RankedParagraphSpeaker ranked = new RankedParagraphSpeaker(ctx, ranker, recorder);
        for (int i = 0; i < resolved.length; i++) {
            Claim c = findings.claims().get(i);
            if (c.source() instanceof ClaimSource.FrameSubject f) {
                resolved[i] = byMention.get(f.mention());
            } else if (c.source() instanceof ClaimSource.Named s) {
                resolved[i] = resolver.resolve(s.phrase(), ctx);
            } else if (c.source() instanceof ClaimSource.Unnamed) {
                resolved[i] = new Resolution(Speaker.NONE, Decision.of(NO_ONE, c.sourceDecision().why()));
                continue; // nothing for the quotations after it to take
            } else {
                continue;
            }
            if (resolved[i] == UNNAMED) continue; // no speaker for the quotations after it to take
            // ("Her friends mocked her, calling Trump “a buffoon,” Susan said.": the friends speak inside Susan's
            // report; a quotation after it goes on with Susan's words, not theirs)
            if (nested(c, findings.claims())) continue;
            paragraphs.add(c.content(), c.cue(), resolved[i].speaker());
            ranked.add(c.content(), resolved[i].speaker());
        }
        List<Attribution> out = new ArrayList<>(resolved.length);
        // ("De Blasio repeated his claim that …", "Obama said: “…”" read before and after the quotation: two
        // frames of one statement by one speaker make one row)
        Set<Map.Entry<Span, String>> stated = new HashSet<>();
        for (int i = 0; i < resolved.length; i++) {
            Claim c = findings.claims().get(i);
            Resolution r = resolved[i];
            if (r == null) {
                Resolution rule = paragraphs.speakerFor(c.content());
                Resolution byRanker = ranked.speakerFor(c.content(), rule);
                r = byRanker != null ? byRanker : rule;
                paragraphs.add(c.content(), c.cue(), r.speaker());
                ranked.add(c.content(), r.speaker());
            }
            if (!stated.add(Map.entry(c.content(), r.speaker().name()))) continue;
            out.add(new Attribution(c.content(), c.kind(), c.cue(), r.speaker(),
                    new Provenance(c.cueDecision(), c.sourceDecision(), c.spanDecision(), r.decision())));
        }
        return out;
    }

    /** The claim's cue lies inside another claim's content: a report within a report. */
    private static boolean nested(Claim c, List<Claim> claims) {
        if (c.cue() == null) return false;
        for (Claim other : claims) {
            if (other != c && other.content().start() <= c.cue().start() && c.cue().end() <= other.content().end()) return true;
        }
        return false;
    }
}
