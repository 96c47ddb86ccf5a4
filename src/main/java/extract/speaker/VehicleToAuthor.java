package extract.speaker;

import extract.quotes.Decision;
import extract.text.Span;

/**
 * "a statement from the ministry", "her tweet", "Trump's letter": a phrase headed by what carries
 * words ({@code speech-vehicles.txt}) names its author, who is the speaker: the phrase after "from"
 * or "by" (or a name after "of": "footage of Trump"), else its possessive or the name before the
 * head ("a Donald Trump tweet"). With no author in the phrase ("a brief written statement") the row
 * keeps the mention and names no one. Any noun made by someone has an author too ("a poll conducted by
 * Gallup", {@code authoring-participles.txt}; "a poll by Gallup").
 */
final class VehicleToAuthor implements SpeakerSieve {
    static final String NAME = "vehicle-to-author";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        // "The Washington Post" is a name, not a post
        if (m.pronoun() || ctx.isName(m.head())) return null;
        // ("a poll conducted by Gallup", "a poll by Gallup": any noun its maker follows)
        boolean made = m.head() + 1 < m.last()
                && (ctx.lexicon().authoringParticiples().contains(ctx.lower(m.head() + 1)) || ctx.lower(m.head() + 1).equals("by"));
        if (!made && !ctx.lexicon().speechVehicles().contains(ctx.lower(m.head()))) return null;
        Span author = author(m, ctx);
        String said = "“" + m.phrase().of(ctx.text()) + "”";
        int sentence = ctx.sentenceAt(m.phrase().start());
        if (author == null) {
            ctx.rememberVehicle(new SpeakerContext.Vehicle(m.phrase(), sentence, ""));
            return new Resolution(new Speaker("", m.phrase()), Decision.of(NAME, said + " names no author"));
        }
        Resolution r = chain.resolve(author, ctx);
        ctx.rememberVehicle(new SpeakerContext.Vehicle(m.phrase(), sentence, r.speaker().name()));
        return new Resolution(new Speaker(r.speaker().name(), m.phrase()),
                r.decision().withPrefix(NAME, said + " → its author “" + author.of(ctx.text()) + "”"));
    }

    private static Span author(Mention m, SpeakerContext ctx) {
        for (int i = m.head() + 1; i < m.last(); i++) {
            // "footage of Trump", "a clip of Senator Ruiz": a recording of a named person carries their words
            boolean recorded = ctx.lower(i).equals("of") && ctx.isName(i + 1) && ctx.isName(m.last());
            if (ctx.lower(i).equals("from") || ctx.lower(i).equals("by") || recorded) {
                return new Span(ctx.word(i + 1).start(), ctx.word(m.last()).end());
            }
        }
        int possessive = -1;
        for (int i = m.first(); i < m.head(); i++) if (ctx.isPossessive(i)) possessive = i;
        if (possessive > m.first()) return new Span(ctx.word(m.first()).start(), ctx.word(possessive - 1).end());
        // "a Donald Trump tweet": the name before the head
        int name = m.head() - 1;
        while (name >= m.first() && ctx.isName(name) && !ctx.opensSentence(name)) name--;
        if (name < m.head() - 1) return new Span(ctx.word(name + 1).start(), ctx.word(m.head() - 1).end());
        String first = ctx.lower(m.first());
        if (m.first() < m.head() && ctx.lexicon().pronouns().containsKey(first)) return ctx.word(m.first()).span();
        return null;
    }
}
