package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;
import extract.text.Span;
import java.util.EnumSet;
import java.util.Set;

/**
 * "analysts who claim", "said one former staffer, who said": "who" refers back to the noun phrase
 * before it, a person ("a staffer at the ministry who said" is the staffer); after a copula, to the
 * named subject that the phrase describes ("Ruiz is a lawyer and activist who said" is Ruiz).
 */
final class RelativeToPhrase implements SpeakerSieve {
    static final String NAME = "relative-to-phrase";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        if (!"relative".equals(m.pronounKind())) return null;
        Span antecedent = ctx.phraseBefore(m.first());
        if (antecedent == null) return pronounBefore(m, ctx);
        if (ctx.lower(m.first()).equals("who")) {
            Span subject = copulaSubject(ctx, antecedent);
            antecedent = subject != null ? subject : person(ctx, antecedent, ctx.lower(m.first() - 1).equals(","));
        }
        Resolution r = chain.resolve(antecedent, ctx);
        return new Resolution(r.speaker(), r.decision().withPrefix(NAME,
                "“" + m.phrase().of(ctx.text()) + "” → “" + antecedent.of(ctx.text()) + "”"));
    }

    /** "those who said", "some who warned", "someone who knew": the pronoun or quantifier right before "who", as written. */
    private static Resolution pronounBefore(Mention m, SpeakerContext ctx) {
        int before = m.first() - 1;
        if (before < 0 || !ctx.lower(m.first()).equals("who") || ctx.word(before).sentence() != ctx.word(m.first()).sentence()) return null;
        String w = ctx.lower(before);
        if (!ctx.lexicon().relativeAntecedents().contains(w) && !ctx.lexicon().quantifiers().contains(w)) return null;
        Span word = ctx.word(before).span();
        return new Resolution(new Speaker(word.of(ctx.text()), word),
                Decision.of(NAME, "“" + m.phrase().of(ctx.text()) + "” → “" + word.of(ctx.text()) + "”, the pronoun it hangs on"));
    }

    /**
     * "John Bentel, a tech staffer at the State Department who told": "who" is a person, so after a
     * preposition whose object is an organisation or place, the phrase before it is the noun phrase
     * the preposition hangs on ("a tech staffer"; an organisation may go unnamed: "an economist at the
     * state university, who"; through each such phrase: "a professor in public law at the University
     * of Cape Town in South Africa, who"), and a name in apposition before that description, past an
     * age, is who it is ("Harlan Crow, a Texas real estate developer, who").
     */
    private static Span person(SpeakerContext ctx, Span phrase, boolean afterComma) {
        Span head = townOfRegion(ctx, phrase);
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            int first = ctx.wordAt(head.start());
            if (first < 2 || ctx.pos(first - 1) != Upos.ADP) break;
            // "Marco Rubio of Florida, who": "of" and a place too ("Secretary of State John Kerry" names a person)
            boolean of = ctx.lower(first - 1).equals("of");
            // ("a graduate of Harvard Law School who": after "of" an organisation too)
            boolean body = ctx.overlapsEntity(head, EntityType.LOCATION) || ctx.overlapsEntity(head, EntityType.ORGANIZATION);
            int noun = ctx.wordAt(head.end() - 1);
            // ("a secretary of labor during …, who": a role's noun before "of" and a field heads the phrase)
            Span role = of && !ctx.isName(noun) && !personal(ctx, head) ? ctx.phraseBefore(first - 1) : null;
            if (role != null && ctx.lexicon().peopleNoun(ctx.lower(ctx.wordAt(role.end() - 1)))) {
                head = role;
                continue;
            }
            // ("Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz, who", "Gene Sperling, an adviser to
            // President Obama, who": after a comma, the description in apposition, not the person it names)
            Span described = afterComma && ctx.overlapsEntity(head, EntityType.PERSON) ? apposedDescription(ctx, first - 1) : null;
            if (described != null) {
                head = described;
                continue;
            }
            // (but people are who: "the mirror image of the Tea Party Republicans who")
            if (of && (!body || ctx.lexicon().peopleNoun(ctx.lower(noun)) || ctx.overlapsEntity(head, EntityType.PERSON))) break;
            boolean place = body || ctx.lexicon().organisationNoun(ctx.lower(noun)); // "at the state university"
            if (place && !of && ctx.lower(first - 2).equals(",")) {
                // "Nicky Driscoll, 24, from Manchester, who": the place phrase set off by commas is the name's
                Span named = personBeforeComma(ctx, first - 2);
                if (named != null) return named;
            }
            Span before = ctx.phraseBefore(first - 1);
            // ("one Democrat familiar with the discussion, who", "Democrats across the country, who": a noun no
            // person's noun names, after a person's, is no "who" either)
            boolean thing = !of && before != null && !personal(ctx, head) && personal(ctx, before);
            if (!place && !thing) break; // "a gunman in Orlando who": the phrase itself
            if (before == null) break;
            head = before;
        }
        int headFirst = ctx.wordAt(head.start());
        // ("Scott Reed, the Chamber's chief political strategist, who": the description's possessor is in it)
        Span possessor = headFirst > 1 && ctx.isPossessive(headFirst - 1) ? ctx.phraseBefore(headFirst - 1) : null;
        if (possessor != null) headFirst = ctx.wordAt(possessor.start());
        int after = headFirst; // the word after the comma that ends the name's phrase
        if (after > 3 && ctx.lower(after - 1).equals(",") && ctx.pos(after - 2) == Upos.NUM && ctx.lower(after - 3).equals(",")) {
            after -= 2; // "Elizabeth Arnold, 32, a former staff member": past the age
        }
        // ("Jeff Flake, Republican of Arizona, who": a party's member is capitalised, and no name)
        if (headFirst > 1 && ctx.lower(headFirst - 1).equals(",")
                && (!ctx.isName(headFirst) || ctx.lexicon().personNoun(ctx.lower(headFirst)))) {
            Span named = ctx.phraseBefore(after);
            if (named != null && ctx.isName(ctx.wordAt(named.end() - 1))) {
                Span who = personOfPlace(ctx, lastConjunct(ctx, named));
                // (straight after the phrase, only a person: not "In Ohio on Monday, many residents, who"; "Gov. John
                // Kasich of Ohio, a Republican who" is Kasich's)
                if (head != phrase || ctx.overlapsEntity(who, EntityType.PERSON)) return who;
            }
        }
        return head;
    }

    /**
     * The noun phrase before the preposition at word {@code preposition} when it opens with a determiner
     * right after a comma, a description in apposition ("Phil Bryant, a former backer of"), else null.
     */
    static Span apposedDescription(SpeakerContext ctx, int preposition) {
        Span described = ctx.phraseBefore(preposition);
        int d = described == null ? -1 : ctx.wordAt(described.start());
        return d > 1 && ctx.pos(d) == Upos.DET && ctx.lower(d - 1).equals(",") ? described : null;
    }

    /** "a gynecologist from Englewood, New Jersey, who": the state names where the town is; the town is the place the phrase ends in. */
    private static Span townOfRegion(SpeakerContext ctx, Span phrase) {
        int first = ctx.wordAt(phrase.start());
        if (first < 2 || !ctx.lower(first - 1).equals(",") || !ctx.overlapsEntity(phrase, EntityType.LOCATION)
                || ctx.overlapsEntity(phrase, EntityType.PERSON)) return phrase;
        Span town = ctx.phraseBefore(first - 1);
        return town != null && ctx.overlapsEntity(town, EntityType.LOCATION) ? town : phrase;
    }

    /** The person's name right before the comma at {@code comma}, past an age (", 24,"), or null. */
    private static Span personBeforeComma(SpeakerContext ctx, int comma) {
        int k = comma;
        if (k > 2 && ctx.pos(k - 1) == Upos.NUM && ctx.lower(k - 2).equals(",")) k -= 2;
        Span named = ctx.phraseBefore(k);
        return named != null && ctx.isName(ctx.wordAt(named.end() - 1)) && ctx.overlapsEntity(named, EntityType.PERSON) ? named : null;
    }

    /** A phrase that names people: a person's name, or a noun of a role, a party's member or a group in it. */
    private static boolean personal(SpeakerContext ctx, Span phrase) {
        if (ctx.overlapsEntity(phrase, EntityType.PERSON)) return true;
        for (int i = ctx.wordAt(phrase.start()); i <= ctx.wordAt(phrase.end() - 1); i++) {
            if (ctx.lexicon().personNoun(ctx.lower(i)) || ctx.lexicon().groupNoun(ctx.lower(i))) return true;
        }
        return false;
    }

    /** "Millis and Harold Doley, a banker, who": the description is the last name's. */
    private static Span lastConjunct(SpeakerContext ctx, Span phrase) {
        int last = ctx.wordAt(phrase.end() - 1);
        for (int i = last; i > ctx.wordAt(phrase.start()); i--) {
            if (ctx.lower(i).equals("and")) return new Span(ctx.word(i + 1).start(), phrase.end());
        }
        return phrase;
    }

    /** How many prepositional phrases "who" may look back across to the noun they hang on. */
    private static final int MAX_HOPS = 5;

    /** "Dianne Feinstein of California": the person before "of" and a place, else the phrase itself. */
    private static Span personOfPlace(SpeakerContext ctx, Span phrase) {
        int first = ctx.wordAt(phrase.start());
        if (first < 2 || !ctx.lower(first - 1).equals("of") || !ctx.overlapsEntity(phrase, EntityType.LOCATION)) return phrase;
        Span before = ctx.phraseBefore(first - 1);
        return before != null && ctx.overlapsEntity(before, EntityType.PERSON) ? before : phrase;
    }

    /**
     * "Ruiz is a lawyer, author and activist who said", "Ruiz teaches law and is a critic who said": a
     * relative clause on the nouns after a form of "be" describes that verb's subject; its name, where
     * the subject is one (the first phrase of the clause when "and" joins the copula to a verb before).
     */
    private static Span copulaSubject(SpeakerContext ctx, Span phrase) {
        int k = ctx.wordAt(phrase.start()) - 1;
        if (k < 1) return null;
        int sentence = ctx.word(k).sentence();
        while (k > 0 && ctx.word(k).sentence() == sentence && (LIST.contains(ctx.pos(k)) || ctx.lower(k).equals(",")
                || ctx.lower(k).equals("and"))) k--;
        if (k < 1 || ctx.word(k).sentence() != sentence || !BE.contains(ctx.lower(k))) return null;
        Span subject = ctx.lower(k - 1).equals("and") ? clauseSubject(ctx, k - 1) : ctx.phraseBefore(k);
        return subject != null && ctx.isName(ctx.wordAt(subject.end() - 1)) && ctx.pos(ctx.wordAt(subject.end() - 1)) == Upos.PROPN
                ? subject : null;
    }

    /** The names opening the clause that ends at word {@code and} (after a label and its colon), before its verb. */
    private static Span clauseSubject(SpeakerContext ctx, int and) {
        int sentence = ctx.word(and).sentence();
        int first = ctx.firstWordOf(sentence);
        for (int i = first; i < and; i++) if (ctx.lower(i).equals(":")) first = i + 1;
        int end = first;
        while (end < and && ctx.pos(end) == Upos.PROPN) end++;
        if (end == first || end >= and || ctx.pos(end) != Upos.VERB && ctx.pos(end) != Upos.ADV) return null;
        return new Span(ctx.word(first).start(), ctx.word(end - 1).end());
    }

    private static final Set<Upos> LIST = EnumSet.of(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.NUM);
    private static final Set<String> BE = Set.of("is", "was", "are", "were");
}
