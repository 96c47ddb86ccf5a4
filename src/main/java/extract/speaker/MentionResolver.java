package extract.speaker;

import extract.doc.Upos;
import extract.nlp.EntityType;
import extract.quotes.Decision;
import extract.text.Span;
import extract.text.TitleCase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Resolves one speaker mention by the speaker sieves, in this order; the first that decides wins:
 * {@link PronounChain}, {@link PronounToDescribed} and {@link PronounToVehicle} (certain, or too rare in the training data for
 * the ranker to learn), then
 * the trained ranker for "he", "she", "it" ({@link RankedPronoun}, when a ranker is given), then
 * pronouns ({@link PronounToSpeaker}, {@link PronounToEntity}, {@link GroupToSpeaker},
 * {@link GroupToPluralPhrase}, {@link RelativeToName}, {@link RelativeToPhrase},
 * {@link FirstPersonInTurn}, {@link FirstPersonToAuthor}, {@link UnresolvedPronoun}), then what is no speaker or names one ({@link TimeIsNoSpeaker},
 * {@link NoSpeakerWords}, {@link VehicleToAuthor}), then names ({@link NameSieve}), then descriptions
 * ({@link NamedDescription}, {@link PairToPeople}, {@link FormerOrLatter}, {@link DescriptionToEntity},
 * {@link DescriptionToSpeaker}, {@link DescriptionToKept},
 * {@link DescriptionToRecentEntity}, {@link PossessorOfDescription},
 * {@link KeptDescription}). Immutable.
 */
final class MentionResolver {
    private final List<SpeakerSieve> sieves = List.of(
            new PronounToSpeaker(),
            new PronounToEntity(),
            new GroupToSpeaker(),
            new GroupToPluralPhrase(),
            new RelativeAfterConjunction(),
            new RelativeToName(),
            new RelativeToPhrase(),
            new FirstPersonInTurn(),
            new FirstPersonToAuthor(),
            new UnresolvedPronoun(),
            new TimeIsNoSpeaker(),
            new NoSpeakerWords(),
            new VehicleToAuthor(),
            new NameSieve(),
            new NameAfterName(),
            new NamedDescription(),
            new PairToPeople(),
            new FormerOrLatter(),
            new DescriptionToEntity(),
            new DescriptionToSpeaker(),
            new DescriptionToKept(),
            new DescriptionToRecentEntity(),
            new PossessorOfDescription(),
            new KeptDescription());

    private final List<SpeakerSieve> beforeRanker = List.of(new PronounChain(), new PronounToDescribed(), new PronounToVehicle());
    private final SpeakerSieve ranked; // before all the sieves above

    /** {@code ranker}: null for the rules alone; {@code recorder}: non-null to report the ranker's candidates (training). */
    MentionResolver(SpeakerRanker ranker, Consumer<RankedCandidates> recorder) {
        this.ranked = new RankedPronoun(ranker, recorder);
    }

    /**
     * "WHO says", "US says": a word in capitals, in a sentence not all in capitals, is an acronym,
     * whatever pronoun it spells ("I" is none).
     */
    private static boolean acronym(int i, SpeakerContext ctx) {
        String w = ctx.word(i).text();
        if (w.length() < 2 || !TitleCase.inCapitals(w)) return false;
        var sentence = ctx.doc().sentence(ctx.word(i).sentence());
        for (int k = sentence.firstWord(); k < sentence.endWord(); k++) {
            if (ctx.word(k).text().chars().anyMatch(Character::isLowerCase)) return true;
        }
        return false;
    }

    Resolution resolve(Span np, SpeakerContext ctx) {
        np = withoutLeadingDescription(wholeWords(np, ctx), ctx);
        int first = ctx.wordAt(np.start());
        int last = ctx.wordAt(np.end() - 1);
        if (first < 0 || last < 0) {
            return new Resolution(new Speaker(np.of(ctx.text()), np), Decision.of("words-as-written", "not on word boundaries"));
        }
        int head = head(first, last, ctx);
        String kind = first == last && !acronym(head, ctx) ? ctx.lexicon().pronounKind(ctx.lower(head)) : null;
        Mention m = new Mention(np, first, last, head, kind);
        for (SpeakerSieve s : beforeRanker) {
            Resolution r = s.resolve(m, ctx, this);
            if (r != null) return r;
        }
        Resolution byRanker = ranked.resolve(m, ctx, this);
        if (byRanker != null) return byRanker;
        for (SpeakerSieve s : sieves) {
            Resolution r = s.resolve(m, ctx, this);
            if (r != null) return r;
        }
        throw new IllegalStateException("no speaker sieve decided " + np); // KeptDescription always decides
    }

    /**
     * A mention begins and ends on whole words: "working-class white voters", "the now-defunct National
     * Review", not "-class white voters"; a list's dash is no part of it ("-Nate Cohn explains"); a phrase
     * cut after a possessor takes it back ("The GOP’s complaint …", not "’s complaint …").
     */
    private static Span wholeWords(Span np, SpeakerContext ctx) {
        int first = ctx.wordAt(np.start());
        int last = ctx.wordAt(np.end() - 1);
        if (first < 0 || last < 0) return np;
        while (first > 0 && ctx.gluedToPrevious(first)) first--;
        if (first < last && ctx.isDash(first)) first++;
        if (first < last && ctx.isPossessive(first)) first = possessorStart(first, ctx);
        while (last + 1 < ctx.wordCount() && ctx.gluedToPrevious(last + 1)) last++;
        return new Span(ctx.word(first).start(), ctx.word(last).end());
    }

