package extract.quotes;

import extract.doc.Upos;
import extract.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The reporting-verb lexicons, loaded once and shared (immutable). */
public final class CueLexicon {
    private static final String DIR = "/extract/quotes/";

    private final Map<String, String> speech;
    private final Map<String, String> belief;
    private final Set<String> tellVerbs;
    private final List<String[]> sourcePhrases;
    private final Set<String> between;
    private final Set<String> asides;
    private final Set<String> circumstance;
    private final Set<String> subjectPronouns;
    private final Set<String> objectPronouns;
    private final Set<String> indefinitePronouns;
    private final Set<String> quantityPronouns;
    private final Set<String> timeDeterminers;
    private final List<String[]> ellipticReplies;
    private final Set<String> linkers;
    private final Set<String> linkerAdjectives;
    private final Set<String> passiveAuxiliaries;
    private final Set<String> functionWords;
    private final Set<String> surnameTimeUnits;
    private final Set<String> timeWords;
    private final Set<String> notSpeakers;
    private final Set<String> nameParticles;
    private final Set<String> infinitiveBeliefs;
    private final Set<String> possessives;
    private final Set<String> narratorClauses;
    private final Set<String> circumstanceConjunctions;
    private final Set<String> openingSubordinators;
    private final Set<String> questionVerbs;
    private final Set<String> claimNouns;
    private final Set<String> quantifiers;
    private final Set<String> groupNouns;
    private final Set<String> gerundAspects;
    private final Set<String> organisationNouns;
    private final Set<String> roleNouns;
    private final Set<String> speechVehicles;
    private final Set<String> approximators;
    private final Set<String> namingVerbs;
    private final Set<String> showingWords;
    private final Set<String> occasionNouns;
    private final Set<String> documentNouns;
    private final Set<String> nounFirstForms;
    private final Set<String> authoringParticiples;
    private final List<String> interviewCues;
    private final Set<String> objectReports;
    private final List<String[]> aspectPhrases;
    private final Set<String> clauseless;
    private final Set<String> regions;
    private final Map<String, List<String[]>> particles;
    private final Map<String, Set<String>> particleObjects;
    /** "add up", "add to": a reporting verb's lemma and the word after it that make it no cue, as "lemma word". */
    private final Set<String> notCuePairs;
    /** "decline", "refuse": lemmas that report only with an infinitive or an object after them. */
    private final Set<String> objectNeeding;

