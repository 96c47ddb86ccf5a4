package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;
import extract.text.Span;
import extract.text.TitleCase;
import java.util.ArrayList;
import java.util.List;

/**
 * A mention whose head is a name ("Xi", "Chinese President Xi Jinping", "Mr. Morgan of the Sierra
 * Club"): the name's fullest form in the article. A name the name finder missed is kept as written.
 */
final class NameSieve implements SpeakerSieve {
    static final String NAME = "name";

    @Override
    public Resolution resolve(Mention m, SpeakerContext ctx, MentionResolver chain) {
        int h = m.head();
        boolean hyphenName = h - m.first() >= 2 && ctx.isJoiningHyphen(h - 1) && ctx.isName(h - 2);
        if (!ctx.isName(h) && !hyphenName) return null;
        // "Trump's Son Says", "The Senator Said": a role word after a possessive or an article heads a
        // description, though capitalised ("Mr. King" is a name)
        // (and after an article and a place: "the Wisconsin Republican", "a New Hampshire Democrat")
        if (h > m.first() && ctx.lexicon().personNoun(ctx.lower(h))
                && (ctx.isPossessive(h - 1) || ctx.pos(h - 1) == Upos.DET || ctx.pos(m.first()) == Upos.DET && placeBefore(m, h, ctx)
                        || indefiniteModifiers(m, h, ctx))) {
            return null;
        }
        // "the Belarusian said", "the South Korean added": an article and a nationality describe someone named before
        if (ctx.nationalityDescription(m)) return null;
        // "Mr. Morgan of the Sierra Club": the name before "of" speaks
        Span np = new Span(m.phrase().start(), ctx.word(h).end());
        Referent found = nameIn(np, ctx);
        // "Voters said", "Some said", "Six in 10 said": capitalised only because the sentence starts there
        if (onlyCapitalisedBySentence(m, found, ctx)) return null;
        // "Former White House Doctor": a role at the head with a name before it is a description
        if (found != null && h > m.first() && ctx.lexicon().titles().contains(ctx.lower(h)) && found.span().end() <= ctx.word(h).start()) {
            return null;
        }
        if (found == null) {
            String written = np.of(ctx.text());
            // "PENCE:" in a transcript: the name in capitals is the article's "Mike Pence"
            String fuller = allCapitals(written) ? ctx.names().canonical(TitleCase.fromCapitals(written), EntityType.PERSON) : written;
            if (!fuller.equals(written) && fuller.contains(" ")) {
                return Resolution.found(ctx, np, new Referent(np, EntityType.PERSON, fuller, ctx.sentenceAt(np.start()), false),
                        NAME, "“" + written + "” → " + fuller + ", the name in capitals");
            }
            return new Resolution(new Speaker(written, np), Decision.of(NAME, "“" + written + "”, a name as written"));
        }
        // "FALLIN:", which the name finder took for an organisation: in capitals, a person's surname the article spells out
        if (allCapitals(found.span().of(ctx.text())) && found.canonical().indexOf(' ') < 0) {
            String fuller = ctx.names().canonical(TitleCase.fromCapitals(found.span().of(ctx.text())), EntityType.PERSON);
            if (fuller.contains(" ")) {
                return Resolution.found(ctx, np, new Referent(found.span(), EntityType.PERSON, fuller, found.sentence(), found.quoted()),
                        NAME, "“" + np.of(ctx.text()) + "” → " + fuller + ", the name in capitals");
            }
        }
        found = withHonorificGender(np, found, ctx);
        found = personNotPlace(found, ctx);
        found = withGenderOfNextSubject(found, ctx);
        Resolution listed = coordinated(m, np, found, ctx);
        if (listed != null) return listed;
        return Resolution.found(ctx, np, found, NAME, Resolution.arrow(ctx, np, found.canonical()));
    }