    /** Where the possessor before the possessive mark at word {@code mark} begins ("The GOP" of "The GOP’s"), or the mark. */
    private static int possessorStart(int mark, SpeakerContext ctx) {
        int k = mark;
        while (k > 0 && mark - k < MAX_POSSESSOR && ctx.word(k - 1).sentence() == ctx.word(mark).sentence()
                && POSSESSOR_TAGS.contains(ctx.pos(k - 1))) {
            k--;
            if (ctx.pos(k) == Upos.DET) break;
        }
        return k;
    }

    private static final int MAX_POSSESSOR = 4;
    private static final Set<Upos> POSSESSOR_TAGS = EnumSet.of(Upos.PROPN, Upos.NOUN, Upos.ADJ, Upos.NUM, Upos.DET);

    /** "a meeting South Korean President Moon" names Moon: drop a determiner and common nouns before a name. */
    private static Span withoutLeadingDescription(Span np, SpeakerContext ctx) {
        int first = ctx.wordAt(np.start());
        int last = ctx.wordAt(np.end() - 1);
        if (first < 0 || last <= first || ctx.pos(first) != Upos.DET) return np;
        int k = first + 1;
        while (k < last && !ctx.isName(k) && (ctx.pos(k) == Upos.NOUN || ctx.pos(k) == Upos.ADJ)) k++;
        // (not a day: "a report Tuesday from WKOW"; but "the new Morning Consult poll")
        boolean day = k < last && ctx.lexicon().timeWords().contains(ctx.lower(k)) && !ctx.isName(k + 1);
        return k > first + 1 && k < last && ctx.isName(k) && !day ? new Span(ctx.word(k).start(), np.end()) : np;
    }

    /**
     * The head word of a noun phrase: its last word, or the word before "of"/"for"/"at"/... unless
     * that is a title ("officials at Homeland Security", "Morgan of the Sierra Club", but "Secretary
     * of State John Kerry") or the word is inside a name ("the Court of Appeals for the 6th Circuit").
     */
    static int head(int first, int last, SpeakerContext ctx) {
        int h = phraseHead(first, last, ctx);
        // ("a report Tuesday from WKOW": a day after the noun says when, the noun heads)
        while (h > first && ctx.lexicon().timeWords().contains(ctx.lower(h)) && ctx.pos(h - 1) == Upos.NOUN) h--;
        return h;
    }

    /** The last two words are names the name finder typed as nothing ("Antony Blinken" it missed, not "Police Department"). */
    private static boolean twoNamesNoEntity(int last, SpeakerContext ctx) {
        Span pair = new Span(ctx.word(last - 1).start(), ctx.word(last).end());
        return ctx.pos(last) == Upos.PROPN && ctx.pos(last - 1) == Upos.PROPN && ctx.isName(last - 1)
                && !ctx.overlapsEntity(pair, EntityType.ORGANIZATION) && !ctx.overlapsEntity(pair, EntityType.LOCATION);
    }

    private static int phraseHead(int first, int last, SpeakerContext ctx) {
        SpeakerLexicon lexicon = ctx.lexicon();
        for (int i = first + 1; i < last; i++) {
            String w = ctx.lower(i);
            if (w.equals("who") || w.equals("whose") || w.equals("that")) return i - 1; // "supporters who came to …"
            // "a statement issued by the ministry": a participle of making after the noun opens a clause about it
            if (lexicon.authoringParticiples().contains(w) && ctx.pos(i - 1) == Upos.NOUN) return i - 1;
            // "people in Fort Pierce", "voters in Iowa", "Democrats in Iowa", "many in Hong Kong"
            if (w.equals("in") && (ctx.pos(i - 1) == Upos.NOUN || partyMembers(ctx.lower(i - 1), lexicon)
                    || lexicon.quantifiers().contains(ctx.lower(i - 1)))) return i - 1;
            // "Secretary of State John Kerry": after a title the phrase runs on to the person it names;
            // "Chad's Ambassador to France" names no person after it, so its head is the title
            // (the name finder may miss the name: then a known first name and a capitalised word end the phrase,
            // "… of State Mike Pompeo", or two names: "… of State Antony Blinken")
            boolean titleOfName = lexicon.titles().contains(ctx.lower(i - 1))
                    && (ctx.overlapsEntity(new Span(ctx.word(i).end(), ctx.word(last).end()), EntityType.PERSON)
                            || last - 2 > i && ctx.isName(last) && (lexicon.genderOf(ctx.word(last - 1).text()) != null
                                    || ctx.lower(i).equals("of") && twoNamesNoEntity(last, ctx)));
            if (lexicon.linkers().contains(ctx.lower(i)) && !titleOfName && !ctx.insideName(i)) {
                return i - 1;
            }
        }
        return last;
    }

    /** "democrats", "republicans": the plural of a party member's noun ({@code member-nouns.txt}). */
    private static boolean partyMembers(String lower, SpeakerLexicon lexicon) {
        return lower.endsWith("s") && lexicon.memberNouns().contains(lower.substring(0, lower.length() - 1));
    }
}
