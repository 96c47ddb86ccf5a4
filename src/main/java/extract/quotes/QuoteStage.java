package extract.quotes;

import extract.doc.NewsDocument;
import extract.text.Span;
import extract.text.SpanIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quote stage: finds what was reported and by which words, leaving speakers to the speaker
 * stage. Its sieves run in this order, each leaving alone what an earlier one decided:
 * <ol>
 *   <li>frames: cue and source sieves per sentence ({@link FrameFinder});</li>
 *   <li>content: {@link ContentAfterFrame}, then {@link ContentBeforeFrame}, per frame;</li>
 *   <li>which candidates stand: {@link WrapperYields}, then {@link InnerFrameIsContent}, then
 *       {@link LabelYieldsToFrame};</li>
 *   <li>quotations no frame took, cut into a transcript's turns: {@link TranscriptTurn},
 *       {@link QuoteBeforeFrame}, {@link QuoteAfterFrame},
 *       {@link SignedQuote}, {@link IntroducedQuote}, {@link VerbBeforeQuote}, {@link StandaloneQuote};</li>
 *   <li>what is no statement after all: {@link QuotedTitle}, {@link LabelLine}.</li>
 * </ol>
 * Immutable and shareable; all per-document state is local.
 */
public final class QuoteStage {
    private final CueLexicon cues;
    private final FrameFinder frames;
    private final List<ContentSieve> contentSieves;
    private final List<CandidateFilter> filters;
    private final List<QuotationSieve> quotationSieves;
    private final List<NotAStatement> notStatements;

    public QuoteStage(CueLexicon cues) {
        this.cues = cues;
        FrameGrammar grammar = new FrameGrammar(cues);
        this.frames = new FrameFinder(grammar);
        ContentShaper shaper = new ContentShaper(cues);
        this.contentSieves = List.of(new ContentAfterFrame(shaper, cues), new ContentBeforeFrame(shaper, cues));
        this.filters = List.of(new WrapperYields(), new InnerFrameIsContent(), new LabelYieldsToFrame());
        this.quotationSieves = List.of(new TranscriptTurn(), new QuoteBeforeFrame(), new VehicleColonQuote(cues), new QuoteAfterFrame(),
                new SignedQuote(), new IntroducedQuote(grammar), new VerbBeforeQuote(grammar), new StandaloneQuote());
        this.notStatements = List.of(new QuotedTitle(QuotedTitles.fromResources()), new QuotedNameInPhrase(), new LabelLine(cues));
    }

    public QuoteFindings find(NewsDocument doc) {
        List<TokenView> views = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            TokenView v = new TokenView(doc, s, cues);
            views.add(v);
            List<Frame> found = frames.find(v);
            List<Candidate> inSentence = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) inSentence.add(content(v, found, k));
            reportOverEmptyFrames(v, found, inSentence);
            candidates.addAll(inSentence);
        }
        List<Candidate> kept = candidates.stream().filter(Candidate::hasContent).toList();
        for (CandidateFilter f : filters) kept = f.keep(kept, views);

        // every frame's source phrase, in the order of the cues: the speaker stage reads them in that order
        List<Candidate> byCue = new ArrayList<>(candidates);
        byCue.sort(Comparator.comparing(c -> c.frame().cue()));
        Map<Frame, Integer> mentionOf = new IdentityHashMap<>();
        List<Optional<Span>> mentions = new ArrayList<>();
        for (Candidate c : byCue) {
            mentionOf.put(c.frame(), mentions.size());
            mentions.add(Optional.ofNullable(c.frame().subject()));
        }
        Set<Candidate> isKept = Collections.newSetFromMap(new IdentityHashMap<>());
        isKept.addAll(kept);
        List<Claim> claims = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        for (Candidate c : byCue) {
            Frame f = c.frame();
            // a question with no source is no anchor: the quotation after it is the answer
            boolean anchor = f.subject() != null;
            if (!c.hasContent()) {
                if (anchor) anchors.add(new Anchor(f, f.cue(), mentionOf.get(f)));
            } else if (isKept.contains(c)) {
                if (anchor) anchors.add(new Anchor(f, c.content(), mentionOf.get(f)));
                claims.add(new Claim(c.content(), c.kind(), f.cue(), new ClaimSource.FrameSubject(mentionOf.get(f)),
                        f.cueDecision(), f.source(), c.span()));
            }
        }
        claims.addAll(quotations(doc, views, claims, anchors));
        claims.removeIf(c -> notStatements.stream().anyMatch(n -> n.test(c, doc)));
        List<InterviewTurns.Turn> turns = InterviewTurns.of(doc.text());
        if (!turns.isEmpty()) {
            // a turn is its speaker's words as a quotation is: the frames and quotations inside it report nothing more
            claims.removeIf(c -> turns.stream().anyMatch(t -> t.content().overlaps(c.content())));
            claims.addAll(InterviewTurns.claims(doc, turns, cues));
        }
        claims.sort(Comparator.comparing(Claim::content));
        return new QuoteFindings(mentions, claims);
    }

    /**
     * "said that if Iran were a stock, he would advise buying it": a frame that reports nothing of its
     * own ("he would advise") does not end the report of the frame before it, which is found again
     * without it.
     */
    private void reportOverEmptyFrames(TokenView v, List<Frame> found, List<Candidate> inSentence) {
        for (int k = found.size() - 1; k > 0; k--) {
            Frame before = found.get(k - 1);
            // (a verb of naming reports its object and the name, no clause to go on: "describing as “unhinged” a tweet")
            if (inSentence.get(k).hasContent() || before.direction() != Frame.Direction.AFTER
                    || before.cueDecision().sieve().equals(NamingVerbCue.NAME)) {
                continue;
            }
            List<Frame> without = new ArrayList<>(found);
            without.remove(k);
            Candidate longer = content(v, without, k - 1);
            if (longer.hasContent()) inSentence.set(k - 1, longer);
        }
    }

    private Candidate content(TokenView v, List<Frame> found, int k) {
        for (ContentSieve s : contentSieves) {
            Candidate c = s.find(v, found, k);
            if (c != null) return c;
        }
        // a frame with no content of its own may still take a quotation next to it
        return new Candidate(found.get(k), null, null, Decision.NONE);
    }

    private List<Claim> quotations(NewsDocument doc, List<TokenView> views, List<Claim> frameClaims, List<Anchor> anchors) {
        SpanIndex<Claim> taken = new SpanIndex<>(frameClaims, Claim::content);
        QuotationContext ctx = new QuotationContext(doc, views, new SpanIndex<>(anchors, Anchor::cue));
        List<Claim> extra = new ArrayList<>();
        List<Span> quotations = new ArrayList<>();
        for (Span q : doc.quotations()) quotations.addAll(TranscriptTurn.turns(q, doc.text()));
        for (Span q : quotations) {
            if (!taken.overlapping(q).isEmpty()) continue;
            if (!extra.isEmpty() && extra.get(extra.size() - 1).content().overlaps(q)) continue;
            for (QuotationSieve s : quotationSieves) {
                Claim c = s.find(q, ctx);
                if (c != null) {
                    extra.add(c);
                    break;
                }
            }
        }
        return extra;
    }
}
