package extract.nlp;

import extract.text.TitleCase;
import extract.text.WordLists;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Fixes the POS tagger's impossible tags: AUX is a closed class, so any other word tagged AUX is a
 * noun when a verb follows ("donors said": a subject) and a verb otherwise; and a word with letters
 * is no punctuation ("the reader-chosen winner": an adjective before a noun, else a noun); and a
 * possessive "'s" is a particle ("it's" is a verb); a document noun after a determiner is a noun
 * ("a CNN tally", "a yearly Gallup poll", "Polls show"), and a verb of finding after it a verb ("the poll
 * shows"); and pronouns, determiners, prepositions and conjunctions are closed
 * classes too, so a word outside them that the tagger put there is a name when capitalised
 * ("Guzzinati said", "Antonin Scalia") and otherwise an auxiliary, adverb, verb or noun by its form
 * ("is", "firmly", "tweeted", "rabbi"); an "-ing" noun after a preposition and before "that" is a
 * verb ("by announcing that"), and so is a reporting verb ending the sentence after a quotation and
 * its speaker ("“…,” the narrator asks/NOUN."), and a lone adjective between a determiner and a
 * verb a noun ("the narrator/ADJ asks"); and a sentence with no finite verb takes the present form after its
 * subject for one ("Trump avoids/NOUN condemning"); a word after a modal, or an interjection after a subject
 * pronoun, before an object is a verb ("would welcome/ADJ China's help"); and so is a present form in a
 * verbless reported clause ("Doyle said each year yields/NOUN a bump", "the law unfairly targets/NOUN gay people");
 * a percentage is a noun ("26 % say", "42% say"), a word after a source phrase a noun ("according to figures/VERB"),
 * a base form before "says" or "said" after a noun the subject's head ("the magnate/VERB says", "Ian Read/VERB said"),
 * "said" a verb unless after a determiner ("Read said/ADJ company leaders"), and a
 * capitalised verb between names part of the name ("the UK Independence/VERB Party"), and an "-s" form after
 * "to" a plural noun after a preposition ("said to cheers/VERB"), and a verb after an article a noun or, in "-ing", "-ed" or
 * "-en", an adjective ("a talk/VERB show host", "the printed/VERB card"); a role between names a noun
 * ("Ohio State University professor/ADV Paul Beck").
 * Immutable; shared.
 */
final class TagRepair {
    private final Set<String> auxiliaries;
    private final Set<String> closedClassWords;
    private final Set<String> documentNouns;
    private final Set<String> findingVerbs;
    private final Set<String> reportingVerbs;
    private final Set<String> dayWords;
    private final Set<String> modals;
    private final Set<String> subjectPronouns;
    private final Set<String> sourcePhrases;
    private final Set<String> titleAbbreviations;
    private final Set<String> reactionNouns;
    /** Two-word nouns whose first word the tagger may read as a verb ("think tank"). */
    private final Set<String> compoundNouns;
    /** Verbs whose clause reports: the reporting verbs and the verbs of belief ("thinks", "found"). */
    private final Set<String> clauseVerbs;
    /** Past forms without "-ed" ("met", "won") that the tagger may read as nouns. */
    private final Set<String> irregularPasts;
    /** Words that are only prepositions ("with", "of"), whatever the tagger says. */
    private final Set<String> prepositionsOnly;
    /** Nouns of a person's role ("professor", "columnist"), the speaker stage's titles. */
    private final Set<String> roles;
    /** Verbs that judge someone for an act a gerund names ("accused Clinton of lying"). */
    private final Set<String> judgingVerbs;

    private TagRepair(Set<String> auxiliaries, Set<String> closedClassWords, Set<String> documentNouns, Set<String> findingVerbs,
            Set<String> reportingVerbs, Set<String> dayWords, Set<String> modals, Set<String> subjectPronouns, Set<String> sourcePhrases,
            Set<String> titleAbbreviations, Set<String> beliefVerbs, Set<String> reactionNouns, Set<String> compoundNouns,
            Set<String> irregularPasts, Set<String> prepositionsOnly, Set<String> roles, Set<String> judgingVerbs) {
        this.auxiliaries = auxiliaries;
        this.closedClassWords = closedClassWords;
        this.documentNouns = documentNouns;
        this.findingVerbs = findingVerbs;
        this.reportingVerbs = reportingVerbs;
        this.dayWords = dayWords;
        this.modals = modals;
        this.subjectPronouns = subjectPronouns;
        this.sourcePhrases = sourcePhrases;
        this.titleAbbreviations = titleAbbreviations;
        this.reactionNouns = reactionNouns;
        this.compoundNouns = compoundNouns;
        this.irregularPasts = irregularPasts;
        this.prepositionsOnly = prepositionsOnly;
        this.roles = roles;
        this.judgingVerbs = judgingVerbs;
        Set<String> clause = new HashSet<>(reportingVerbs);
        clause.addAll(beliefVerbs);
        this.clauseVerbs = Set.copyOf(clause);
    }

    static TagRepair fromResources() {
        return new TagRepair(WordLists.words("/extract/nlp/auxiliaries.txt"), WordLists.words("/extract/nlp/closed-class-words.txt"),
                WordLists.words("/extract/quotes/document-nouns.txt"), WordLists.words("/extract/nlp/finding-verbs.txt"),
                WordLists.words("/extract/quotes/reporting-verbs.txt"), WordLists.words("/extract/time/day-words.txt"),
                WordLists.words("/extract/nlp/modals.txt"), WordLists.words("/extract/quotes/subject-pronouns.txt"),
                Set.copyOf(WordLists.lines("/extract/quotes/source-phrases.txt")), WordLists.words("/extract/nlp/title-abbreviations.txt"),
                WordLists.words("/extract/quotes/belief-verbs.txt"), WordLists.words("/extract/nlp/reaction-nouns.txt"),
                Set.copyOf(WordLists.lines("/extract/nlp/compound-nouns.txt")), WordLists.words("/extract/nlp/irregular-pasts.txt"),
                WordLists.words("/extract/nlp/prepositions-only.txt"), WordLists.words("/extract/speaker/titles.txt"),
                WordLists.words("/extract/nlp/judging-verbs.txt"));
    }

    /** The forms of "have", an auxiliary only before a participle. */
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having");

    /** Tags of an object's first word after "have" (no pronoun: "Have you seen …?" keeps its auxiliary). */
    private static final Set<String> HAVE_OBJECTS = Set.of("DET", "NOUN", "PROPN", "NUM", "ADJ");

    /** Tags of the last word of a verb's subject ("royal", "Trump", "she"). */
    private static final Set<String> SUBJECT_HEADS = Set.of("NOUN", "PROPN", "PRON");

    /** The last mark inside a quotation that a frame follows. */
    private static final Set<String> QUOTATION_ENDS = Set.of(",", "?", "!");

    /** How many words the speaker's phrase between a closing quotation mark and its verb may have ("the narrator in the ad"). */
    private static final int SPEAKER_WORDS = 6;

    /**
     * "“You work hard,” the narrator asks/NOUN.": a reporting verb's form that ends the sentence after a
     * quotation and a short noun phrase opened by a determiner is that phrase's verb; so is one right after
     * the quotation's comma and closing mark, before a name or a determiner.
     */
    private boolean reportingVerbAfterQuote(String[] tokens, String[] tags, boolean[] quoted, int i) {
        if (!tags[i].equals("NOUN") || quoted[i] || !reportingVerbs.contains(tokens[i].toLowerCase(Locale.ROOT))) return false;
        if (i >= 2 && quoted[i - 1] && tags[i - 1].equals("PUNCT") && QUOTATION_ENDS.contains(tokens[i - 2]) && i + 1 < tokens.length
                && (tags[i + 1].equals("PROPN") || tags[i + 1].equals("DET"))) {
            return true; // inverted: "“We're excited,” comments/NOUN Johnston"
        }
        if (i + 1 < tokens.length && !tags[i + 1].equals("PUNCT")) return false;
        int k = i - 1;
        while (k > 0 && i - k <= SPEAKER_WORDS && !quoted[k] && !tags[k].equals("PUNCT") && !tags[k].equals("VERB")) k--;
        return k >= 0 && k < i - 1 && quoted[k] && tags[k + 1].equals("DET");
    }

    /** Tags after the verb of a speaker that follows a quotation: its end, a preposition, an object ("… on Instagram"). */
    private static final Set<String> AFTER_SPEAKERS_VERB = Set.of("PUNCT", "ADP", "NOUN", "PROPN");

    /** Tags the tagger gives a speaker's noun it reads as an adverb or verb ("the former forward/ADV said"). */
    private static final Set<String> NOT_NOMINAL = Set.of("ADV", "VERB", "AUX", "ADP");

    /**
     * "“It is a dream,” the French forward/VERB wrote/ADJ on Instagram.": right after a quotation's comma and
     * closing mark, a determiner, one to three words and a reporting verb's form (then punctuation, a preposition
     * or an object) are the speaker's phrase and its verb; the phrase's last word is its noun, the others modify it.
     */
    private void speakerPhraseAfterQuote(String[] tokens, String[] tags, boolean[] quoted) {
        for (int q = 1; q + 3 < tokens.length; q++) {
            if (!quoted[q] || quoted[q + 1] || !tags[q].equals("PUNCT") || !QUOTATION_ENDS.contains(tokens[q - 1])
                    || !tags[q + 1].equals("DET")) continue;
            for (int verb = q + 3; verb <= q + 1 + NAME_WORDS && verb < tokens.length; verb++) {
                if (quoted[verb] || tags[verb].equals("PUNCT")) break;
                if (!reportingVerbs.contains(tokens[verb].toLowerCase(Locale.ROOT)) || tokens[verb].endsWith("ing")) continue;
                boolean ends = verb + 1 == tokens.length || AFTER_SPEAKERS_VERB.contains(tags[verb + 1]);
                if (!ends || tags[verb].equals("VERB") && !NOT_NOMINAL.contains(tags[verb - 1])) break;
                tags[verb] = "VERB";
                if (NOT_NOMINAL.contains(tags[verb - 1])) tags[verb - 1] = "NOUN";
                for (int m = q + 2; m < verb - 1; m++) if (NOT_NOMINAL.contains(tags[m])) tags[m] = "ADJ";
                break;
            }
        }
    }

    /** How many words a name or noun phrase between a quotation and its verb may have ("Jim Bennett"). */
    private static final int NAME_WORDS = 3;
    private static final Set<String> PHRASE_WORDS = Set.of("PROPN", "NOUN", "ADJ");

    /**
     * "“They're all here for free stuff,” Bennett shot/NOUN back.", "“…,” the email read/NOUN.": a past form
     * ({@code irregular-pasts.txt}, or a lower-case "-ed" word) tagged a noun right after a quotation's comma
     * and closing mark and a name, a subject pronoun or a short phrase a determiner opens is that speaker's verb.
     */
    private boolean pastFormAfterQuotedSpeaker(String[] tokens, String[] tags, boolean[] quoted, int i) {
        String w = tokens[i];
        if (!tags[i].equals("NOUN") || quoted[i] || !Character.isLowerCase(w.codePointAt(0))) return false;
        if (!pastForm(w)) return false;
        int k = i - 1;
        if (k >= 0 && tags[k].equals("PRON") && subjectPronouns.contains(tokens[k].toLowerCase(Locale.ROOT)) && !quoted[k]) {
            k--;
        } else {
            // a name, or a determiner's phrase ("the email read/NOUN")
            while (k >= 0 && i - k <= NAME_WORDS && PHRASE_WORDS.contains(tags[k]) && !quoted[k]) k--;
            if (k >= 0 && tags[k].equals("DET") && !quoted[k] && k < i - 1) k--;
            else if (k == i - 1 || i - k > NAME_WORDS || !tags[i - 1].equals("PROPN")) return false;
        }
        return k >= 1 && quoted[k] && tags[k].equals("PUNCT") && QUOTATION_ENDS.contains(tokens[k - 1]);
    }

    /** Particles after which a past form is a verb of answering or speaking ("shot back", "spoke up"). */
    private static final Set<String> PARTICLES = Set.of("back", "out", "off", "up");

    /**
     * "Rubio shot/NOUN back forcefully: “…”": an irregular past form tagged a noun between the name that
     * opens the sentence (or its clause, after a comma) and a particle is that name's verb.
     */
    private boolean pastFormBeforeParticle(String[] tokens, String[] tags, boolean[] quoted, int i) {
        if (!tags[i].equals("NOUN") || quoted[i] || !irregularPasts.contains(tokens[i]) || i + 1 >= tokens.length
                || !PARTICLES.contains(tokens[i + 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= NAME_WORDS && tags[k].equals("PROPN") && !quoted[k]) k--;
        // the name, one word or more, opens the sentence or follows an opening phrase's comma
        // ("After Brown criticized her husband, Hillary shot/NOUN back, “…”")
        return k < i - 1 && (k < 0 || tokens[k].equals(",") && !quoted[k]);
    }

    /**
     * "The Clinton campaign denies/NOUN any wrongdoing and points/NOUN out that …": a reporting verb's
     * present form after the subject's noun (not a possessive's: "Trump's claims that") and before a
     * determiner, a pronoun, "that", "out" or a question's word ("why") is the verb; so is one after "and"
     * or "but" before "that", "out" or a clause's subject and verb.
     */
    private boolean presentReportingVerbAsNoun(String[] tokens, String[] tags, boolean[] quoted, int i) {
        String lower = tokens[i].toLowerCase(Locale.ROOT);
        if (!tags[i].equals("NOUN") || quoted[i] || !lower.endsWith("s") || !reportingVerbs.contains(lower) || i == 0
                || i + 1 >= tags.length) {
            return false;
        }
        boolean afterSubject = (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN")) && !quoted[i - 1];
        String next = tokens[i + 1].toLowerCase(Locale.ROOT);
        boolean clause = next.equals("that") || next.equals("out");
        // (after "and" or "but" too, before "that", "out" or a clause's subject and verb: "… and points/NOUN out
        // that", "…, but insists/NOUN Sanders is mounting …")
        boolean subjectAndVerb = i + 2 < tags.length && (tags[i + 1].equals("PRON") || Character.isUpperCase(tokens[i + 1].codePointAt(0)))
                && (tags[i + 2].equals("AUX") || tags[i + 2].equals("VERB")) && !quoted[i + 1];
        return afterSubject && (tags[i + 1].equals("DET") || tags[i + 1].equals("PRON") || clause || WH_WORDS.contains(next))
                || tags[i - 1].equals("CCONJ") && (clause || subjectAndVerb);
    }

    /** Words opening a reported question ("Craig Fehrman explains/NOUN why Indiana is weird"). */
    private static final Set<String> WH_WORDS = Set.of("why", "how", "what", "whether", "where", "when", "who");

    /** Tags of a word that can open a verb's object ("the", "China", "her", "two"). */
    private static final Set<String> OBJECT_OPENERS = Set.of("DET", "PRON", "PROPN", "NOUN", "NUM");

    /**
     * "would welcome/ADJ China's participation", "they welcome/INTJ the attention": a lower-case word
     * after a modal, or an interjection after a subject pronoun, before an object is the verb.
     */
    private boolean verbBeforeObject(String[] tokens, String[] tags, int i) {
        if (i == 0 || i + 1 >= tags.length || !OBJECT_OPENERS.contains(tags[i + 1]) || !Character.isLowerCase(tokens[i].codePointAt(0))) return false;
        String before = tokens[i - 1].toLowerCase(Locale.ROOT);
        boolean afterModal = tags[i - 1].equals("AUX") && modals.contains(before)
                && (tags[i].equals("ADJ") || tags[i].equals("NOUN") || tags[i].equals("INTJ"));
        boolean afterSubject = tags[i].equals("INTJ") && tags[i - 1].equals("PRON") && subjectPronouns.contains(before);
        return afterModal || afterSubject;
    }

    /**
     * A lower-case word tagged VERB after "to/PART" that ends in a plural's "-s" ("cheers", "voters",
     * not "discuss", "focus", "bias"): an infinitive has its base form, so this is a noun after a preposition.
     */
    private static boolean pluralAfterTo(String[] tokens, String[] tags, int i) {
        if (i == 0 || !tags[i].equals("VERB") || !tags[i - 1].equals("PART") || !tokens[i - 1].equalsIgnoreCase("to")) return false;
        String t = tokens[i];
        return t.length() > 3 && Character.isLowerCase(t.codePointAt(0)) && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us")
                && !t.endsWith("is") && !t.endsWith("as");
    }

    /**
     * "said to loud/VERB applause", "spoke to rousing cheers": "to" before an audience's reaction
     * ({@code reaction-nouns.txt}), at most two words on, is a preposition, and the words between describe
     * the reaction; the number of words in the phrase, or 0.
     */
    private int reactionPhrase(String[] tokens, String[] tags, int i) {
        if (!tokens[i].equalsIgnoreCase("to")) return 0;
        for (int k = i + 1; k < tokens.length && k <= i + 3; k++) {
            if (reactionNouns.contains(tokens[k].toLowerCase(Locale.ROOT))) return k - i + 1;
            if (tags[k].equals("PUNCT") || Character.isUpperCase(tokens[k].codePointAt(0))) return 0;
        }
        return 0;
    }

    /** The word after a participle that ends a hyphenated modifier: the noun (or its modifier) it qualifies. */
    private static final Set<String> QUALIFIED = Set.of("NOUN", "PROPN", "ADJ");

    /**
     * "conservative- leaning/VERB Tax Foundation", "state - sponsored/VERB hackers": a lower-case
     * participle right after a hyphen that joins it to the word before, and before a noun, is the end of a
     * compound adjective, not a verb.
     */
    private static boolean participleInCompoundModifier(String[] tokens, String[] tags, int i) {
        if (i < 1 || i + 1 >= tokens.length || !tags[i].equals("VERB")) return false;
        // the tokenizer leaves the hyphen alone ("state - sponsored") or on the word before ("conservative- leaning")
        boolean joined = i >= 2 && tokens[i - 1].equals("-") && !tags[i - 2].equals("PUNCT")
                || tokens[i - 1].length() > 1 && tokens[i - 1].endsWith("-") && Character.isLetter(tokens[i - 1].codePointAt(0));
        String w = tokens[i];
        return joined && Character.isLowerCase(w.codePointAt(0))
                && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")) && QUALIFIED.contains(tags[i + 1]);
    }

    /** Determiners that open a noun phrase whose hyphenated modifier must be followed by its noun. */
    private static final Set<String> PHRASE_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
            "this", "these", "those");

    /**
     * "his early - morning tweets/VERB": after a determiner and a hyphenated modifier (split by the
     * tokenizer), an "-s" form is the phrase's plural noun, not a verb.
     */
    private static boolean pluralAfterHyphenatedModifier(String[] tokens, String[] tags, int i) {
        if (i < 4 || !tags[i].equals("VERB") || !tokens[i - 2].equals("-")) return false;
        String w = tokens[i];
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.codePointAt(0))
                && PHRASE_OPENERS.contains(tokens[i - 4].toLowerCase(Locale.ROOT));
    }

    /** Tags after which a verb has its subject or auxiliary ("they think tanks fail"), so no compound noun starts. */
    private static final Set<String> BEFORE_VERB = Set.of("PRON", "AUX", "PART", "ADV");

    /** Word i opens a listed two-word noun ("think tank") and does not follow its verb's subject or auxiliary. */
    private boolean compoundNoun(String[] tokens, String[] tags, int i) {
        return i + 1 < tokens.length && !tags[i].equals("NOUN") && (i == 0 || !BEFORE_VERB.contains(tags[i - 1]))
                && compoundNouns.contains(tokens[i].toLowerCase(Locale.ROOT) + " " + tokens[i + 1].toLowerCase(Locale.ROOT));
    }

    /** A verb right after an article ("a", "an", "the") and before a noun phrase's word. */
    private static boolean verbAfterArticle(String[] tokens, String[] tags, int i) {
        return i > 0 && i + 1 < tags.length && tags[i].equals("VERB") && ARTICLES.contains(tokens[i - 1].toLowerCase(Locale.ROOT))
                && INSIDE_NOUN_PHRASE.contains(tags[i + 1]);
    }

    private static boolean participle(String lower) {
        return lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("en");
    }

    /** Subjects after which "'s" is "is" or "has" ("it's over"), never a possessive. */
    private static final Set<String> CONTRACTED_SUBJECTS = Set.of("he", "she", "it", "that", "there", "here", "what", "who", "where");

    /** A past form tagged an adjective right after a day's word ({@code day-words.txt}), before its object. */
    private boolean pastAfterDay(String[] tokens, String[] tags, int i) {
        return i > 0 && i + 1 < tags.length && tags[i].equals("ADJ") && tokens[i].endsWith("ed")
                && dayWords.contains(tokens[i - 1].toLowerCase(Locale.ROOT))
                && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("DET") || tags[i + 1].equals("PRON") || tags[i + 1].equals("PROPN"));
    }

    /**
     * "the UK Independence/VERB Party": a capitalised word between two names is part of the name, unless
     * it reports ("Sen. Ruiz Says").
     */
    private boolean verbInsideName(String[] tokens, String[] tags, int i) {
        return i > 0 && i + 1 < tags.length && tags[i].equals("VERB") && Character.isUpperCase(tokens[i].codePointAt(0))
                && tags[i - 1].equals("PROPN") && tags[i + 1].equals("PROPN") && !reportingVerbs.contains(tokens[i].toLowerCase(Locale.ROOT));
    }

    /** Tags of the words of a noun phrase before its head. */
    private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "NOUN", "NUM");

    /**
     * "according to a publishing executive/VERB", "according to preliminary exit polling/VERB": a word
     * after the modifiers of a source phrase's object, right after a singular noun or an adjective, is
     * the object's head (not a participle: "officials speaking", "a poll released").
     */
    private boolean inSourceObject(String[] tokens, String[] tags, int i) {
        String lower = tokens[i].toLowerCase(Locale.ROOT);
        if (i < 3 || lower.endsWith("ed") || !Character.isLowerCase(tokens[i].codePointAt(0))) return false;
        boolean singular = tags[i - 1].equals("ADJ") || tags[i - 1].equals("NOUN") && !tokens[i - 1].toLowerCase(Locale.ROOT).endsWith("s");
        if (!singular) return false;
        int k = i - 1;
        while (k > 0 && i - k <= 4 && MODIFIER_TAGS.contains(tags[k])) {
            if (afterSourcePhrase(tokens, k)) return true;
            k--;
        }
        return false;
    }

    /** Word i follows a source phrase ("according to", "as reported by"), whose object is a noun phrase. */
    private boolean afterSourcePhrase(String[] tokens, int i) {
        for (int n = 2; n <= 3 && n <= i; n++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = i - n; k < i; k++) phrase.append(k > i - n ? " " : "").append(tokens[k].toLowerCase(Locale.ROOT));
            if (sourcePhrases.contains(phrase.toString())) return true;
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** "42%", "3.5%": a number and its percent sign in one token. */
    private static boolean percentage(String token) {
        return token.length() > 1 && token.endsWith("%") && token.chars().limit(token.length() - 1).allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    /** Past and present forms of reporting verbs that never follow a verb of the same clause ("says", "said", "told"). */
    private static final Set<String> REPORTING_FORMS = Set.of("says", "said", "told");

    /**
     * A word the tagger made a verb right before a reporting verb is the head of that verb's subject
     * (two finite verbs do not meet): a lower-case base form after a noun or adjective before "says",
     * "said" or "told" ("the real estate magnate/VERB says"), a capitalised word after a name there ("Ian
     * Read/VERB said"); a plural's "-s" form after a name, noun or adjective before a reporting verb's past
     * ("Clinton aides/VERB argued that"); a base form after one before a reporting verb's "-s" form that
     * ends the clause ("“Why not?” a narrator in the Clinton ad/VERB asks.").
     */
    private boolean subjectHeadBeforeReport(String[] tokens, String[] tags, boolean[] quoted, int i) {
        if (i == 0 || i + 1 >= tokens.length || !tags[i].equals("VERB")) return false;
        String w = tokens[i];
        String next = tokens[i + 1].toLowerCase(Locale.ROOT);
        if (!reportingVerbs.contains(next)) return false;
        boolean free = !quoted[i] && !quoted[i + 1];
        if (Character.isUpperCase(w.codePointAt(0))) return free && REPORTING_FORMS.contains(next) && tags[i - 1].equals("PROPN");
        boolean afterNoun = tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ");
        boolean afterName = afterNoun || tags[i - 1].equals("PROPN");
        boolean lower = Character.isLowerCase(w.codePointAt(0));
        boolean base = !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("s");
        boolean plural = lower && w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss");
        boolean past = next.endsWith("ed") || next.equals("said") || next.equals("told");
        boolean present = next.endsWith("s") && !next.endsWith("ss");
        return free && base && afterNoun && REPORTING_FORMS.contains(next)
                || free && plural && afterName && past
                || lower && base && afterName && present && i + 2 < tokens.length && tags[i + 2].equals("PUNCT");
    }

    /** How many words a judging verb's object may take before "of" or "for" and a gerund ("accused Number 10 Downing Street of"). */
    private static final int OBJECT_WORDS = 6;

    /**
     * "accused the United States of meddling/NOUN", "criticized Clinton for accepting/NOUN": an "-ing" word
     * after "of" or "for" that ends the object of a verb of judging ({@code judging-verbs.txt}) is the gerund of
     * the act judged.
     */
    private boolean gerundAfterJudgedObject(String[] tokens, String[] tags, boolean[] quoted, int i) {
        if (i < 3 || quoted[i] || !tokens[i].endsWith("ing") || tokens[i].length() < 5) return false;
        if (!tags[i].equals("NOUN") && !tags[i].equals("ADJ")) return false;
        String prep = tokens[i - 1].toLowerCase(Locale.ROOT);
        if (!prep.equals("of") && !prep.equals("for")) return false;
        for (int k = i - 2; k >= 0 && i - 1 - k <= OBJECT_WORDS + 1; k--) {
            if (tags[k].equals("VERB")) return k < i - 2 && judgingVerbs.contains(tokens[k].toLowerCase(Locale.ROOT));
            boolean stop = tags[k].equals("AUX") || tags[k].equals("ADP") || tags[k].equals("PUNCT") && !tokens[k].equals(",");
            if (stop || quoted[k]) return false;
        }
        return false;
    }

    /** Pronouns that are only possessive ("her" may be an object: "voters view her unfavorably, …"). */
    private static final Set<String> POSSESSIVE_ONLY = Set.of("his", "its", "their", "my", "our", "your");

    /** Punctuation after which a word right after a possessive pronoun qualifies no adjective: it is the noun. */
    private static final Set<String> NO_QUALIFIED = Set.of(",", ".", ";", ":", ")");

    /**
     * "his widow/ADV, Eva Msando", "its back/ADV.": a word tagged an adverb right after a possessive pronoun,
     * with punctuation or a name after it, is the possessed noun (an adverb there qualifies an adjective:
     * "his already uncompromising language"); "-ly" adverbs stay.
     */
    private static boolean nounAfterPossessivePronoun(String[] tokens, String[] tags, int i) {
        if (i == 0 || i + 1 >= tags.length || !tags[i].equals("ADV") || tokens[i].endsWith("ly")) return false;
        if (!tags[i - 1].equals("PRON") || !POSSESSIVE_ONLY.contains(tokens[i - 1].toLowerCase(Locale.ROOT))) return false;
        return NO_QUALIFIED.contains(tokens[i + 1]) || tags[i + 1].equals("PROPN");
    }

    /**
     * A role ({@code titles.txt}) right after a possessive mark and before a verb or punctuation, tagged an adverb,
     * adjective or verb: the possessed noun.
     */
    private boolean roleAfterPossessiveMark(String[] tokens, String[] tags, int i) {
        if (i < 2 || !(tags[i].equals("ADV") || tags[i].equals("ADJ") || tags[i].equals("VERB"))) return false;
        String mark = tokens[i - 1];
        boolean s = possessiveS(mark) && tags[i - 1].equals("PART");
        // ("the rebels' leader": a plural's bare apostrophe)
        boolean bare = (mark.equals("'") || mark.equals("\u2019")) && tokens[i - 2].toLowerCase(Locale.ROOT).endsWith("s");
        // (it ends the phrase: "the company's chief/ADJ executive" keeps its adjective)
        boolean last = i + 1 >= tags.length || tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX") || tags[i + 1].equals("PUNCT");
        return (s || bare) && last && roles.contains(tokens[i].toLowerCase(Locale.ROOT));
    }

    /**
     * A past form ({@code irregular-pasts.txt}, or "-ed") tagged a verb between a possessive "'s" and a noun: a participle
     * that modifies the possessed noun, no verb of the clause.
     */
    private boolean verbAfterPossessiveMark(String[] tokens, String[] tags, boolean[] quoted, int i) {
        String w = tokens[i].toLowerCase(Locale.ROOT);
        boolean past = pastForm(w);
        return i > 0 && i + 1 < tags.length && past && tags[i].equals("VERB") && !quoted[i] && tags[i - 1].equals("PART")
                && possessiveS(tokens[i - 1]) && tags[i + 1].equals("NOUN")
                && Character.isLowerCase(tokens[i].codePointAt(0)) && !gerundForm(tokens[i + 1]);
    }

    /** "'s" with a straight or a typographic apostrophe. */
    private static boolean possessiveS(String token) {
        return token.equals("'s") || token.equals("\u2019s");
    }

    /** A past form: {@code irregular-pasts.txt}, or a word of more than four letters in "-ed". */
    private boolean pastForm(String w) {
        return irregularPasts.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    /** "eroding", "leading": an "-ing" form (not "wing", "king"). */
    private static boolean gerundForm(String token) {
        return token.length() > 5 && token.endsWith("ing");
    }

    /** "'re", "'ll": contracted auxiliaries, never a noun whatever the tagger says ("'s" may be a possessive). */
    private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'re", "'ll", "'m", "'ve", "'d");

    /** Tags that may stand between a determiner and its noun ("a yearly Gallup poll"). */
    private static final Set<String> INSIDE_NOUN_PHRASE = Set.of("ADJ", "PROPN", "NOUN", "NUM");

    /** "a CNN tally/ADV", "a yearly Gallup poll/VERB": a document noun after a determiner and its modifiers is a noun. */
    private boolean documentNounInPhrase(String[] tokens, String[] tags, int i) {
        if (tags[i].equals("NOUN") || !documentNouns.contains(tokens[i].toLowerCase(Locale.ROOT))) return false;
        int k = i - 1;
        while (k >= 0 && INSIDE_NOUN_PHRASE.contains(tags[k])) k--;
        // or the phrase opens the sentence ("Recent polls show")
        return k < 0 || k < i - 1 && tags[k].equals("DET");
    }

    /** "a recent poll shows/NOUN Clinton ahead": a verb of finding right after a document noun is its verb. */
    private boolean findingVerbAfterDocument(String[] tokens, String[] tags, int i) {
        return i > 0 && !tags[i].equals("VERB") && findingVerbs.contains(tokens[i].toLowerCase(Locale.ROOT))
                && tags[i - 1].equals("NOUN") && documentNouns.contains(tokens[i - 1].toLowerCase(Locale.ROOT));
    }

    /** Tags after an opening participle that start its object or adjunct ("on", "the", "his", "to", "in" of "weighing in"). */
    private static final Set<String> PARTICIPLE_FOLLOWERS = Set.of("ADP", "DET", "PRON", "PART", "ADV");

    /**
     * "Weighing/PRON in on the discussion, former Gov. Mike Huckabee agreed": a capitalised "-ing" word
     * opening the sentence, before a lower-case preposition, determiner or pronoun and a comma with no
     * finite verb between, is a participle opening the clause (its capital is the sentence's, not a name's).
     */
    private boolean openingParticiple(String[] tokens, String[] tags, boolean[] quoted, int i) {
        String w = tokens[i];
        if (i != 0 || quoted[i] || w.length() < 6 || !w.endsWith("ing") || !Character.isUpperCase(w.codePointAt(0))
                || !Character.isLowerCase(w.codePointAt(1)) || tags[i].equals("VERB")) {
            return false;
        }
        // ("During the debate, …": a preposition stays one; "Weighing/PRON" is no closed-class word)
        if (CLOSED_CLASSES.contains(tags[i]) && closedClassWords.contains(w.toLowerCase(Locale.ROOT))) return false;
        if (tokens.length < 4 || !PARTICIPLE_FOLLOWERS.contains(tags[1]) || !Character.isLowerCase(tokens[1].codePointAt(0))) return false;
        for (int k = 2; k < tokens.length; k++) {
            if (tokens[k].equals(",")) return k + 1 < tokens.length;
            if (tags[k].equals("AUX") || tags[k].equals("VERB") && !tokens[k].endsWith("ing") || tokens[k].equals(".")) return false;
        }
        return false;
    }

    /** "by announcing/NOUN that …": an "-ing" word after a preposition and before "that" is a verb, its clause the object. */
    private static boolean gerundBeforeClause(String[] tokens, String[] tags, int i) {
        String w = tokens[i];
        return tags[i].equals("NOUN") && i > 0 && i + 1 < tokens.length && tags[i - 1].equals("ADP") && w.length() > 4
                && w.endsWith("ing") && Character.isLowerCase(w.codePointAt(0)) && tokens[i + 1].equalsIgnoreCase("that");
    }

    /** The likeliest tag of a word wrongly put in a closed class ("rabbi/SCONJ", "tweeted/ADP", "is/SCONJ"). */
    private String openClassTag(String token) {
        if (Character.isUpperCase(token.codePointAt(0))) return "PROPN";
        String w = token.toLowerCase(Locale.ROOT);
        if (auxiliaries.contains(w)) return "AUX";
        if (w.endsWith("ly")) return "ADV";
        if (w.endsWith("ed") || w.endsWith("ing")) return "VERB";
        return "NOUN";
    }

    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ");

    /**
     * "Trump avoids/NOUN condemning Russia": in a sentence with no finite verb, a present form after
     * the subject's noun is its verb: the first lower-case word ending in "s" tagged a noun, right
     * after a noun or name, before more words.
     */
    private static void finiteVerbOfVerblessSentence(String[] tokens, String[] tags, boolean[] quoted) {
        if (!hasFiniteVerb(tokens, tags, quoted, 0, tags.length)) presentFormAfterSubject(tokens, tags, quoted, 1, tags.length, false);
    }

    /**
     * "Doyle said each year of education yields/NOUN a 10% bump", "I think Shapiro's argument reveals/NOUN": the
     * same for the clause a reporting verb or a verb of belief reports, up to the next punctuation mark; there
     * the subject must agree ("said college graduates ..." has no verb in "graduates").
     */
    private void finiteVerbOfVerblessReport(String[] tokens, String[] tags, boolean[] quoted) {
        for (int r = 0; r + 2 < tags.length; r++) {
            if (quoted[r] || !tags[r].equals("VERB") || !clauseVerbs.contains(tokens[r].toLowerCase(Locale.ROOT))) continue;
            int from = r + 1;
            if (tokens[from].equalsIgnoreCase("that")) from++;
            int to = from;
            while (to < tags.length && !tags[to].equals("PUNCT")) to++;
            if (to - from >= 3 && !hasFiniteVerb(tokens, tags, quoted, from, to)
                    && !presentFormAfterSubject(tokens, tags, quoted, from + 1, to, true)
                    && !baseFormAfterPronoun(tokens, tags, quoted, from)) {
                pastFormAfterSubject(tokens, tags, quoted, from + 1, to);
            }
        }
    }

    /**
     * "reported that the Democratic candidate met/NOUN privately with …": in a verbless report, a past form
     * ({@code irregular-pasts.txt}, or a lower-case "-ed" word) tagged a noun right after the subject's noun is its verb
     * ("said its sales fell/NOUN.", "said his support fell/ADJ sharply").
     */
    private void pastFormAfterSubject(String[] tokens, String[] tags, boolean[] quoted, int from, int to) {
        // (the verb may end the clause: "said its sales fell/NOUN.")
        for (int i = from; i < to; i++) {
            String w = tokens[i];
            // (an irregular past may be tagged an adjective too: "said his support fell/ADJ sharply")
            boolean adjective = tags[i].equals("ADJ") && irregularPasts.contains(w);
            if (quoted[i] || !tags[i].equals("NOUN") && !adjective || !Character.isLowerCase(w.codePointAt(0))) continue;
            boolean past = pastForm(w);
            boolean afterSubject = tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN");
            if (past && afterSubject) {
                tags[i] = "VERB";
                return;
            }
        }
    }

    /** Pronouns a base form agrees with ("they back", "we want"), not "he", "she" or "it". */
    private static final Set<String> PLURAL_SUBJECTS = Set.of("i", "we", "you", "they");

    /**
     * "say they back/ADV Trump": in a verbless report opening with "I", "we", "you" or "they", the lower-case
     * word after the pronoun, before an object, is its verb, whatever the tagger made of it.
     */
    private static boolean baseFormAfterPronoun(String[] tokens, String[] tags, boolean[] quoted, int from) {
        int i = from + 1;
        if (i + 1 >= tokens.length || quoted[i] || !tags[from].equals("PRON")
                || !PLURAL_SUBJECTS.contains(tokens[from].toLowerCase(Locale.ROOT))) return false;
        // (the tagger may take the object's name for a word: "back Trump/VERB", which the name finder mends later)
        boolean object = OBJECT_OPENERS.contains(tags[i + 1]) || Character.isUpperCase(tokens[i + 1].codePointAt(0));
        if (!Character.isLowerCase(tokens[i].codePointAt(0)) || tags[i].equals("PUNCT") || !object) return false;
        tags[i] = "VERB";
        return true;
    }

    private static boolean hasFiniteVerb(String[] tokens, String[] tags, boolean[] quoted, int from, int to) {
        for (int i = from; i < to; i++) {
            // ("Trump/VERB avoids": a capitalised word the tagger made a verb is no verb of the clause; nor
            // is a verb of quoted words: "“You work hard,” the narrator asks/NOUN")
            boolean finite = tags[i].equals("AUX") || tags[i].equals("VERB") && !tokens[i].toLowerCase(Locale.ROOT).endsWith("ing")
                    && !Character.isUpperCase(tokens[i].codePointAt(0));
            if (finite && !quoted[i]) return true;
        }
        return false;
    }

    private static final Set<String> REPORT_OBJECT_OPENERS = Set.of("DET", "NUM", "PRON", "ADJ");

    private static boolean presentFormAfterSubject(String[] tokens, String[] tags, boolean[] quoted, int from, int to, boolean singular) {
        for (int i = from; i + 1 < to; i++) {
            if (quoted[i]) continue;
            String t = tokens[i];
            boolean present = tags[i].equals("NOUN") && t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")
                    && Character.isLowerCase(t.codePointAt(0)) && !tags[i + 1].equals("PUNCT");
            // ("the law unfairly/ADJ targets/NOUN gay people": an adverb may stand between them)
            int s = i - 1;
            if (s > from - 1 && tokens[s].endsWith("ly") && Character.isLowerCase(tokens[s].codePointAt(0))) s--;
            boolean afterSubject = s >= 0 && (tags[s].equals("NOUN") || tags[s].equals("PROPN") || Character.isUpperCase(tokens[s].codePointAt(0)));
            // (in a report the subject is singular and an object follows: "education yields/NOUN a 10% bump")
            if (singular && (tokens[s].endsWith("s") || !REPORT_OBJECT_OPENERS.contains(tags[i + 1]))) afterSubject = false;
            if (present && afterSubject) {
                if (s == i - 1 && !tags[s].equals("NOUN") && !tags[s].equals("PROPN")) tags[s] = "PROPN"; // "Trump/VERB avoids"
                tags[i] = "VERB";
                return true;
            }
        }
        return false;
    }

    /** Marks that end a quoted sentence before its closing quotation mark (not a comma: ', "' opens one as often). */
    private static final Set<String> END_MARKS = Set.of(".", "?", "!", "\u2026");

    /**
     * Which tokens lie inside quotation marks (the marks included): curly marks open and close, straight
     * ones toggle, and one right after a sentence's end mark closes.
     */
    private static boolean[] quoted(String[] tokens) {
        boolean[] out = new boolean[tokens.length];
        boolean inside = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            // a straight mark right after a sentence's end mark closes a quotation opened in an
            // earlier sentence ("So why not?" the narrator asks.), as the models' text writes curly marks straight
            boolean straightCloses = t.equals("\"") && (inside || i > 0 && END_MARKS.contains(tokens[i - 1]));
            boolean opens = t.equals("\u201c") || t.equals("``") || t.equals("\"") && !straightCloses;
            boolean closes = t.equals("\u201d") || t.equals("''") || straightCloses;
            if (opens) inside = true;
            out[i] = inside || closes;
            if (closes) inside = false;
        }
        return out;
    }

    /** Repairs the tags in place. */
    void repair(String[] tokens, String[] tags) {
        repair(tokens, tags, tokens);
    }

    /**
     * Repairs the tags in place, telling quoted words from the tokens as the article shows them
     * ({@code shown}): its curly marks say which way they face where the models' text has straight
     * ones ("… Donald can't,” the email read": the mark closes a quotation opened sentences before).
     */
    void repair(String[] tokens, String[] tags, String[] shown) {
        boolean[] quoted = quoted(shown);
        repairEach(tokens, tags, quoted);
        speakerPhraseAfterQuote(tokens, tags, quoted);
        finiteVerbOfVerblessSentence(tokens, tags, quoted);
        finiteVerbOfVerblessReport(tokens, tags, quoted);
        adjectiveAsSubject(tokens, tags);
    }

    /**
     * "the narrator/ADJ asks": a lone adjective between a determiner and a verb is the subject's noun; so it
     * is after a number before a past form ("As one official/ADJ put it", "42 percent/ADJ favored").
     */
    private void adjectiveAsSubject(String[] tokens, String[] tags) {
        for (int i = 1; i + 1 < tags.length; i++) {
            if (!tags[i].equals("ADJ")) continue;
            boolean afterDeterminer = tags[i - 1].equals("DET") && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"));
            String next = tokens[i + 1].toLowerCase(Locale.ROOT);
            boolean afterNumber = tags[i - 1].equals("NUM") && tags[i + 1].equals("VERB") && Character.isLowerCase(tokens[i].codePointAt(0))
                    && pastForm(next);
            if (afterDeterminer || afterNumber) tags[i] = "NOUN";
        }
    }

    private void repairEach(String[] tokens, String[] tags, boolean[] quoted) {
        // a headline in title case ("Clinton Wins Nevada Caucuses"), where capitals mark no names
        boolean titleCase = TitleCase.of(Arrays.asList(tokens));
        for (int i = 0; i < tags.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (ARTICLES.contains(lower) && !tags[i].equals("DET") && !quoted[i]) {
                tags[i] = "DET"; // "a/SCONJ superdelegate": an article is a determiner, whatever the tagger says
                continue;
            }
            if (tags[i].equals("AUX") && HAVE.contains(lower) && i + 1 < tags.length && HAVE_OBJECTS.contains(tags[i + 1])
                    && !quoted[i]) {
                tags[i] = "VERB"; // "denied having/AUX sex with …": "have" before its object is the verb of having
                continue;
            }
            if (tags[i].equals("ADJ") && lower.endsWith("ly") && i > 0 && i + 1 < tags.length && tags[i + 1].equals("VERB")
                    && SUBJECT_HEADS.contains(tags[i - 1]) && !quoted[i]) {
                tags[i] = "ADV"; // "the British royal blankly/ADJ denied": a manner adverb between the subject and its verb
                continue;
            }
            if (prepositionsOnly.contains(tokens[i]) && !tags[i].equals("ADP") && !tags[i].equals("SCONJ")) {
                tags[i] = "ADP"; // "- with/ADJ 50 percent saying": a preposition, whatever the tagger says
                continue;
            }
            if (Character.isUpperCase(tokens[i].codePointAt(0)) && titleAbbreviations.contains(lower)
                    && !tags[i].equals("PROPN")) {
                tags[i] = "PROPN"; // "Rep./ADV Sander M. Levin": a title before a name is part of it
                continue;
            }
            if (tags[i].equals("VERB") && (tokens[i].endsWith("ing") || tokens[i].endsWith("s")) && i > 0
                    && tokens[i - 1].equals("'s") && tags[i - 1].equals("PART")) {
                tags[i] = "NOUN"; // "Cruz's thinking/VERB", "Clinton's remarks/VERB": after a possessive a noun
                continue;
            }
            if (tags[i].equals("VERB") && tokens[i].length() > 1 && tokens[i].endsWith("-") && i + 1 < tags.length
                    && PHRASE_WORDS.contains(tags[i + 1])) {
                tags[i] = "ADJ"; // "that live-/VERB fire drills would follow": a modifier's first part, before its noun
                continue;
            }
            if (gerundAfterJudgedObject(tokens, tags, quoted, i)) {
                tags[i] = "VERB"; // "accused the United States of meddling/NOUN in its affairs": the charge is a clause
                continue;
            }
            if (nounAfterPossessivePronoun(tokens, tags, i)) {
                tags[i] = "NOUN"; // "his widow/ADV, Eva Msando, said": nothing follows for the adverb to qualify
                continue;
            }
            if (roleAfterPossessiveMark(tokens, tags, i)) {
                tags[i] = "NOUN"; // "the party's nominee/ADV said": the possessed noun is a role
                continue;
            }
            if (verbAfterPossessiveMark(tokens, tags, quoted, i)) {
                tags[i] = "ADJ"; // "the party's left/VERB wing", "Clinton's failed/VERB campaign"
                continue;
            }
            if (!tags[i].equals("NOUN") && roles.contains(tokens[i]) && i > 0 && i + 1 < tags.length
                    && tags[i - 1].equals("PROPN") && tags[i + 1].equals("PROPN") && !quoted[i]) {
                tags[i] = "NOUN"; // "Ohio State University professor/ADV Paul Beck": a role between names is a noun
                continue;
            }
            if (verbAfterArticle(tokens, tags, i)) {
                // "a talk/VERB show host", "a paid/VERB contributor": no verb follows an article
                tags[i] = participle(lower) ? "ADJ" : "NOUN";
                continue;
            }
            if (compoundNoun(tokens, tags, i)) {
                tags[i] = "NOUN"; // "the center-left think/VERB tank": a two-word noun
                tags[i + 1] = "NOUN";
                i++;
                continue;
            }
            int reaction = reactionPhrase(tokens, tags, i);
            if (reaction > 0) {
                tags[i] = "ADP"; // "said to loud/VERB applause": a phrase of manner, no infinitive
                for (int k = i + 1; k < i + reaction - 1; k++) tags[k] = "ADJ";
                tags[i + reaction - 1] = "NOUN";
                i += reaction - 1;
                continue;
            }
            if (participleInCompoundModifier(tokens, tags, i)) {
                tags[i] = "ADJ"; // "the conservative-leaning/VERB Tax Foundation", "a well-known/VERB site"
                continue;
            }
            if (pluralAfterHyphenatedModifier(tokens, tags, i)) {
                tags[i] = "NOUN";
                continue;
            }
            if (pluralAfterTo(tokens, tags, i)) {
                tags[i - 1] = "ADP"; // "said to cheers/VERB", "told to voters/VERB": no infinitive takes an "-s" form
                tags[i] = "NOUN";
                continue;
            }
            if (tokens[i].equals("%") && i > 0 && tags[i - 1].equals("NUM") || percentage(tokens[i])) {
                tags[i] = "NOUN"; // "26 % say", "42% say": read "percent", the head of its noun phrase
                continue;
            }
            if (tags[i].equals("VERB") && inSourceObject(tokens, tags, i)) {
                tags[i] = "NOUN"; // "according to a publishing executive/VERB familiar with", "according to exit polling/VERB"
                continue;
            }
            if ((tags[i].equals("VERB") || tags[i].equals("NOUN")) && afterSourcePhrase(tokens, i)) {
                // "according to figures/VERB", "according to state/NOUN records" (no infinitive's verb after "to")
                tags[i] = openClassTag(tokens[i]).equals("PROPN") ? "PROPN" : "NOUN";
                continue;
            }
            if (tags[i].equals("NOUN") && i > 1 && Character.isLowerCase(tokens[i].charAt(0)) && reportingVerbs.contains(lower)
                    && tokens[i - 1].equals("to") && tags[i - 2].equals("VERB") && (i + 1 == tags.length || !tags[i + 1].equals("NOUN"))) {
                tags[i - 1] = "PART"; // "declined to/ADP comment/NOUN.": after a verb and "to", an infinitive
                tags[i] = "VERB";
                continue;
            }
            if (subjectHeadBeforeReport(tokens, tags, quoted, i)) {
                tags[i] = Character.isUpperCase(tokens[i].codePointAt(0)) ? "PROPN" : "NOUN"; // "the magnate/VERB says", "Ian Read/VERB said"
                continue;
            }
            if (tokens[i].equalsIgnoreCase("said") && (tags[i].equals("ADJ") || tags[i].equals("NOUN")) && i > 0
                    && !tags[i - 1].equals("DET")) {
                // "Ian Read said/ADJ company leaders had …", "the candidate said/NOUN no": only "the said document" has the adjective
                tags[i] = "VERB";
                continue;
            }
            if (!titleCase && verbInsideName(tokens, tags, i)) {
                tags[i] = "PROPN";
                continue;
            }
            if (reportingVerbAfterQuote(tokens, tags, quoted, i) || presentReportingVerbAsNoun(tokens, tags, quoted, i)
                    || pastFormAfterQuotedSpeaker(tokens, tags, quoted, i) || pastFormBeforeParticle(tokens, tags, quoted, i)) {
                tags[i] = "VERB";
                continue;
            }
            if (CONTRACTED_AUXILIARIES.contains(lower)) {
                tags[i] = "AUX"; // "you 're/NOUN supporting", "he 'll/NOUN support"
                continue;
            }
            if (tokens[i].equalsIgnoreCase("n't")) {
                tags[i] = "PART"; // "Democrats ca/PROPN n't/NOUN just point": the negation, after its auxiliary
                if (i > 0 && auxiliaries.contains(tokens[i - 1].toLowerCase(Locale.ROOT))) tags[i - 1] = "AUX";
                continue;
            }
            if (verbBeforeObject(tokens, tags, i)) {
                tags[i] = "VERB";
                continue;
            }
            if (pastAfterDay(tokens, tags, i)) {
                tags[i] = "VERB"; // "Scholz on Tuesday rejected/ADJ calls": after the day of a statement, its verb
                continue;
            }
            if (tokens[i].equals("'s") && !tags[i].equals("AUX") && !tags[i].equals("VERB")) {
                // the possessive, whatever else the tagger called it; but "he's", "it's" say "is" or "has"
                tags[i] = i > 0 && CONTRACTED_SUBJECTS.contains(tokens[i - 1].toLowerCase(Locale.ROOT)) ? "AUX" : "PART";
                continue;
            }
            if (documentNounInPhrase(tokens, tags, i)) {
                tags[i] = "NOUN";
                continue;
            }
            if (findingVerbAfterDocument(tokens, tags, i)) {
                tags[i] = "VERB";
                continue;
            }
            if (openingParticiple(tokens, tags, quoted, i)) {
                tags[i] = "VERB"; // "Weighing/PRON in on the debate, Gov. Mike Huckabee agreed": the clause's verb, no name
                continue;
            }
            if (gerundBeforeClause(tokens, tags, i)) {
                tags[i] = "VERB";
                continue;
            }
            if (tags[i].equals("PROPN") && tokens[i].length() > 4 && tokens[i].endsWith("ly") && Character.isLowerCase(tokens[i].codePointAt(0))) {
                tags[i] = "ADV"; // "Gingrich cynically/PROPN dismissed": a name is capitalised
                continue;
            }
            if (tags[i].equals("PUNCT") && tokens[i].chars().anyMatch(Character::isLetter)) {
                tags[i] = i + 1 < tags.length && tags[i + 1].equals("NOUN") ? "ADJ" : "NOUN";
                continue;
            }
            if (CLOSED_CLASSES.contains(tags[i]) && Character.isLetter(tokens[i].codePointAt(0))
                    && !closedClassWords.contains(lower)) {
                tags[i] = openClassTag(tokens[i]);
                continue;
            }
            if (!tags[i].equals("AUX") || auxiliaries.contains(lower)) continue;
            boolean verbNext = i + 1 < tags.length && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"));
            tags[i] = verbNext ? "NOUN" : "VERB";
        }
    }
}
