package extract.quotes;

import extract.doc.Upos;
import extract.text.Span;
import java.util.EnumSet;
import java.util.Set;

/**
 * "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”", "Or maybe Jeb Bush, digital
 * consultant Phil Musser says. “Several surveys …”": a quotation that is its own sentence, right after
 * a sentence of its paragraph that ends with a subject and its verb of speaking (an adverb may follow)
 * and holds no quotation, goes on with that verb's words, and its subject speaks. Without it the
 * quotation went to whoever spoke last.
 */
final class VerbBeforeQuote implements QuotationSieve {
    static final String NAME = "verb-before-quote";
    /** The words of a noun phrase after a comma. */
    private static final Set<Upos> PHRASE = EnumSet.of(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PROPN);
    private final FrameGrammar grammar;
    private final StandaloneQuote alone = new StandaloneQuote();

    VerbBeforeQuote(FrameGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public Claim find(Span q, QuotationContext ctx) {
        int si = ctx.doc().sentenceAt(q.start());
        if (si < 1 || ctx.views().get(si).size() == 0 || ctx.views().get(si).token(0).start() != q.start()) return null;
        if (ctx.doc().sentence(si).paragraph() != ctx.doc().sentence(si - 1).paragraph()) return null;
        TokenView before = ctx.views().get(si - 1);
        int n = before.size();
        if (n < 3 || !before.is(n - 1, ".")) return null;
        for (int i = 0; i < n; i++) if (before.inQuote(i)) return null;
        int verb = n - 2;
        if (before.pos(verb) == Upos.ADV) verb--; // "agreed wholeheartedly."
        if (verb < 1 || !before.isVerb(verb) || !grammar.lexicon().isSpeechVerb(before.lower(verb))) return null;
        if (alone.find(q, ctx) == null) return null;
        Span cueSpan = before.token(verb).span();
        String cue = "“" + before.token(verb).text() + "”";
        Decision cueDecision = Decision.of(NAME, cue + " ending the sentence before");
        Decision span = Decision.of(NAME, "goes on with the words of " + cue + " in the sentence before");
        // the verb's own frame, when it has words before it ("Or maybe Jeb Bush, consultant Phil Musser says.")
        for (Anchor a : ctx.anchorsByCue().overlapping(cueSpan)) {
            if (a.cue().equals(cueSpan)) {
                return new Claim(q, QuoteKind.DIRECT, cueSpan, new ClaimSource.FrameSubject(a.mention()), cueDecision, a.frame().source(), span);
            }
        }
        Span subject = subject(before, verb);
        if (subject == null) return null;
        return new Claim(q, QuoteKind.DIRECT, cueSpan, new ClaimSource.Named(subject), cueDecision,
                Decision.of(NAME, "subject " + Frames.words(before, subject) + " of " + cue + " in the sentence before"), span);
    }

    /**
     * The verb's subject; after a comma only the noun phrase that follows it ("Or maybe Jeb Bush, digital
     * consultant Phil Musser says": the consultant, no appositive of Bush), else null.
     */
    private Span subject(TokenView v, int verb) {
        SubjectPhrase s = grammar.phrases().leftSubject(v, grammar.subjectEnd(v, verb));
        if (s == null) return null;
        int comma = -1;
        for (int i = s.start(); i < verb; i++) if (v.is(i, ",")) comma = i;
        if (comma < 0) return v.span(s.start(), s.end());
        if (comma + 1 >= verb) return null;
        for (int i = comma + 1; i < verb; i++) if (!PHRASE.contains(v.pos(i))) return null;
        return v.span(comma + 1, verb);
    }
}