    private CueLexicon() {
        this.speech = WordLists.formsToLemma(DIR + "reporting-verbs.txt");
        this.belief = WordLists.formsToLemma(DIR + "belief-verbs.txt");
        this.tellVerbs = WordLists.words(DIR + "tell-verbs.txt");
        this.sourcePhrases = WordLists.lines(DIR + "source-phrases.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        this.between = WordLists.words(DIR + "between-words.txt");
        this.aspectPhrases = WordLists.lines(DIR + "aspect-phrases.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        this.asides = WordLists.lines(DIR + "parenthetical-asides.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.circumstance = WordLists.words(DIR + "circumstance-words.txt");
        this.subjectPronouns = WordLists.words(DIR + "subject-pronouns.txt");
        this.objectPronouns = WordLists.words(DIR + "object-pronouns.txt");
        this.indefinitePronouns = WordLists.words(DIR + "indefinite-pronouns.txt");
        this.quantityPronouns = WordLists.words(DIR + "quantity-pronouns.txt");
        this.timeDeterminers = WordLists.words(DIR + "time-determiners.txt");
        this.ellipticReplies = WordLists.lines(DIR + "elliptic-replies.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        this.linkers = WordLists.words(DIR + "linkers.txt");
        this.linkerAdjectives = WordLists.words(DIR + "linker-adjectives.txt");
        this.passiveAuxiliaries = WordLists.words(DIR + "passive-auxiliaries.txt");
        this.functionWords = WordLists.words("/extract/nlp/function-words.txt");
        this.timeWords = WordLists.words(DIR + "time-words.txt");
        this.possessives = WordLists.words(DIR + "possessive-pronouns.txt");
        this.narratorClauses = WordLists.words(DIR + "narrator-clauses.txt");
        this.circumstanceConjunctions = WordLists.words(DIR + "circumstance-conjunctions.txt");
        this.openingSubordinators = WordLists.words(DIR + "opening-subordinators.txt");
        this.questionVerbs = WordLists.words(DIR + "question-verbs.txt");
        this.claimNouns = WordLists.words(DIR + "claim-nouns.txt");
        this.quantifiers = WordLists.words("/extract/speaker/quantifiers.txt");
        this.surnameTimeUnits = WordLists.words(DIR + "surname-time-units.txt");
        this.groupNouns = WordLists.words("/extract/speaker/group-nouns.txt");
        this.organisationNouns = WordLists.words("/extract/speaker/organisation-nouns.txt");
        this.gerundAspects = WordLists.words(DIR + "gerund-aspect-verbs.txt");
        this.roleNouns = WordLists.words("/extract/speaker/titles.txt");
        this.speechVehicles = WordLists.words("/extract/speaker/speech-vehicles.txt");
        this.approximators = WordLists.words(DIR + "approximators.txt");
        this.namingVerbs = WordLists.words(DIR + "naming-verbs.txt");
        this.showingWords = WordLists.words(DIR + "showing-words.txt");
        // the occasions of when and where ("rally", "news conference"), one word each
        this.occasionNouns = WordLists.table("/extract/time/occasions.tsv").keySet().stream()
                .filter(w -> !w.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.nameParticles = WordLists.words(DIR + "name-particles.txt");
        this.infinitiveBeliefs = WordLists.words(DIR + "infinitive-belief-verbs.txt");
        this.documentNouns = WordLists.words(DIR + "document-nouns.txt");
        this.objectReports = WordLists.words(DIR + "object-report-verbs.txt");
        this.clauseless = WordLists.words(DIR + "clauseless-verbs.txt");
        this.nounFirstForms = WordLists.words(DIR + "noun-first-forms.txt");
        this.authoringParticiples = WordLists.words(DIR + "authoring-participles.txt");
        this.interviewCues = WordLists.lines(DIR + "interview-cues.txt");
        Set<String> regions = new java.util.HashSet<>(extract.text.CountryNames.load());
        WordLists.lines(DIR + "regions.txt").forEach(l -> regions.add(l.toLowerCase(Locale.ROOT)));
        this.regions = Set.copyOf(regions);
        this.particles = particleLines(DIR + "particle-verbs.tsv");
        this.particleObjects = particleTable(DIR + "particle-object-verbs.tsv");
        this.objectNeeding = WordLists.words(DIR + "object-needing-verbs.txt");
        this.notCuePairs = WordLists.lines(DIR + "not-cue-particles.tsv").stream()
                .map(l -> String.join(" ", l.strip().toLowerCase(Locale.ROOT).split("\\s+")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.notSpeakers = WordLists.lines(DIR + "not-speakers.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static CueLexicon load() {
        return new CueLexicon();
    }

    /**
     * "went on to say", "was quick to point out": where the phrase from {@code aspect-phrases.txt} that
     * ends right before the "to" at word {@code to} starts, else -1.
     */
    int aspectPhraseBefore(TokenView v, int to) {
        if (to < 1 || !v.is(to, "to") || v.inQuote(to)) return -1;
        for (String[] p : aspectPhrases) {
            int start = to - p.length;
            if (v.wordsAt(start, p) && !v.inQuote(start)) return start;
        }
        return -1;
    }

    /**
     * The verb of going on right before the "-ing" form at word {@code cue} ("keeps saying",
     * {@code gerund-aspect-verbs.txt}), or -1.
     */
    int aspectBeforeGerund(TokenView v, int cue) {
        int k = cue - 1;
        if (k < 1 || !v.lower(cue).endsWith("ing") || v.inQuote(k) || !gerundAspects.contains(v.lower(k))) return -1;
        return k;
    }

    /** Words from..to, set off by commas, are an aside: one adverb ("however") or a phrase from {@code parenthetical-asides.txt} ("for his part"). */
    boolean aside(TokenView v, int from, int to) {
        return to - from == 1 && v.pos(from) == Upos.ADV || asides.contains(v.lowerPhrase(from, to)) || adverbs(v, from, to);
    }

    /** "not surprisingly", "perhaps predictably": two or three adverbs ("not" among them), the last in "-ly". */
    private static boolean adverbs(TokenView v, int from, int to) {
        if (to - from < 2 || to - from > 3 || !v.lower(to - 1).endsWith("ly")) return false;
        for (int i = from; i < to; i++) {
            if (v.inQuote(i) || v.pos(i) != Upos.ADV && !v.is(i, "not")) return false;
        }
        return true;
    }

    /** May stand between a subject and its verb ("has", "also"). */
    boolean between(String lower) {
        return between.contains(lower);
    }

    /** A label before a colon that is no speaker ("WATCH", "Source"). */
    boolean notSpeaker(String lowerPhrase) {
        return notSpeakers.contains(lowerPhrase);
    }

    /** Marks a phrase of time ("months", "ago", "Friday"). */
    boolean timeWord(String lower) {
        return timeWords.contains(lower);
    }

    /** Names a day or a span of days ("Tuesday", "yesterday", "week"): what a phrase of the statement's time ends in. */
    boolean dayWord(String lower) {
        return lower.equals("yesterday") || lower.equals("today") || lower.equals("tonight")
                || lower.endsWith("day") && timeWord(lower) || lower.equals("week") || lower.equals("month");
    }

    /** Opens a phrase of time, place or manner ("on", "during", "yesterday"). */
    boolean circumstance(String lower) {
        return circumstance.contains(lower);
    }

    /** "someone", "everyone", "nobody" ({@code indefinite-pronouns.txt}): a subject that names no one in particular. */
    boolean indefinitePronoun(String lower) {
        return indefinitePronouns.contains(lower);
    }

    /** "much", "more", "many" ({@code quantity-pronouns.txt}): a word of quantity that may be a clause's subject alone. */
    boolean quantityPronoun(String lower) {
        return quantityPronouns.contains(lower);
    }

    /** "this", "last", "next" ({@code time-determiners.txt}) before a time word: "last week". */
    boolean timeDeterminer(String lower) {
        return timeDeterminers.contains(lower);
    }

    /** How many words of an elliptic reply ({@code elliptic-replies.txt}: "no", "the same") start at word k; 0 if none. */
    int ellipticReply(TokenView v, int k) {
        for (String[] reply : ellipticReplies) {
            if (v.wordsAt(k, reply) && java.util.stream.IntStream.range(k, k + reply.length).noneMatch(v::inQuote)) return reply.length;
        }
        return 0;
    }

    boolean subjectPronoun(String lower) {
        return subjectPronouns.contains(lower);
    }

    /** "her", "him", "them": a pronoun in the object case ({@code object-pronouns.txt}). */
    boolean objectPronoun(String lower) {
        return objectPronouns.contains(lower);
    }

    /** Joins two noun phrases into one ("of", "for"). */
    boolean linker(String lower) {
        return linkers.contains(lower);
    }

    /** "some", "both", "many": may stand alone as a subject ("some said"). */
    boolean quantifier(String lower) {
        return quantifiers.contains(lower);
    }

    /** "newspaper", "ministry", "company" ({@code organisation-nouns.txt}): a noun for a body that speaks. */
    boolean organisation(String lower) {
        return organisationNouns.contains(lower);
    }

    /**
     * "voters", "donors", "a senator", "officials": a noun for people (a role from {@code titles.txt}, or
     * its plural, or a group from {@code group-nouns.txt} that is no document or medium, as "reports" is).
     */
    boolean people(String lower) {
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        if (roleNouns.contains(lower) || roleNouns.contains(singular)) return true;
        return groupNouns.contains(lower) && !documentNouns.contains(lower) && !documentNouns.contains(singular)
                && !speechVehicles.contains(lower) && !speechVehicles.contains(singular);
    }

    /** "statement", "post", "tweet": a noun for what carries someone's words ({@code speech-vehicles.txt}). */
    boolean speechVehicle(String lower) {
        return speechVehicles.contains(lower);
    }

    /** "about", "nearly": before a number they start a noun phrase, not a prepositional phrase ("said about half ..."). */
    boolean approximator(String lower) {
        return approximators.contains(lower);
    }

    /** "hopes": a verb of belief whose infinitive is the report ("hopes to win"). */
    boolean infinitiveBelief(String lower) {
        return infinitiveBeliefs.contains(lower);
    }

    /** "of", "von", "bin": a lower-case word that may join the parts of a name ("Bank of America"). */
    boolean nameParticle(String lower) {
        return nameParticles.contains(lower);
    }

    /** "shows", "footage": a word after which a name and a participle show that person speaking ({@code showing-words.txt}). */
    boolean showingWord(String lower) {
        return showingWords.contains(lower);
    }

    /** "rally", "speech": a noun of an occasion at which statements are made, which makes none itself. */
    boolean occasionNoun(String lower) {
        return occasionNouns.contains(lower);
    }

    /** "called", "dubbed": verbs that name their object with a quotation ("called it “a disgrace”"). */
    boolean namingVerb(String lower) {
        return namingVerbs.contains(lower);
    }

    /** "announced", "denied", "(the poll) shows": a reporting verb whose noun-phrase object is the report ("denied the allegations"). */
    boolean objectReport(String lower) {
        String lemma = reportingLemma(lower);
        return lemma != null && objectReports.contains(lemma);
    }

    /** "spoke", "supported": a reporting verb that takes no reported clause ({@code clauseless-verbs.txt}). */
    boolean takesNoClause(String lower) {
        String lemma = reportingLemma(lower);
        return lemma != null && clauseless.contains(lemma);
    }

    /** The dictionary form of a reporting verb's or a verb of belief's form, or null. */
    private String reportingLemma(String lower) {
        return speech.containsKey(lower) ? speech.get(lower) : belief.get(lower);
    }

    /** "called for", "pointed to": a verb form and particle whose object is the report ("called for a moratorium"). */
    boolean particleObject(String lowerVerb, String lowerParticle) {
        Set<String> p = particleObjects.get(lowerVerb);
        return p != null && p.contains(lowerParticle);
    }

    /** Lines of verb forms, a tab, and particles: each form mapped to its particles. */
    private static Map<String, Set<String>> particleTable(String resource) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String line : WordLists.lines(resource)) {
            String[] p = line.toLowerCase(Locale.ROOT).split("\t", 2);
            if (p.length < 2) throw new IllegalStateException(resource + ": no tab in line " + line);
            Set<String> particles = Set.of(p[1].strip().split("\\s+"));
            for (String form : p[0].strip().split("\\s+")) out.put(form, particles);
        }
        return Map.copyOf(out);
    }

    /** "pa.", "south carolina", "mexico", "u.s.": a state or country that may follow a town ("Allentown, Pa."). */
    boolean region(String lowerPhrase) {
        return regions.contains(lowerPhrase);
    }

    /**
     * "in Allentown, Pa.,", "from Sumter, South Carolina,": words from..to name the state or country
     * of the town before their comma. The pair is one place.
     */
    boolean townRegion(TokenView v, int from, int to) {
        return from >= 2 && v.is(from - 1, ",") && v.nameLike(from - 2) && region(v.lowerPhrase(from, to));
    }

    /** Words that say an interview follows ("spoke with", "Q&A"; {@code interview-cues.txt}), anywhere in {@code text}. */
    boolean announcesInterview(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return interviewCues.stream().anyMatch(lower::contains);
    }

    /** "issued", "conducted": a participle whose agent made the thing before it ({@code authoring-participles.txt}). */
    boolean authoringParticiple(String lower) {
        return authoringParticiples.contains(lower);
    }

    /** "states", "remarks": a form read as a plural noun unless a report opens after it ({@code noun-first-forms.txt}). */
    boolean nounFirst(String lower) {
        return nounFirstForms.contains(lower);
    }

    /** "poll", "survey", "study": a document that reports ("in a new poll, ..."). */
    boolean documentNoun(String lower) {
        return documentNouns.contains(lower);
    }

    /** "close" in "a person close to the process": "to" after it joins the phrase. */
    boolean linkerAdjective(String lower) {
        return linkerAdjectives.contains(lower);
    }

    /** "was", "got": a participle after it is passive. */
    boolean passiveAuxiliary(String lower) {
        return passiveAuxiliaries.contains(lower);
    }

    /** "claim", "warning": a noun of saying whose owner says its "that" clause. */
    boolean claimNoun(String lower) {
        return claimNouns.contains(lower);
    }

    /** A participle that frames a question by someone unnamed ("asked", "questioned"). */
    boolean questionVerb(String lower) {
        return questionVerbs.contains(lower);
    }

    /** Opens a subordinate clause before the main clause ("While", "Although", "If"). */
    boolean openingSubordinator(String lower) {
        return openingSubordinators.contains(lower);
    }

    /**
     * Where the subordinator opening the sentence stands ("While Ramos said …", "But while …", "Even as
     * he accused …"), past punctuation and a conjunction, when it comes before word {@code before}; else -1.
     */
    int openingSubordinatorBefore(TokenView v, int before) {
        int s = 0;
        while (s < before && (v.isPunct(s) && !v.isQuoteMark(s) || v.pos(s) == Upos.CCONJ)) s++;
        if (s < before && v.is(s, "even")) s++; // "Even though", "Even as"
        return s < before && !v.inQuote(s) && openingSubordinator(v.lower(s)) ? s : -1;
    }

    /** "when", "after": after a cue, a clause of time or cause begins, not the report. */
    boolean circumstanceConjunction(String lower) {
        return circumstanceConjunctions.contains(lower);
    }

    /** True when the word after a reporting verb makes it no cue ("add up"). */
    boolean notCueWith(String lower, String next) {
        String lemma = speech.get(lower);
        return lemma != null && notCuePairs.contains(lemma + " " + next);
    }

    /** "declined", "refuses": a reporting verb that reports only with "to" or an object after it. */
    boolean needsObject(String lower) {
        String lemma = speech.get(lower);
        return lemma != null && objectNeeding.contains(lemma);
    }

    /**
     * How many words of the particle that a reporting verb needs follow it at word i ("out" after
     * "pointed", "it clear" after "made"): 0 when the verb needs none, -1 when they do not follow.
     */
    int particleAfter(TokenView v, int i) {
        String lemma = speech.get(v.lower(i));
        List<String[]> needed = lemma == null ? null : particles.get(lemma);
        if (needed == null) return 0;
        for (String[] p : needed) if (v.wordsAt(i + 1, p)) return p.length;
        // ("makes that clear: “…”": a colon that ends the verb's clause with the particle in it, before a quotation)
        int colon = FrameGrammar.colonBeforeQuotation(v, i);
        for (int a = i + 1; a < colon; a++) {
            for (String[] p : needed) if (v.is(a, p[p.length - 1])) return 0;
        }
        return -1;
    }

    /** Lines of a lemma, a tab and a particle of one or more words; a lemma may have several lines. */
    private static Map<String, List<String[]>> particleLines(String resource) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String line : WordLists.lines(resource)) {
            String[] cols = line.split("\t");
            out.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].strip().split(" "));
        }
        return Map.copyOf(out);
    }

    /** "although", "despite": after a comma, the writer's clause begins. */
    boolean narratorClause(String lower) {
        return narratorClauses.contains(lower);
    }

    /** "his", "their": possessive determiners. */
    Set<String> possessives() {
        return possessives;
    }

    /** "day", "week" ({@code surname-time-units.txt}): alone and capitalised, a family name ("Day said"). */
    boolean surnameTimeUnit(String lower) {
        return surnameTimeUnits.contains(lower);
    }

    /** Capitalised at a sentence start but never a name ("The", "But"). */
    Set<String> functionWords() {
        return functionWords;
    }

    /** The word is a verb's base form ("hope", "warn"), which a first name may share ("Hope Hicks"). */
    boolean isBaseForm(String lower) {
        return lower.equals(speech.get(lower)) || lower.equals(belief.get(lower));
    }

    boolean isSpeechVerb(String lower) {
        return speech.containsKey(lower);
    }

    boolean isBeliefVerb(String lower) {
        return belief.containsKey(lower);
    }

    /** The lemma of a verb of belief or finding ("showed" -> "show"), or null. */
    String beliefLemma(String lower) {
        return belief.get(lower);
    }

    boolean takesHearer(String lower) {
        return tellVerbs.contains(lower);
    }

    /** Phrases like "according to" whose source follows them. */
    List<String[]> sourcePhrases() {
        return sourcePhrases;
    }

    /** Number of distinct reporting verbs (lemmas). */
    public int speechVerbCount() {
        return (int) speech.values().stream().distinct().count();
    }
}