    /**
     * "His agent, Rafaela Pimenta, said", the name taken for a place by the name finder: a place of two words or more
     * that speaks and opens with a given name of known gender, and is no country, is a person.
     */
    private static Referent personNotPlace(Referent found, SpeakerContext ctx) {
        String name = found.canonical();
        if (found.type() != EntityType.LOCATION || name.indexOf(' ') < 0 || ctx.lexicon().country(name) || ctx.lexicon().genderOf(name) == null) {
            return found;
        }
        return new Referent(found.span(), EntityType.PERSON, name, found.sentence(), found.quoted());
    }

    /**
     * "one senior Republican", "a veteran Tory", "one Conservative MP": an indefinite article or "one", then
     * modifiers before the head: someone the article does not name.
     */
    private static boolean indefiniteModifiers(Mention m, int h, SpeakerContext ctx) {
        return h - m.first() >= 2 && SpeakerContext.isIndefinite(ctx.lower(m.first()));
    }

    /** The words between the mention's article and its head are a place's name ("the Wisconsin Republican"). */
    private static boolean placeBefore(Mention m, int h, SpeakerContext ctx) {
        if (h - m.first() < 2) return false;
        Span words = new Span(ctx.word(m.first() + 1).start(), ctx.word(h - 1).end());
        return ctx.overlapsEntity(words, EntityType.LOCATION) && !ctx.overlapsEntity(words, EntityType.PERSON);
    }

    /**
     * "Clinton said, “I do take responsibility.” She followed that by saying …": a surname alone whose
     * fullest form has the other gender than the "he" or "she" opening the next sentence of its
     * paragraph is the article's person of that surname and the pronoun's gender, when there is one
     * (Hillary Clinton after Bill Clinton was named last).
     */
    private static Referent withGenderOfNextSubject(Referent found, SpeakerContext ctx) {
        int sentence = found.sentence();
        if (sentence + 1 >= ctx.doc().sentenceCount()) return found;
        int next = ctx.firstWordOf(sentence + 1);
        if (next < 0 || ctx.word(next).quoted()
                || ctx.doc().paragraphAt(ctx.word(next).start()) != ctx.doc().paragraphAt(found.span().start())) {
            return found;
        }
        return ctx.forGender(found, Mention.genderOf(ctx.lexicon().pronounKind(ctx.lower(next))));
    }

    /**
     * "Mrs. Clinton", "Mr. Trump": an honorific before the name makes it a person and picks the
     * fullest form of its gender ("Hillary Clinton", not "Bill Clinton"; "Donald Trump", not "Trump Shuttle").
     */
    private static Referent withHonorificGender(Span np, Referent found, SpeakerContext ctx) {
        int first = ctx.wordAt(np.start());
        int name = ctx.wordAt(found.span().start());
        String gender = null;
        for (int i = Math.max(first, name - 2); i >= 0 && i <= name; i++) {
            String g = ctx.lexicon().honorificGender(ctx.lower(i));
            if (g != null) gender = g;
        }
        boolean person = found.type() == EntityType.PERSON;
        if (gender == null || person && gender.equals(ctx.lexicon().genderOf(found.canonical()))) return found;
        // "Mr. Trump" is a person, not "Trump Shuttle"
        String canonical = ctx.names().canonical(found.span().of(ctx.text()), EntityType.PERSON, gender);
        return new Referent(found.span(), EntityType.PERSON, canonical, found.sentence(), found.quoted());
    }

    private static boolean allCapitals(String s) {
        return s.length() > 2 && TitleCase.inCapitals(s);
    }

    /** The only capital the mention has is that of its sentence's first word, a common word ("Voters", "Six"). */
    private static boolean onlyCapitalisedBySentence(Mention m, Referent found, SpeakerContext ctx) {
        int f = m.first();
        // ("Reporters/PROPN asked": a group's common noun the tagger took for a name, where the name finder saw none)
        String lower = ctx.lower(f);
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        boolean member = ctx.lexicon().memberNouns().contains(lower) || ctx.lexicon().memberNouns().contains(singular); // "Democrats"
        boolean common = (found == null || found.type() == null) && m.head() == f && ctx.lexicon().groupNoun(lower) && !member;
        if (!ctx.opensSentence(f) || ctx.pos(f) == Upos.PROPN && !common || allCapitals(ctx.word(f).text())) return false; // "PENCE:"
        if (found != null && (found.type() != null || !found.span().equals(ctx.word(f).span()))) return false;
        for (int i = f + 1; i <= m.head(); i++) if (ctx.isName(i) && ctx.pos(i) == Upos.PROPN) return false;
        return true;
    }

