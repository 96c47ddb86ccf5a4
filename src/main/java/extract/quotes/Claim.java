package extract.quotes;

import extract.text.Span;

/**
 * An attribution as the quote stage leaves it: content, kind and cue found, the speaker still to
 * be resolved from its {@link ClaimSource}; the decisions so far say which sieves found what.
 */
public record Claim(Span content, QuoteKind kind, Span cue, ClaimSource source, Decision cueDecision,
        Decision sourceDecision, Decision spanDecision) {}
