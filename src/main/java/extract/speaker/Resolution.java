package extract.speaker;

import extract.quotes.Decision;
import extract.text.Span;
import java.util.List;

/** A speaker and the sieve decision that named it. */
record Resolution(Speaker speaker, Decision decision) {
    /** The referent a mention names, remembered in the history for later mentions. */
    static Resolution found(SpeakerContext ctx, Span phrase, Referent r, String sieve, String why) {
        ctx.remember(new Referent(phrase, r.type(), r.canonical(), ctx.sentenceAt(phrase.start()), false));
        return new Resolution(new Speaker(r.canonical(), phrase), Decision.of(sieve, why));
    }

    /**
     * People who speak together ("Ana Ruiz and Ben Cole said"), each remembered with the phrase for the
     * pronouns after it (so a later "they" finds them as one list); their names as one: "Ana Ruiz, Ben
     * Cole and Eva Poe".
     */
    static String together(SpeakerContext ctx, Span phrase, List<Referent> people) {
        for (Referent r : people) ctx.remember(new Referent(phrase, r.type(), r.canonical(), ctx.sentenceAt(phrase.start()), false));
        List<String> names = people.stream().map(Referent::canonical).distinct().toList(); // (each once: "they" after "A and B … A and B")
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "“he” → Xi Jinping". */
    static String arrow(SpeakerContext ctx, Span phrase, String name) {
        return "“" + phrase.of(ctx.text()) + "” → " + name;
    }
}
