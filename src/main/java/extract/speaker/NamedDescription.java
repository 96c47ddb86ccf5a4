package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;

/**
 * "a spokeswoman for Hillary Clinton", "Clinton supporters": a description with a name in it (beyond
 * nationality words and titles) is kept as the speaker; the name alone would be wrong. A place before
 * the role of one person ("the Indiana governor", "The New York businessman") names no one, nor does
 * a place's possessive before a role or an organisation ("China's official news agency"): later
 * sieves look for whom the description stands for.
 */
final class NamedDescription implements SpeakerSieve {
    static final String NAME = "description-with-name";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!namesSomeone(m.first(), m.last(), ctx)) return null;
        return KeptDescription.keep(m, ctx, NAME, "a description that names someone");
    }

    /** The word after the first possessive mark in first..last; first when there is none. */
    private static int possessiveAfter(int first, int last, SpeakerContext ctx) {
        for (int i = first; i < last; i++) if (ctx.isPossessive(i)) return i + 1;
        return first;
    }

    private static boolean namesSomeone(int first, int last, SpeakerContext ctx) {
        SpeakerLexicon lexicon = ctx.lexicon();
        boolean personRole = ctx.lower(first).equals("the") && lexicon.personNoun(ctx.lower(last));
        // "China's official news agency", "Iran's foreign ministry": a place's possessive before a role or
        // an organisation noun says whose it is, not who speaks
        boolean placesRole = (lexicon.personNoun(ctx.lower(last)) || lexicon.organisationNouns().contains(ctx.lower(last)))
                && ctx.overlapsEntity(ctx.word(first).span(), EntityType.LOCATION);
        for (int i = first; i <= last; i++) {
            String w = ctx.lower(i);
            if (!ctx.isName(i) || lexicon.functionWords().contains(w) || ctx.nationalityWord(i)) continue;
            if ((personRole || placesRole && i < possessiveAfter(first, last, ctx)) && ctx.overlapsEntity(ctx.word(i).span(), EntityType.LOCATION)) continue;
            if (Character.isDigit(ctx.word(i).text().codePointAt(0))) continue; // "Six in 10"
            if (i == first && ctx.opensSentence(i) && ctx.pos(i) != Upos.PROPN) continue; // "Voters"
            boolean compassBeforePrefix = lexicon.compassWords().contains(w) && i < last
                    && lexicon.namePrefixes().contains(ctx.lower(i + 1));
            if (!lexicon.namePrefixes().contains(w) && !lexicon.titles().contains(w) && !compassBeforePrefix) return true;
        }
        return false;
    }
}
