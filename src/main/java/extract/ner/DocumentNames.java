package extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Document-level rules around the name finder's per-sentence output, as good NER systems do:
 * a title or honorific before a name makes it a person, and so does a role noun before a short name
 * opening with a known first name ("columnist Ruth Marcus"); every mention of the same name in a
 * document gets one type (a name first tagged as a person stays a person); names the model found
 * once are found again where it missed them; and the first or last word of a person's full name
 * ("Xi", "Trump") is that person too, and a name ending in that person's surname is a person ("Rakeyia
 * Scott" beside "Keith Lamont Scott"), and so is a two-word "place" ending in a name the article gives
 * a person alone, unless a place's word opens it ("Neera Tanden" beside "Tanden said", not "Fort
 * Hood"); a party's member or a title alone is no name ("Republican", "Capt."); a run of capitals
 * headed by an organisation word ("Acme Holdings", "Ministry of Defence") is an organization; a regnal number belongs to the name before it
 * ("Henry VIII"); a person's name holds no lower-case word but a short particle ("Presidential candidate
 * Ben Carson" is "Ben Carson") and ends before "of" and a place ("Rand Paul of Kentucky"). Works on
 * tokens, so it runs the same on test files.
 */
final class DocumentNames {
    static final String PERSON = "person";
    private final Lexicon titles;
    private final Lexicon demonyms;
    private final Lexicon compass;
    private final Lexicon places;
    private final Lexicon facilityHeads;
    /** "Mount", "Fort", "Corso": words that open a place's name, not a person's. */
    private final Lexicon placeOpeners;
    /** "Republican", "Democrat": a party's member, which a place before it describes ("the Wisconsin Republican"). */
    private final Lexicon memberNouns;
    private final OrganizationRuns organizations;
    private final PlacePhrases placePhrases;
    private final Set<String> firstNames;
    /** Given names written by hand and of the long list, not those learned from text: a first name right before a person's name. */
    private final Set<String> givenNames;
    /** Month and weekday names, which open no name: "In August Trump said". */
    private final Set<String> calendarWords;
    private final Lexicon roles;
    private final Lexicon offices;
    private final Lexicon orgWords;
    /** "de", "van", "bin": particles that open a name in capitals too ("De Blasio"). */
    private final Set<String> nameParticles;

    DocumentNames(Lexicon titles, Lexicon demonyms, Lexicon compass, Lexicon places, Lexicon facilityHeads,
            Lexicon placeOpeners, Lexicon memberNouns, Lexicon orgWords, Lexicon orgHeads, PlacePhrases placePhrases,
            Set<String> firstNames, Set<String> givenNames, Set<String> calendarWords, Lexicon roles, Lexicon offices,
            Set<String> nameParticles) {
        this.titles = titles;
        this.demonyms = demonyms;
        this.compass = compass;
        this.places = places;
        this.facilityHeads = facilityHeads;
        this.placeOpeners = placeOpeners;
        this.memberNouns = memberNouns;
        this.organizations = new OrganizationRuns(orgWords, orgHeads, places);
        this.placePhrases = placePhrases;
        this.firstNames = firstNames;
        this.givenNames = givenNames;
        this.calendarWords = calendarWords;
        this.roles = roles;
        this.offices = offices;
        this.orgWords = orgWords;
        this.nameParticles = nameParticles;
    }

    static DocumentNames fromResources() {
        extract.text.NameGenders genders = extract.text.NameGenders.load();
        return new DocumentNames(Lexicon.resource("/extract/ner/titles.txt"),
                Lexicon.resource("/extract/ner/demonyms.txt"), Lexicon.resource("/extract/ner/compass.txt"),
                Lexicon.resource("/extract/ner/places.txt"), Lexicon.resource("/extract/ner/facility-heads.txt"),
                Lexicon.resource("/extract/ner/place-openers.txt"), Lexicon.resource("/extract/speaker/member-nouns.txt"),
                Lexicon.resource("/extract/ner/org-words.txt"), Lexicon.resource("/extract/ner/org-heads.txt"),
                new PlacePhrases(Lexicon.resource("/extract/ner/polity-heads.txt"),
                        Lexicon.resource("/extract/ner/named-events.txt")),
                genders.firstNames().keySet(), givenNames(genders),
                calendarWords(), Lexicon.resource("/extract/speaker/titles.txt"),
                Lexicon.resource("/extract/ner/offices.txt"), extract.text.WordLists.words("/extract/quotes/name-particles.txt"));
    }

    /** The hand-written first names and the long list's given names ({@code first-names.tsv}, {@code given-names.tsv}). */
    private static Set<String> givenNames(extract.text.NameGenders genders) {
        Set<String> out = new java.util.HashSet<>(extract.text.WordLists.table("/extract/speaker/first-names.tsv").keySet());
        out.addAll(genders.givenNames().keySet());
        return Set.copyOf(out);
    }

