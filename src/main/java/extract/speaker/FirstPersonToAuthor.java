package extract.speaker;

import extract.nlp.EntityType;
import extract.quotes.Decision;

/**
 * "I" or "we" outside quotations is the writer: the article's author, when a byline or the closing
 * note on the writer names one ({@link ArticleAuthor}), in the fullest form the article gives the name
 * ("we" speaks for the writer and others; the writer is the one the article names).
 */
final class FirstPersonToAuthor implements SpeakerSieve {
    static final String NAME = "first-person-to-author";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        String w = ctx.lower(m.head());
        if (!m.pronoun() || !(w.equals("i") || w.equals("we")) || ctx.doc().insideQuotation(m.phrase())) return null;
        return ctx.author().map(a -> {
            String name = ctx.names().canonical(a, EntityType.PERSON);
            return new Resolution(new Speaker(name, m.phrase()),
                    Decision.of(NAME, "“" + ctx.word(m.head()).text() + "” outside quotations → " + name + ", who wrote the article"));
        }).orElse(null);
    }
}
