package extract.speaker;

import extract.doc.Upos;
import extract.quotes.Decision;
import extract.text.Span;

/**
 * "a statement from the ministry", "her tweet", "Trump's letter": a phrase headed by what carries
 * words ({@code speech-vehicles.txt}) names its author, who is the speaker: the phrase after "from"
 * or "by" (or a name after "of": "footage of Trump"), else its possessive or the name before the
 * head ("a Donald Trump tweet"). One with no author of its own has the one who sent or issued it: in
 * its own sentence ("They sent a letter … opposing"), or, when definite, in a sentence before ("Obama
 * released a statement Thursday … the statement said"). With no author found ("a brief written
 * statement") the row keeps the mention and names no one. Any noun made by someone has an author too
 * ("a poll conducted by Gallup", {@code authoring-participles.txt}; "a poll by Gallup").
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
            // ("They sent a letter to Senate leaders opposing …": the vehicle is itself a verb's object)
            Span sender = senderOf(m.first(), ctx);
            if (sender == null && ctx.definiteDescription(m)) sender = earlierSender(m, ctx);
            if (sender == null) {
                ctx.rememberVehicle(new SpeakerContext.Vehicle(m.phrase(), sentence, ""));
                return new Resolution(new Speaker("", m.phrase()), Decision.of(NAME, said + " names no author"));
            }
            Resolution r = chain.resolve(sender, ctx);
            ctx.rememberVehicle(new SpeakerContext.Vehicle(m.phrase(), sentence, r.speaker().name()));
            return new Resolution(new Speaker(r.speaker().name(), m.phrase()),
                    r.decision().withPrefix(NAME, said + " → “" + sender.of(ctx.text()) + "”, who issued it"));
        }
        Resolution r = chain.resolve(author, ctx);
        ctx.rememberVehicle(new SpeakerContext.Vehicle(m.phrase(), sentence, r.speaker().name()));
        return new Resolution(new Speaker(r.speaker().name(), m.phrase()),
                r.decision().withPrefix(NAME, said + " → its author “" + author.of(ctx.text()) + "”"));
    }

    /** Sentences back the vehicle's earlier mention may stand. */
    private static final int REACH = 3;

    /**
     * "The Cruz campaign sent a fundraising email Wednesday … “…,” the email read": a definite vehicle
     * naming no author is the one an earlier sentence had someone send, release or issue, and that
     * verb's subject wrote it (only the latest earlier mention of the same noun counts).
     */
    private static Span earlierSender(Mention m, SpeakerContext ctx) {
        String head = ctx.lower(m.head());
        int sentence = ctx.word(m.first()).sentence();
        for (int i = m.first() - 1; i >= 0 && ctx.word(i).sentence() >= sentence - REACH; i--) {
            if (ctx.pos(i) != Upos.NOUN || ctx.word(i).quoted() || !sameNoun(ctx.lower(i), head)) continue;
            int start = i; // back over the phrase's modifiers ("a fundraising email")
            while (start > 0 && ctx.word(start - 1).sentence() == ctx.word(i).sentence() && !ctx.word(start - 1).quoted()
                    && ctx.phraseWord(start - 1) && !ctx.isPossessive(start - 1)) {
                start--;
            }
            return senderOf(start, ctx);
        }
        return null;
    }

    /**
     * The subject of the verb whose object is the phrase starting at word {@code start} ("Obama released
     * a statement", "his campaign sent out an email"), or that spoke in it ("Fox News said in a
     * statement"); null when the phrase is no such object or the subject is a preposition's object.
     */
    private static Span senderOf(int start, SpeakerContext ctx) {
        int verb = start - 1;
        if (verb >= 0 && (ctx.lower(verb).equals("out") || ctx.lower(verb).equals("in")) && !ctx.word(verb).quoted()) verb--;
        if (verb < 0 || ctx.pos(verb) != Upos.VERB || ctx.word(verb).quoted() || ctx.lower(verb).endsWith("ing")
                || ctx.word(verb).sentence() != ctx.word(start).sentence()) {
            return null;
        }
        int subjectEnd = verb; // past auxiliaries and adverbs ("has also released")
        while (subjectEnd > 0 && (ctx.pos(subjectEnd - 1) == Upos.AUX || ctx.pos(subjectEnd - 1) == Upos.ADV)) subjectEnd--;
        // ("hosts a talk show, writes a weekly column": after a comma the verb is one in a row, its subject further back)
        if (subjectEnd == 0 || ctx.word(subjectEnd - 1).sentence() != ctx.word(verb).sentence() || ctx.isPunctuation(subjectEnd - 1)) {
            return null;
        }
        Span subject = ctx.phraseBefore(subjectEnd);
        if (subject == null) return null;
        int first = ctx.wordAt(subject.start());
        // ("a group of parents with kids in charter schools sent a letter": a preposition's object is no subject)
        if (first > 0 && ctx.pos(first - 1) == Upos.ADP) return null;
        // ("Powell's office", "his campaign": the owner goes with the phrase)
        int owner = first;
        if (owner > 0 && ctx.pos(owner - 1) == Upos.PRON && ctx.lexicon().pronouns().containsKey(ctx.lower(owner - 1))) {
            owner--;
        } else if (owner > 1 && ctx.isPossessive(owner - 1)) {
            owner--;
            while (owner > 0 && ctx.isName(owner - 1) && ctx.word(owner - 1).sentence() == ctx.word(first).sentence()) owner--;
        }
        return owner < first ? new Span(ctx.word(owner).start(), subject.end()) : subject;
    }

    /** "email" and "emails", "statement" and "statements". */
    private static boolean sameNoun(String a, String b) {
        return a.equals(b) || a.equals(b + "s") || b.equals(a + "s");
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
