package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;
import extract.text.WordLists;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Tuesday", "last week", "2012", "Jan. 1": a phrase of time words (with determiners and numbers), perhaps with words
 * about it after it ("a decade to accomplish"), is never a speaker;
 * the row keeps the mention and names no one. A month that the name finder took for a person
 * ("May said") is a name, and so is a unit of time alone with a capital ("Day said").
 */
final class TimeIsNoSpeaker implements SpeakerSieve {
    static final String NAME = "time-is-no-speaker";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (m.pronoun()) return null;
        // ("Day said": a unit of time alone with a capital is a family name)
        if (m.first() == m.last() && SURNAME_UNITS.contains(ctx.lower(m.first())) && ctx.pos(m.first()) == Upos.PROPN) return null;
        boolean time = false;
        for (int i = m.first(); i <= m.last(); i++) {
            boolean t = ctx.lexicon().timeWords().contains(ctx.lower(i)) || year(ctx.lower(i)) || monthAbbreviation(ctx, i, m.last());
            Upos p = ctx.pos(i);
            // ("a decade to accomplish", "last week that showed …": what follows a whole phrase of time tells of the time)
            boolean afterTimeWord = i > m.first() && ctx.lexicon().timeWords().contains(ctx.lower(i - 1));
            if (!t && time && afterTimeWord && opensModifier(ctx.lower(i), p)) break;
            if (!t && p != Upos.DET && p != Upos.NUM && p != Upos.ADJ) return null;
            time |= t;
        }
        if (!time || ctx.overlapsEntity(m.phrase(), EntityType.PERSON) || ctx.overlapsEntity(m.phrase(), EntityType.ORGANIZATION)) {
            return null;
        }
        return new Resolution(new Speaker("", m.phrase()),
                Decision.of(NAME, "“" + m.phrase().of(ctx.text()) + "” is a time, not a speaker"));
    }

    /** "to", "that" or a preposition: a modifier's first word after a phrase of time ("a day at home", not "Tuesday's"). */
    private static boolean opensModifier(String lower, Upos p) {
        return p == Upos.ADP || lower.equals("to") || lower.equals("that");
    }

    /** Units of time that are also family names ({@code surname-time-units.txt}). */
    private static final Set<String> SURNAME_UNITS = WordLists.words("/extract/quotes/surname-time-units.txt");

    /** Month abbreviations ({@code months.tsv}: "jan", "sept"), lower case. */
    private static final Set<String> MONTH_ABBREVIATIONS = WordLists.table("/extract/time/months.tsv").values().stream()
            .flatMap(names -> Arrays.stream(names.split(";")).skip(1)).map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** "Jan. 1": a month's abbreviation with its dot before a day's number ("Jan" alone may be a first name). */
    private static boolean monthAbbreviation(SpeakerContext ctx, int i, int last) {
        String w = ctx.lower(i);
        return w.endsWith(".") && MONTH_ABBREVIATIONS.contains(w.substring(0, w.length() - 1)) && i < last && ctx.pos(i + 1) == Upos.NUM;
    }

    /** "2012": four digits from 1800 to 2199. */
    private static boolean year(String w) {
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("18") || w.startsWith("19")
                || w.startsWith("20") || w.startsWith("21"));
    }
}
