package extract.speaker;

import extract.nlp.EntityType;

/**
 * "In a March 2016 meeting with the editorial board of the Washington Post Trump said": a person's
 * name that ends the mention right after another name, with no comma or word between them, starts a
 * phrase of its own (the comma after the opening phrase is missing); that person speaks.
 */
final class NameAfterName implements SpeakerSieve {
    static final String NAME = "name-after-name";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        int end = ctx.word(m.last()).end();
        for (Referent r : ctx.referentsIn(ctx.sentenceAt(end - 1))) {
            if (r.type() != EntityType.PERSON || r.span().end() != end || r.quoted()) continue;
            // two names: a space between them, not a hyphen ("Shanklin-Hawkins" is one)
            if (r.span().start() == 0 || !Character.isWhitespace(ctx.text().charAt(r.span().start() - 1))) return null;
            int first = ctx.wordAt(r.span().start());
            if (first - 1 <= m.first() || !ctx.isName(first - 1) || !ctx.word(first - 1).capitalised()) return null;
            String before = ctx.lower(first - 1);
            SpeakerLexicon lexicon = ctx.lexicon();
            if (lexicon.titles().contains(before) || lexicon.namePrefixes().contains(before) || lexicon.honorificGender(before) != null) {
                return null; // "Sen. Kaine", "Ms. Shanklin-Hawkins": one name
            }
            return Resolution.found(ctx, r.span(), r, NAME, Resolution.arrow(ctx, r.span(), r.canonical())
                    + ", the name that ends the phrase after another");
        }
        return null;
    }
}