    /** "Bernie" and "Sanders": a given name, then words the article names as a person alone. */
    private boolean firstNameOfPerson(String first, String rest, Map<String, String> types) {
        return givenNames.contains(first.toLowerCase(Locale.ROOT)) && PERSON.equals(types.get(rest));
    }

    /** The month and weekday names of the time tables, lower case. */
    private static Set<String> calendarWords() {
        Set<String> out = new java.util.HashSet<>();
        for (String table : List.of("/extract/time/months.tsv", "/extract/time/weekdays.tsv")) {
            for (String line : extract.text.WordLists.lines(table)) {
                String[] cols = line.split("\t");
                if (cols.length > 1) for (String w : cols[1].split(";")) out.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    List<Span[]> apply(List<String[]> sentences, List<Span[]> found) {
        List<String[]> labels = new ArrayList<>();
        List<boolean[]> begins = new ArrayList<>();
        Set<String> lowerCase = new java.util.HashSet<>(); // the words the article writes in lower case
        for (String[] toks : sentences) for (String t : toks) if (lowerCaseWord(t)) lowerCase.add(t);
        for (int i = 0; i < sentences.size(); i++) {
            int n = sentences.get(i).length;
            String[] l = new String[n];
            boolean[] b = new boolean[n];
            for (Span s : clean(sentences.get(i), found.get(i), lowerCase)) {
                for (int t = s.getStart(); t < s.getEnd(); t++) l[t] = s.getType();
                b[s.getStart()] = true;
            }
            labels.add(l);
            begins.add(b);
        }
        for (int i = 0; i < sentences.size(); i++) titles(sentences.get(i), labels.get(i), begins.get(i));
        for (int i = 0; i < sentences.size(); i++) roleBeforeFirstName(sentences.get(i), labels.get(i), begins.get(i));
        for (int i = 0; i < sentences.size(); i++) nicknames(sentences.get(i), labels.get(i), begins.get(i));
        for (int i = 0; i < sentences.size(); i++) organizations.apply(sentences.get(i), labels.get(i), begins.get(i));
        for (int i = 0; i < sentences.size(); i++) placePhrases.apply(sentences.get(i), labels.get(i), begins.get(i));
        for (int i = 0; i < sentences.size(); i++) regnalNumbers(sentences.get(i), labels.get(i), begins.get(i));
        Map<String, String> types = documentTypes(sentences, labels, begins);
        Set<String> people = people(types);
        for (int i = 0; i < sentences.size(); i++) splitTrailingPerson(sentences.get(i), labels.get(i), begins.get(i), types, people);
        for (int i = 0; i < sentences.size(); i++) {
            spread(sentences.get(i), labels.get(i), begins.get(i), types);
        }
        for (int i = 0; i < sentences.size(); i++) firstNameBefore(sentences.get(i), labels.get(i), begins.get(i));
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) out.add(withoutMembers(sentences.get(i), spans(labels.get(i), begins.get(i))));
        return out;
    }

    /**
     * Fixes single spans: a possessive is not part of the name ("Korea 's", "China 's Xi"); a
     * nationality adjective is not a name ("North Korean", "Chinese capital"); nor is a title in
     * quotation marks; "South Korean
     * President Moon Jae-in" is a person named after the title; and a well-known place or a name ending
     * in a building's or street's head word ("Trump Tower") is not a person; nor is a word opening the
     * sentence that the article writes in lower case ({@code lowerCase}) part of a person's name
     * ("Said Comey", "Can Sanders win?"; function words the recognizer drops itself).
     */
    private List<Span> clean(String[] toks, Span[] found, Set<String> lowerCase) {
        List<Span> out = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        for (Span s : found) {
            for (Span p : splitAtPunctuation(toks, s)) parts.addAll(splitAtPlacePossessive(toks, p));
        }
        for (Span s : parts) {
            int start = s.getStart();
            int end = s.getEnd();
            String type = s.getType();
            while (end - start > 1 && (toks[end - 1].equals("'s") || toks[end - 1].equals("'"))) end--;
            // "southern Norway", "chilly Britain": a lower-case word before a name is not part of it
            // (name particles such as "de", "van", "bin" are short and stay)
            start = withoutLowerCaseStart(toks, start, end);
            // "Xinhua news agency": nor is a lower-case word after it ("Jong - un" stays whole)
            end = withoutLowerCaseEnd(toks, start, end);
            if (end - start > 2 && calendarWords.contains(toks[end - 1].toLowerCase(Locale.ROOT)) && lowerCaseWord(toks[end - 2])) {
                // "St. Paul City Council on Wednesday", "Boeing jets Wednesday": a day after a lower-case word ends no name
                // (a capitalised word before it may: "Super Tuesday")
                end = withoutLowerCaseEnd(toks, start, end - 1);
            }
            // "#GOPDebate", "Hillary #GirlIGuessImWithHer": a hashtag is a topic, no name
            for (int k = start; k < end; k++) {
                if (toks[k].startsWith("#")) end = k;
            }
            if (end == start || start > 0 && toks[start - 1].equals("#") || noLetter(toks, start, end)) continue; // ("@" alone)
            if (demonymsOnly(toks, start, end)) continue;
            if (extract.text.PartyLabel.is(String.join("", java.util.Arrays.asList(toks).subList(start, end)))) continue; // "(D-Md.)"
            if (wholeQuotation(toks, start, end)) continue;
            if (titlesOnly(toks, start, end)) continue; // "Capt." of "Capt. Jeff Davis" found apart: a title names no one
            for (int k = end - 2; k >= start; k--) {
                if (titles.contains(toks[k]) && capitalized(toks[k + 1])) {
                    start = k + 1;
                    type = PERSON;
                    break;
                }
            }
            if (PERSON.equals(type) && end - start > 1 && opensSentence(toks, start) && commonWordOpening(toks[start], lowerCase)) {
                // "Can Sanders win?", "Given Obama's record": a capital the sentence gave a word the article writes in lower case
                start = withoutLowerCaseStart(toks, start + 1, end);
            }
            if (PERSON.equals(type)) {
                // "Presidential candidate Ben Carson": a person's name holds no lower-case word but a short
                // particle ("de", "van", "bin"); the name starts after it
                for (int k = end - 2; k > start; k--) {
                    if (lowerCaseWord(toks[k]) && toks[k].length() > 3 && capitalized(toks[k + 1])) {
                        start = k + 1;
                        break;
                    }
                }
                // "Rand Paul of Kentucky": a full name, then "of" and a place, is the name and the place ("Secretary of
                // State" is a title)
                for (int k = start + 2; k + 1 < end; k++) {
                    if (toks[k].equals("of") && capitalized(toks[k - 1]) && capitalized(toks[k - 2]) && !titles.contains(toks[k - 1])) {
                        if (places.contains(key(toks, k + 1, end))) out.add(new Span(k + 1, end, "location"));
                        end = k;
                        break;
                    }
                }
            }
            if (PERSON.equals(type) && end - start >= 3) {
                // "the Ted Cruz South Carolina victory party": a full name, then a well-known place, is the name and the place
                for (int k = start + 2; k < end; k++) {
                    if (places.contains(key(toks, k, end))) {
                        out.add(new Span(k, end, "location"));
                        end = k;
                        break;
                    }
                }
            }
            if (PERSON.equals(type)) end = pastParticleSurname(toks, end);
            int afterOffice = afterOffice(toks, start, end, type);
            if (afterOffice > start) {
                start = afterOffice;
                type = PERSON;
            }
            // "Jo- Renee Formicola": the tokenizer split a hyphened first name, and its first part is the name's too
            if (PERSON.equals(type) && start > 0 && hyphenedFirstName(toks[start - 1])) start--;
            // "a New Hampshire Republican", "the Wisconsin Republicans": a place, then its party's member or members
            // (a member alone is no name: "Republican" tagged a place would be found again everywhere; a group of
            // members may end an organisation's name, "Log Cabin Republicans", one member never does)
            if (memberOrMembers(toks[end - 1])) {
                if (end - start == 1 || !"location".equals(type) && memberNouns.contains(toks[end - 1])) continue; // "Kentucky Democrat"
                if ("location".equals(type)) end--;
            }
            if (PERSON.equals(type) && places.contains(key(toks, start, end))) type = "location"; // "Pyongyang said"
            if (PERSON.equals(type) && end - start > 1 && facilityHeads.contains(toks[end - 1])) type = "location"; // "Trump Tower"
            out.add(new Span(start, end, type));
        }
        return out;
    }

    /**
     * "secretary of State Clinton", "Chief of Staff Denis McDonough": after a title's "of" the name finder
     * may read on from the office ({@code offices.txt}) into a person's name. The name starts after the
     * office when the span is a person's, or what is left opens with a first name or is one word that
     * heads no organisation ("Director of National Nurses United" stays). Else {@code start}.
     */
    private int afterOffice(String[] toks, int start, int end, String type) {
        if (start < 2 || !toks[start - 1].equals("of") || !roles.contains(toks[start - 2])) return start;
        int k = start;
        while (k < end && offices.contains(toks[k])) k++;
        if (k == start || k == end) return start;
        boolean person = PERSON.equals(type) || firstNames.contains(toks[k].toLowerCase(Locale.ROOT))
                || end - k == 1 && !orgWords.contains(toks[k]);
        return person ? k : start;
    }

    /** The first part of a hyphened first name the tokenizer split off ("Jo-" of "Jo-Renee"; not "Pro-" of "Pro-Trump"). */
    private boolean hyphenedFirstName(String tok) {
        return HYPHENED_PART.matcher(tok).matches()
                && firstNames.contains(tok.substring(0, tok.length() - 1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern HYPHENED_PART = Pattern.compile("\\p{Lu}\\p{Ll}+-");

    /** "Jr", "III": after a comma these end the same name ("Martin Luther King, Jr."). */
    private static final Pattern NAME_SUFFIX = Pattern.compile("(Jr|Sr|II|III|IV)\\.?");

    /**
     * "Politico , Eli Stoklos" taken as one name is two ("In an article from Politico, Eli Stoklos
     * says"; "LOS ANGELES — Actress Rosario Dawson"): a name runs on over no comma, unless a suffix
     * follows it, over no dash, and into no parenthesis. Both parts keep the model's type until the
     * document's other mentions decide.
     */
    private static List<Span> splitAtPunctuation(String[] toks, Span s) {
        List<Span> out = new ArrayList<>();
        int from = s.getStart();
        for (int k = s.getStart(); k < s.getEnd(); k++) {
            if (toks[k].equals("(")) {
                // "Ted Cruz ( Tex": the name ends at a parenthesis, and what the parenthesis holds is no name
                if (k > from) out.add(new Span(from, k, s.getType()));
                while (k < s.getEnd() && !toks[k].equals(")")) k++;
                from = k + 1;
                continue;
            }
            boolean dash = toks[k].equals("\u2014") || toks[k].equals("\u2013") || toks[k].equals("--");
            if (!dash && (!toks[k].equals(",") || k + 1 < s.getEnd() && NAME_SUFFIX.matcher(toks[k + 1]).matches())) continue;
            if (k > from) out.add(new Span(from, k, s.getType()));
            from = k + 1;
        }
        if (from < s.getEnd()) out.add(new Span(from, s.getEnd(), s.getType()));
        return out;
    }

    /**
     * "China 's Xi" taken as one name is a place and another name: split it after a well-known
     * place. ("People 's Republic" or "Children 's Hospital" stay whole.) The part after keeps the
     * model's type until the document's other mentions of it decide.
     */
    private List<Span> splitAtPlacePossessive(String[] toks, Span s) {
        for (int k = s.getStart() + 1; k < s.getEnd() - 1; k++) {
            if ((toks[k].equals("'s") || toks[k].equals("'")) && places.contains(key(toks, s.getStart(), k))) {
                return List.of(new Span(s.getStart(), k, "location"), new Span(k + 1, s.getEnd(), s.getType()));
            }
        }
        return List.of(s);
    }

    /**
     * "Marcia " Cia " Price": a person's name goes on over a quoted nickname to the surname after it
     * (the model stops at the quotation mark).
     */
    private static void nicknames(String[] toks, String[] labels, boolean[] begins) {
        for (int t = 1; t + 3 < toks.length; t++) {
            if (!PERSON.equals(labels[t - 1]) || labels[t] != null || !QUOTES.contains(toks[t]) || !capitalized(toks[t + 1])
                    || !QUOTES.contains(toks[t + 2]) || !capitalized(toks[t + 3]) || (labels[t + 3] != null && !PERSON.equals(labels[t + 3]))) {
                continue;
            }
            int end = t + 4;
            while (end < toks.length && capitalized(toks[end]) && (labels[end] == null || PERSON.equals(labels[end])) && !begins[end]) end++;
            for (int k = t; k < end; k++) {
                labels[k] = PERSON;
                begins[k] = false;
            }
            t = end;
        }
    }

    /** "of", "the", "and" join the words of organisations' names, not a person's given name to the surname. */
    private static final Set<String> ENGLISH_JOINERS = Set.of("of", "the", "and");

    /**
     * "Erik ten Hag" where the name finder took "Erik": a person's name goes on over the particles of a surname
     * ("ten", "van der", "da") to the capitalised word after them.
     */
    private int pastParticleSurname(String[] toks, int end) {
        int k = end;
        while (k < toks.length && k - end < 3 && nameParticles.contains(toks[k]) && !ENGLISH_JOINERS.contains(toks[k])) k++;
        return k > end && k < toks.length && capitalized(toks[k]) && toks[k].chars().allMatch(Character::isLetter) ? k + 1 : end;
    }

    /** The span's start past the lower-case words that open it, but for a short name particle ("de", "van", "bin"). */
    private static int withoutLowerCaseStart(String[] toks, int start, int end) {
        while (end - start > 1 && toks[start].length() > 3 && noCapital(toks[start])) start++;
        return start;
    }

    /** The span's end before the lower-case words that end it, but for the second part of a hyphened word. */
    private static int withoutLowerCaseEnd(String[] toks, int start, int end) {
        while (end - start > 1 && lowerCaseWord(toks[end - 1]) && !toks[end - 2].equals("-")) end--;
        return end;
    }

    private boolean titlesOnly(String[] toks, int start, int end) {
        for (int k = start; k < end; k++) if (!titles.contains(toks[k])) return false;
        return true;
    }

    /** "@", "487": tokens without a letter name no one. */
    private static boolean noLetter(String[] toks, int start, int end) {
        for (int k = start; k < end; k++) {
            if (toks[k].codePoints().anyMatch(Character::isLetter)) return false;
        }
        return true;
    }

    /** The song " Geronimo ", the film " Sabrina ": a name that is all of a quotation is a title. */
    private static boolean wholeQuotation(String[] toks, int start, int end) {
        return start > 0 && end < toks.length && QUOTES.contains(toks[start - 1]) && QUOTES.contains(toks[end]);
    }

    private static final Set<String> QUOTES = Set.of("\"", "``", "''");

    /** Only punctuation and numbers (an opening quotation mark, a bullet, "5)") stand before word k in its sentence. */
    private static boolean opensSentence(String[] toks, int k) {
        for (int i = 0; i < k; i++) if (toks[i].chars().anyMatch(Character::isLetter)) return false;
        return true;
    }

    /**
     * The word, capitalised, is one the article also writes in lower case and no given name or title
     * ("Can", "Given", "Key"; not "Bill", "Hope", "Will", "Gov.", "De").
     */
    private boolean commonWordOpening(String tok, Set<String> lowerCase) {
        String lower = tok.toLowerCase(Locale.ROOT);
        return capitalized(tok) && !extract.text.TitleCase.inCapitals(tok) && lowerCase.contains(lower)
                && !givenNames.contains(lower) && !firstNames.contains(lower) && !titles.contains(tok) && !roles.contains(lower)
                && !nameParticles.contains(lower);
    }

    private static boolean lowerCaseWord(String tok) {
        return tok.chars().anyMatch(Character::isLetter) && noCapital(tok);
    }

    private static boolean noCapital(String tok) {
        return tok.chars().noneMatch(Character::isUpperCase);
    }

    /** "North Korean", "the Chinese capital": nationality words with nothing but compass or lower-case words. */
    private boolean demonymsOnly(String[] toks, int start, int end) {
        boolean demonym = false;
        for (int k = start; k < end; k++) {
            if (demonyms.contains(toks[k])) demonym = true;
            else if (!compass.contains(toks[k]) && !noCapital(toks[k])) return false;
        }
        return demonym;
    }

    /** The most words of a name a role noun names ("Ruth Marcus", "Mary Ann Lee"). */
    private static final int MAX_ROLE_NAME = 3;

    /**
     * "The Washington Post columnist Ruth Marcus": a short name that opens with a known first name, right after a
     * lower-case role noun ({@code titles.txt} of the speaker stage), is a person's, whatever type the model gave it.
     */
    private void roleBeforeFirstName(String[] toks, String[] labels, boolean[] begins) {
        for (int t = 1; t < toks.length; t++) {
            if (!begins[t] || labels[t] == null || PERSON.equals(labels[t]) || !roles.contains(toks[t - 1])
                    || !Character.isLowerCase(toks[t - 1].codePointAt(0)) || !firstNames.contains(toks[t].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = spanEnd(labels, begins, t);
            if (end - t < 2 || end - t > MAX_ROLE_NAME) continue;
            for (int k = t; k < end; k++) labels[k] = PERSON;
        }
    }

    /** "President Xi Jinping": the title is not part of the name, and the name is a person's. */
    private void titles(String[] toks, String[] labels, boolean[] begins) {
        for (int t = 0; t + 1 < toks.length; t++) {
            if (titles.contains(toks[t]) && toks[t + 1].equals("of")) {
                t = titleOfPhrase(toks, labels, begins, t);
                continue;
            }
            if (!titles.contains(toks[t]) || titles.contains(toks[t + 1])) continue; // "Prime Minister X": use the last title
            int n = t + 1;
            if (labels[t] != null) {
                // the model took the title into the name: cut it off, with the words before it in the same
                // span ("Clinton Communications Director Jennifer Palmieri": her office, no part of her name)
                if (labels[n] == null || begins[n] || !begins[t] && !(PERSON.equals(labels[t]) && capitalized(toks[n]))) continue;
                for (int k = t; k >= 0 && labels[k] != null; k--) {
                    boolean first = begins[k];
                    labels[k] = null;
                    begins[k] = false;
                    if (first) break;
                }
                begins[n] = true;
            }
            if (!capitalized(toks[n]) || (labels[n] != null && !begins[n])) continue;
            int end = labels[n] == null ? nameEnd(toks, n) : spanEnd(labels, begins, n);
            if (end - n > 4) continue;
            for (int k = n; k < end; k++) {
                labels[k] = PERSON;
                begins[k] = k == n;
            }
            if (end < labels.length && labels[end] != null) begins[end] = true;
        }
    }

    /**
     * "Secretary of State John Kerry", "Minister of Foreign Affairs Sergei Lavrov": the capitals after
     * a title's "of" name the office up to the person's first name (when none is known, the person is
     * the last two words of three or more, else the last); words of the model's span before the title
     * ("Former") go with it. Returns the index to go on from.
     */
    private int titleOfPhrase(String[] toks, String[] labels, boolean[] begins, int t) {
        int from = t + 2;
        if (from >= toks.length || !capitalized(toks[from])) return t;
        int end = nameEnd(toks, from);
        if (end - from < 2) return t; // "the Secretary of State said": an office, no name
        // only where the model took the title into a person's name ("the Governor of New Jersey" is none)
        if (!PERSON.equals(labels[t]) || spanEnd(labels, begins, t) < end
                || !PERSON.equals(labels[end - 1])) return t;
        int name = end - from >= 3 ? end - 2 : end - 1; // "State Madeleine Albright", "State Kerry"
        for (int k = from + 1; k < end - 1; k++) {
            if (firstNames.contains(toks[k].toLowerCase(Locale.ROOT))) {
                name = k;
                break;
            }
        }
        int start = t;
        while (start > 0 && labels[start] != null && !begins[start]) start--; // "Former Secretary of ...": the model's span
        for (int k = start; k < end; k++) {
            labels[k] = k >= name ? PERSON : null;
            begins[k] = k == name;
        }
        if (end < labels.length && labels[end] != null) begins[end] = true;
        return end - 1;
    }

    /**
     * "Jeb Bush", "Hillary Clinton" where the model took only the surname: a capitalised first name right
     * before a person's name, itself in no name, opens it (not a title, a role, a month or weekday, nor
     * before an organisation's word or an acronym: "Hillary PAC"); so does one with a middle initial
     * ("Laurence H. Tribe").
     */
    private void firstNameBefore(String[] toks, String[] labels, boolean[] begins) {
        for (int t = 1; t < toks.length; t++) {
            if (!begins[t] || !PERSON.equals(labels[t]) || labels[t - 1] != null) continue;
            int first = t - 1;
            if (t >= 2 && INITIAL.matcher(toks[t - 1]).matches() && labels[t - 2] == null) first = t - 2;
            String w = toks[first];
            String lower = w.toLowerCase(Locale.ROOT);
            if (!capitalized(w) || w.length() < 2 || extract.text.TitleCase.inCapitals(w)
                    || !givenNames.contains(lower) || titles.contains(w) || roles.contains(w)
                    || calendarWords.contains(lower) || orgWords.contains(toks[t]) || extract.text.TitleCase.inCapitals(toks[t])) {
                continue;
            }
            for (int k = first; k < t; k++) labels[k] = PERSON;
            begins[first] = true;
            begins[t] = false;
        }
    }

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    /**
     * "Ramesses II", "Henry VIII", "Elizabeth II": a regnal number after a person's name is part of
     * it, and after a single capitalized word makes that word a person. ("I", "V" and "X" only
     * after a person's name: they are too often something else.)
     */
    private static void regnalNumbers(String[] toks, String[] labels, boolean[] begins) {
        for (int t = 1; t < toks.length; t++) {
            boolean numeral = REGNAL.matcher(toks[t]).matches() || shortRegnal(toks, labels, t);
            if (!numeral || (labels[t] != null && !begins[t]) || !capitalized(toks[t - 1])
                    || toks[t - 1].equals("The")) continue;
            int start = t - 1;
            while (start > 0 && labels[start] != null && !begins[start]) start--;
            boolean person = PERSON.equals(labels[t - 1]);
            boolean single = start == t - 1 && (start == 0 || !capitalized(toks[start - 1]) || labels[start - 1] != null);
            if (!person && !single) continue;
            for (int k = start; k <= t; k++) { // "Thutmose" alone may have been a place to the model
                labels[k] = PERSON;
                begins[k] = k == start;
            }
            if (t + 1 < toks.length && labels[t + 1] != null) begins[t + 1] = true;
        }
    }

    /**
     * "Henry I", "Mojmír I of Moravia": "I", "V" or "X" after a person's name, and at the end of the
     * sentence, before punctuation or before "of" (never where the pronoun "I" stands).
     */
    private static boolean shortRegnal(String[] toks, String[] labels, int t) {
        if (!SHORT_REGNAL.matcher(toks[t]).matches() || !PERSON.equals(labels[t - 1])) return false;
        return t + 1 == toks.length || toks[t + 1].equals("of") || !Character.isLetterOrDigit(toks[t + 1].charAt(0));
    }

    private static final Pattern SHORT_REGNAL = Pattern.compile("I|V|X");
    private static final Pattern REGNAL = Pattern.compile("II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII");

    /**
     * One type per name: a name first seen as a person is a person, else the type most of its
     * mentions have (the earliest wins a tie).
     */
    private Map<String, String> documentTypes(List<String[]> sentences, List<String[]> labels, List<boolean[]> begins) {
        Map<String, String> first = new HashMap<>();
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String[] l = labels.get(i);
            boolean[] b = begins.get(i);
            for (int t = 0; t < l.length; t++) {
                if (!b[t] || l[t] == null) continue;
                int end = spanEnd(l, b, t);
                String key = key(sentences.get(i), t, end);
                if (first.putIfAbsent(key, l[t]) == null) order.add(key);
                votes.computeIfAbsent(key, k -> new HashMap<>()).merge(l[t], 1, Integer::sum);
            }
        }
        Map<String, String> types = new HashMap<>();
        for (String key : order) {
            String type = first.get(key);
            if (!PERSON.equals(type)) {
                int best = votes.get(key).get(type);
                for (Map.Entry<String, Integer> v : votes.get(key).entrySet()) {
                    if (v.getValue() > best) {
                        best = v.getValue();
                        type = v.getKey();
                    }
                }
            }
            types.put(key, type);
        }
        // Family: a "place" of two or three words that ends in the surname of a person's full name in
        // the article is a person too ("Rakeyia Scott", tagged a place, after "Keith Lamont Scott"), and so
        // is one opening with a first name whose last word the article names as a person alone
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (String key : order) {
            String[] words = key.split(" ");
            if (PERSON.equals(types.get(key)) && words.length >= 2) surnames.add(words[words.length - 1]);
        }
        for (String key : order) {
            String[] words = key.split(" ");
            boolean capitals = java.util.Arrays.stream(words).allMatch(DocumentNames::capitalized);
            boolean place = "location".equals(types.get(key)); // a firm may bear a founder's name; a place rarely a family's
            // ("Bernie Sanders", tagged a place, opening with a first name, where "Sanders" alone is a person)
            String last = words[words.length - 1];
            boolean firstNameOfPerson = firstNameOfPerson(words[0], last, types);
            // (or "Neera Tanden", tagged a place, where "Tanden" alone is a person: a word the name finder does not know, then the surname)
            boolean surnameAlone = words.length == 2 && PERSON.equals(types.get(last)) && !places.contains(words[0])
                    && !compass.contains(words[0]) && !demonyms.contains(words[0]) && !placeOpeners.contains(words[0]);
            boolean person = surnames.contains(last) || firstNameOfPerson || surnameAlone;
            // (or "Tyrone Pike", tagged an organization: two words, a first name and the person's name, no firm's word)
            boolean firm = "organization".equals(types.get(key)) && words.length == 2 && !orgWords.contains(last) && firstNameOfPerson;
            if ((place && words.length >= 2 && words.length <= 3 && person || firm) && capitals
                    && !places.contains(key) && !facilityHeads.contains(words[0])) {
                types.put(key, PERSON);
            }
        }
        // ("Von der Leyen", tagged an organisation, after "Ursula von der Leyen": the sentence capitalised the particle)
        for (String key : order) {
            String[] words = key.split(" ");
            String particle = words[0].toLowerCase(Locale.ROOT);
            if (words.length < 2 || PERSON.equals(types.get(key)) || !nameParticles.contains(particle) || ENGLISH_JOINERS.contains(particle)) continue;
            String tail = " " + particle + key.substring(words[0].length());
            for (String other : order) {
                if (PERSON.equals(types.get(other)) && other.endsWith(tail)) {
                    types.put(key, PERSON);
                    break;
                }
            }
        }
        // Aliases: the first and last word of a person's full name ("Xi", "Trump") are that person,
        // unless the word is a well-known place or the article used it alone, as another type, before
        // the full name; a headline's "China's Xi" tagged as a place does not count against it.
        for (int k = 0; k < order.size(); k++) {
            String key = order.get(k);
            if (!PERSON.equals(types.get(key))) continue;
            String[] words = key.split(" ");
            if (words.length < 2) continue;
            for (String w : new String[] {words[0], words[words.length - 1]}) {
                if (w.length() < 2 || !capitalized(w)) continue;
                int seen = order.indexOf(w);
                if (seen < 0 || seen > k || !places.contains(w)) types.put(w, PERSON);
            }
        }
        return types;
    }

    /**
     * "with the editorial board of the Washington Post Trump said": a name of another type that ends
     * in a person the article names (a full name, its surname, or a first name and a name it gives a person
     * alone) is two names run together, split
     * before the person. The part before must be two capitalised words or more, not a title
     * ("President Trump") and not "Camp" of "Camp David".
     */
    private void splitTrailingPerson(String[] toks, String[] labels, boolean[] begins, Map<String, String> types,
            Set<String> people) {
        int t = 0;
        while (t < toks.length) {
            if (labels[t] == null || !begins[t]) {
                t++;
                continue;
            }
            int end = spanEnd(labels, begins, t);
            String type = types.getOrDefault(key(toks, t, end), labels[t]);
            for (int s = t + 2; s < end && !PERSON.equals(type); s++) {
                // ("Senate Intelligence Ranking Democrat Dianne Feinstein": a first name and a person named alone)
                boolean named = people.contains(key(toks, s, end)) || end - s == 2 && firstNameOfPerson(toks[s], key(toks, s + 1, end), types);
                if (!named || titles.contains(toks[s - 1])) continue;
                boolean capitals = true;
                for (int k = t; k < s; k++) capitals &= capitalized(toks[k]);
                if (!capitals) continue;
                for (int k = s; k < end; k++) labels[k] = PERSON;
                begins[s] = true;
                break;
            }
            t = end;
        }
    }

    /** The article's people: each full name of a person and its surname. */
    private static Set<String> people(Map<String, String> types) {
        Set<String> people = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : types.entrySet()) {
            if (!PERSON.equals(e.getValue()) || e.getKey().indexOf(' ') < 0) continue;
            people.add(e.getKey());
            people.add(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1));
        }
        return people;
    }

    /** Gives known names their document type and tags the mentions the model missed. */
    private static void spread(String[] toks, String[] labels, boolean[] begins, Map<String, String> types) {
        int t = 0;
        while (t < toks.length) {
            if (labels[t] != null) {
                int end = spanEnd(labels, begins, t);
                String type = types.get(key(toks, t, end));
                if (type != null) for (int k = t; k < end; k++) labels[k] = type;
                t = end;
                continue;
            }
            if (!capitalized(toks[t])) {
                t++;
                continue;
            }
            // a known name, if it is the whole run of capitalized words from here ("Lind", but not
            // "Lind Street") and the model left it untagged
            int matched = nameEnd(toks, t);
            if (!types.containsKey(key(toks, t, matched)) || !untagged(labels, t, matched)) {
                t++;
                continue;
            }
            String type = types.get(key(toks, t, matched));
            for (int k = t; k < matched; k++) labels[k] = type;
            begins[t] = true;
            t = matched;
        }
    }

    private static boolean untagged(String[] labels, int start, int end) {
        for (int k = start; k < end; k++) if (labels[k] != null) return false;
        return true;
    }

    /** End of the run of capitalized words (joined by hyphens) that starts at {@code start}. */
    private static int nameEnd(String[] toks, int start) {
        int end = start + 1;
        while (end < toks.length) {
            if (capitalized(toks[end])) {
                end++;
            } else if (toks[end].equals("-") && end + 1 < toks.length && Character.isLetter(toks[end + 1].charAt(0))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static int spanEnd(String[] labels, boolean[] begins, int start) {
        int end = start + 1;
        while (end < labels.length && labels[end] != null && !begins[end] && labels[end].equals(labels[start])) end++;
        return end;
    }

    static String key(String[] toks, int start, int end) {
        return String.join(" ", java.util.Arrays.copyOfRange(toks, start, end));
    }

    static boolean capitalized(String tok) {
        return !tok.isEmpty() && Character.isUpperCase(tok.codePointAt(0));
    }

    /**
     * "Republican", "Democrats": a party's member or members alone are no name, whichever rule tagged them;
     * in "Jeff Flake, Republican of Arizona" only the place after "of" is one.
     */
    private Span[] withoutMembers(String[] toks, Span[] spans) {
        return java.util.Arrays.stream(spans)
                .filter(s -> s.length() > 1 || !memberOrMembers(toks[s.getStart()]))
                .map(s -> s.length() > 2 && memberNouns.contains(toks[s.getStart()]) && toks[s.getStart() + 1].equals("of")
                        ? new Span(s.getStart() + 2, s.getEnd(), "location") : s)
                .toArray(Span[]::new);
    }

    /** "Republican" or "Republicans" ({@code member-nouns.txt} holds the singular). */
    private boolean memberOrMembers(String tok) {
        return memberNouns.contains(tok.endsWith("s") ? tok.substring(0, tok.length() - 1) : tok);
    }

    private static Span[] spans(String[] labels, boolean[] begins) {
        List<Span> out = new ArrayList<>();
        int t = 0;
        while (t < labels.length) {
            if (labels[t] == null) {
                t++;
                continue;
            }
            int end = spanEnd(labels, begins, t);
            out.add(new Span(t, end, labels[t]));
            t = end;
        }
        return out.toArray(new Span[0]);
    }
}
