package extract.speaker;

import extract.quotes.Decision;
import extract.text.Span;

/** A speaker and the sieve decision that named it. */
record Resolution(Speaker speaker, Decision decision) {
    /** The referent a mention names, remembered in the history for later mentions. */
    static Resolution found(SpeakerContext ctx, Span phrase, Referent r, String sieve, String why) {
        ctx.remember(new Referent(phrase, r.type(), r.canonical(), ctx.sentenceAt(phrase.start()), false));
        return new Resolution(new Speaker(r.canonical(), phrase), Decision.of(sieve, why));
    }

    /** "“he” → Xi Jinping". */
    static String arrow(SpeakerContext ctx, Span phrase, String name) {
        return "“" + phrase.of(ctx.text()) + "” → " + name;
    }
}