    /**
     * "Mr. Grassley and Mr. Leahy said", "Ana Ruiz, Ben Cole and Eva Poe said": people's names joined by
     * commas and "and" are all the speaker ("Charles E. Grassley and Patrick J. Leahy"), each in its
     * fullest form; so are organisations' ("Google and Apple said"). Null when the mention is not such a
     * list of people or of organisations.
     */
    private static Resolution coordinated(Mention m, Span np, Referent last, SpeakerContext ctx) {
        List<Span> parts = new ArrayList<>();
        boolean and = false;
        int from = m.first();
        int depth = 0; // "Jeff Merkley (D-Ore.), Sherrod Brown": no list inside a parenthesis
        for (int i = m.first(); i <= m.head(); i++) {
            String w = ctx.lower(i);
            if (w.equals("(")) depth++;
            if (w.equals(")")) depth--;
            if (depth != 0 || !(w.equals(",") || w.equals("and"))) continue;
            and |= w.equals("and");
            int end = i - 1;
            if (ctx.lower(end).equals(")")) { // "Pat Toomey (Pa.)": the name ends before its label
                while (end > from && !ctx.lower(end).equals("(")) end--;
                end--;
            }
            if (end >= from) parts.add(new Span(ctx.word(from).start(), ctx.word(end).end()));
            from = i + 1;
        }
        if (!and || parts.isEmpty() || last.type() != EntityType.PERSON && last.type() != EntityType.ORGANIZATION) return null;
        List<Referent> names = new ArrayList<>();
        for (Span part : parts) {
            Referent r = nameIn(part, ctx);
            if (r == null || r.type() != last.type()) return null;
            names.add(last.type() == EntityType.PERSON ? withHonorificGender(part, r, ctx) : r);
        }
        names.add(last);
        List<String> canonical = names.stream().map(Referent::canonical).distinct().toList();
        if (canonical.size() < names.size()) return null;
        String all = Resolution.together(ctx, np, names); // each speaks, for the pronouns after
        String count = names.size() == 2 ? "two names" : names.size() + " names";
        return new Resolution(new Speaker(all, np), Decision.of(NAME, "“" + np.of(ctx.text()) + "” → " + all + ", " + count));
    }

    private static Referent nameIn(Span np, SpeakerContext ctx) {
        Referent best = null;
        var referents = ctx.referents();
        for (int i = ctx.firstEndingAfter(np.start()); i < referents.size() && referents.get(i).span().start() < np.end(); i++) {
            Referent r = referents.get(i);
            if (!np.overlaps(r.span())) continue;
            int after = ctx.wordAt(r.span().end() - 1) + 1;
            boolean possessor = after < ctx.wordCount() && ctx.word(after).start() < np.end() && ctx.isPossessive(after);
            if (possessor && best != null) continue;
            if (best == null || !possessor) best = r;
        }
        Span run = ctx.names().lastRunIn(np);
        String text = ctx.text();
        if (best != null && run != null && run.end() == np.end() && best.span().end() < run.start()) {
            // "IMF chief economist Maury Obstfeld": the name at the head, not the organisation before it
            return new Referent(run, EntityType.PERSON, ctx.names().canonical(run.of(text), EntityType.PERSON), best.sentence(), best.quoted());
        }
        if (best != null && run != null && run.contains(best.span()) && run.length() > best.span().length()) {
            // the name finder cut a name in two ("Paolo" + "Rossi"): the capitalised run is the name
            return new Referent(run, best.type(), ctx.names().canonical(run.of(text), best.type()), best.sentence(), best.quoted());
        }
        if (best != null) return best;
        return run == null ? null : new Referent(run, null, ctx.names().canonical(run.of(text)), ctx.sentenceAt(run.start()), false);
    }
}
