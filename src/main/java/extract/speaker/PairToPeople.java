package extract.speaker;

import extract.nlp.EntityType;
import extract.quotes.Decision;
import extract.text.WordLists;
import java.util.List;
import java.util.Set;

/**
 * "Pelosi met with Schumer. The two leaders said …", "Both men said …": "the two" or "both" and people
 * ({@code pair-nouns.txt}) name the two people of the sentence before (and of their own sentence before
 * the mention) when it names exactly two, outside quotations.
 */
final class PairToPeople implements SpeakerSieve {
    static final String NAME = "pair-to-people";
    private static final Set<String> PAIR_NOUNS = WordLists.words("/extract/speaker/pair-nouns.txt");

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun() || !pair(m, ctx) || !PAIR_NOUNS.contains(ctx.lower(m.head()))) return null;
        int offset = m.phrase().start();
        int sentence = ctx.sentenceAt(offset);
        int from = sentence > 0 && ctx.distance(sentence - 1, sentence) <= 1 ? sentence - 1 : sentence;
        List<Referent> two = ctx.namedIn(from, sentence, EntityType.PERSON, offset);
        if (two.size() != 2) return null;
        String both = Resolution.together(ctx, m.phrase(), two);
        return new Resolution(new Speaker(both, m.phrase()),
                Decision.of(NAME, Resolution.arrow(ctx, m.phrase(), both) + ", the two people named before"));
    }

    /** "the two …", "both …" open the mention, right before its head or one modifier before it. */
    private static boolean pair(Mention m, SpeakerContext ctx) {
        int f = m.first();
        boolean theTwo = ctx.lower(f).equals("the") && f + 1 < m.head() && ctx.lower(f + 1).equals("two");
        boolean both = ctx.lower(f).equals("both") && f < m.head();
        int modifiers = m.head() - f - (theTwo ? 2 : 1);
        return (theTwo || both) && modifiers <= 1;
    }

}
