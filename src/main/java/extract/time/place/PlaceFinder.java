package extract.time.place;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.text.ModelText;
import extract.text.Span;
import extract.text.WordLists;
import extract.time.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the places a sentence says something happened at: "in Beijing", "at the United Nations",
 * "during a visit to the Chinese capital", "while visiting Seoul"; a venue in its town is one place
 * ("at the National Baptist Convention in Kansas City"). A place is a
 * lexicon entry, a location the name finder found, or failing both a capitalised phrase that is
 * no person, organisation, time or language. Immutable and thread-safe.
 */
public final class PlaceFinder {
    // not "from": "an independent from Vermont", "a murmur from Gwen Ifill" say who, not where
    private static final Set<String> PREPOSITIONS = Set.of("in", "at");
    /** Longest name (chars) looked back over when checking for overlapping names. */
    private static final int LONGEST_NAME = 200;
    private final PlaceLexicon lexicon;
    private final Set<String> travelNouns;
    private final Set<String> travelVerbs;
    private final Set<String> venueWords;
    private final Set<String> venueNouns;
    private final Set<String> partyWords;
    private final Predicate<String> occasionNoun;

    /** @param occasionNoun whether a word or two-word phrase (lower case) names an occasion ("rally", "news conference") */
    public PlaceFinder(PlaceLexicon lexicon, Predicate<String> occasionNoun) {
        this.lexicon = lexicon;
        this.travelNouns = Lexicons.words("travel-nouns.txt");
        this.travelVerbs = Lexicons.words("travel-verbs.txt");
        this.venueWords = Lexicons.words("venue-words.txt");
        this.venueNouns = Lexicons.words("venue-nouns.txt");
        this.partyWords = WordLists.words("/extract/text/party-words.txt");
        this.occasionNoun = occasionNoun;
    }

    /**
     * The places of the given sentences of the document, in text order.
     * @param isTime whether a span is a time expression ("in May" names no place)
     */
    public List<PlaceMention> find(AnnotatedDocument doc, List<Sentence> sentences, Predicate<Span> isTime) {
        List<PlaceMention> out = new ArrayList<>();
        Map<String, Boolean> named = new HashMap<>(); // whether the article uses a name, looked up once
        for (Sentence s : sentences) {
            List<Token> toks = s.tokens();
            for (int i = 0; i + 1 < toks.size(); i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                String prev = i > 0 ? toks.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
                boolean trigger = PREPOSITIONS.contains(w)
                        || ((w.equals("to") || w.equals("in")) && travelNouns.contains(prev))
                        || travelVerbs.contains(w);
                if (!trigger) continue;
                PlaceMention p = placeAt(doc, toks, i + 1, isTime, named);
                if (p == null) continue;
                // "at the National Baptist Convention in Kansas City": the venue in its town, as one place
                int in = tokenAfter(toks, p.span().end());
                PlaceMention town = in > 0 && isVenue(p.name()) && toks.get(in).text().equals("in")
                        ? placeAt(doc, toks, in + 1, isTime, named) : null;
                if (town != null) {
                    p = new PlaceMention(new Span(p.span().start(), town.span().end()), p.name() + ", " + town.name());
                    i = in;
                }
                out.add(p);
            }
        }
        return out;
    }

    private PlaceMention placeAt(AnnotatedDocument doc, List<Token> toks, int first, Predicate<Span> isTime,
            Map<String, Boolean> named) {
        String text = doc.modelText();
        int at = toks.get(first).start();
        PlaceLexicon.Match m = lexicon.match(text, at);
        if (m == null && first + 1 < toks.size() && INDEFINITE.contains(toks.get(first).text().toLowerCase(Locale.ROOT))) {
            m = lexicon.match(text, toks.get(first + 1).start()); // "at a Michigan rally" (kept only before an occasion)
            if (m != null && !beforeOccasion(toks, m.end())) return null;
        }
        if (m != null) {
            String name = nameUsed(doc, m.place(), named);
            return name == null || qualifiesNoun(toks, m.end()) ? null : new PlaceMention(new Span(m.start(), m.end()), name);
        }
        EntityMention e = entityAt(doc, at, toks, first);
        if (e != null) {
            boolean place = e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION && isVenue(e.text());
            String name = withoutParty(e.canonical());
            return place && !name.isEmpty() && !qualifiesNoun(toks, e.end()) ? new PlaceMention(e.span(), name) : null;
        }
        return capitalised(doc, toks, first, isTime);
    }

    /** The place's name the article uses, preferred name first; a description needs the named place. */
    private static String nameUsed(AnnotatedDocument doc, PlaceLexicon.Place place, Map<String, Boolean> named) {
        for (String n : place.names()) {
            if (named.computeIfAbsent(n, k -> usesName(doc.modelText(), k))) return n;
        }
        return place.described() ? null : place.names().get(0);
    }

    private static boolean usesName(String text, String name) {
        return text.contains(name)
                && Pattern.compile("(?<![\\w'])" + Pattern.quote(name) + "(?![\\w'])").matcher(text).find();
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** The entity starting at {@code at}, or after an article there (entities are in text order). */
    private static EntityMention entityAt(AnnotatedDocument doc, int at, List<Token> toks, int first) {
        int alt = first + 1 < toks.size() && ARTICLES.contains(toks.get(first).text().toLowerCase(Locale.ROOT))
                ? toks.get(first + 1).start() : -1;
        List<EntityMention> all = doc.entities();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < at) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < all.size() && all.get(k).start() <= Math.max(at, alt); k++) {
            if (all.get(k).start() == at || all.get(k).start() == alt) return all.get(k);
        }
        return null;
    }

    /** "in Davos", "at the Great Hall of the People": capitalised words, "of (the)" inside. */
    private PlaceMention capitalised(AnnotatedDocument doc, List<Token> toks, int first, Predicate<Span> isTime) {
        int i = first;
        if (toks.get(i).text().equals("the") && i + 1 < toks.size()) i++;
        int start = i, end = i;
        while (end < toks.size()) {
            String t = toks.get(end).text();
            if (isCapitalised(t)) {
                end++;
            } else if (t.equals("of") && end > start && end + 1 < toks.size()
                    && (isCapitalised(toks.get(end + 1).text()) || toks.get(end + 1).text().equals("the"))) {
                end += toks.get(end + 1).text().equals("the") ? 2 : 1;
            } else {
                break;
            }
        }
        if (end == start || !isCapitalised(toks.get(end - 1).text())) return null;
        if (end < toks.size() && ModelText.of(toks.get(end).text()).matches("'s?")) return null; // "in Trump's speech"
        if (qualifiesNoun(toks, toks.get(end - 1).end())) return null;
        for (int k = start; k < end; k++) {
            String t = ModelText.of(toks.get(k).text());
            if (lexicon.isNotPlace(t) || lexicon.isAdjective(t) || t.endsWith("'s")) return null;
        }
        Span span = new Span(toks.get(start).start(), toks.get(end - 1).end());
        if (isTime.test(span)) return null;
        if (overlapsOtherEntity(doc.entities(), span)) return null;
        return new PlaceMention(span, doc.text().substring(span.start(), span.end()));
    }

    /** Whether a name that is no location overlaps the span (entities are in text order and short). */
    private static boolean overlapsOtherEntity(List<EntityMention> all, Span span) {
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < span.end()) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo - 1; k >= 0 && all.get(k).start() > span.start() - LONGEST_NAME; k--) {
            EntityMention e = all.get(k);
            if (e.span().overlaps(span) && e.type() != EntityType.LOCATION) return true;
        }
        return false;
    }

    /** "Kent County Republican" (before "headquarters") is Kent County; "Republican" alone is no place (empty). */
    private String withoutParty(String name) {
        int space = name.lastIndexOf(' ');
        if (!partyWords.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))) return name;
        return space > 0 ? name.substring(0, space) : "";
    }

    /** The index of the first token starting at or after an offset, or -1. */
    private static int tokenAfter(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= offset) return k;
        }
        return -1;
    }

    /** An organisation named after a building or gathering: "the Republican National Convention", "Harvard University". */
    private boolean isVenue(String name) {
        String[] words = name.split("\\s+");
        return venueWords.contains(words[words.length - 1]);
    }

    /**
     * "in the Reagan administration", "at U.N. climate talks": a name before a common noun qualifies
     * it; but before an occasion it says where the occasion was ("at a Michigan rally", "at a
     * Washington news conference").
     */
    private boolean qualifiesNoun(List<Token> toks, int nameEnd) {
        for (Token t : toks) {
            if (t.start() >= nameEnd) {
                return t.pos().equals("NOUN") && !isCapitalised(t.text()) && !beforeOccasion(toks, nameEnd)
                        && !venueNouns.contains(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether the words right after a name are an occasion noun ("rally", "news conference"). */
    private boolean beforeOccasion(List<Token> toks, int nameEnd) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() < nameEnd) continue;
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            String two = k + 1 < toks.size() ? w + " " + toks.get(k + 1).text().toLowerCase(Locale.ROOT) : w;
            return occasionNoun.test(w) || occasionNoun.test(two);
        }
        return false;
    }

    private static boolean isCapitalised(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLowerCase);
    }
}
