package extract.time;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.nlp.EntityType;
import extract.nlp.Sentence;
import extract.nlp.Token;
import extract.text.Span;
import extract.text.SpanIndex;
import extract.time.place.PlaceMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The occasions an article reports ("Kim's visit to the Chinese capital", "a news conference in
 * Geneva on Tuesday", "the summit"), each with its place and time when the words right after its
 * noun give them, and the people and organisations named in its sentence. Built per document.
 */
final class Occasions {
    /** How many words after the noun may still say where and when ("a news conference in Geneva on Tuesday"). */
    private static final int WINDOW = 10;

    /** An occasion's noun, kind, paragraph, and what its words say (place, time null when unsaid). */
    record Occasion(Span noun, String kind, int paragraph, Span window, PlaceMention place, TimeExpression time,
            Set<String> participants) {}

    /** The occasion nouns of a lexicon: word or two-word phrase (lower case) to kind. */
    static final class Lexicon {
        private final Map<String, String> kinds = new HashMap<>();

        private final Set<String> written = new HashSet<>();
        private final Set<String> apart = new HashSet<>();

        Lexicon() {
            for (String[] r : Lexicons.rows("occasions.tsv")) {
                kinds.put(r[0].strip(), r[1].strip());
                if (r.length > 2 && r[2].strip().equals("written")) written.add(r[1].strip());
                if (r.length > 2 && r[2].strip().equals("apart")) apart.add(r[1].strip());
            }
        }

        /** Whether an occasion of this kind is a text ("letter", "statement"), which is written anywhere. */
        boolean isWritten(String kind) {
            return written.contains(kind);
        }

        /** Whether an occasion of this kind is held apart from others (an interview, a broadcast), not within one. */
        boolean isApart(String kind) {
            return apart.contains(kind);
        }

        /** Whether a word or two-word phrase (lower case) is an occasion noun ("rally", "news conference"). */
        boolean isOccasion(String words) {
            return kinds.containsKey(words);
        }

        /** The kind of the occasion noun ending at token k (one or two words), null if none; sets {@code first}. */
        String kindAt(List<Token> toks, int k, int[] first) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (k > 0) {
                String two = toks.get(k - 1).text().toLowerCase(Locale.ROOT) + " " + w;
                if (kinds.containsKey(two)) {
                    first[0] = k - 1;
                    return kinds.get(two);
                }
            }
            first[0] = k;
            return kinds.get(w);
        }
    }

    /** A candidate occasion noun before its place and time are known. */
    record Noun(Span span, String kind, Sentence sentence, int lastToken) {}

    /** The occasion nouns of the document (photo captions left out): one linear pass over the tokens. */
    static List<Noun> nouns(AnnotatedDocument doc, Lexicon lexicon) {
        List<Noun> out = new ArrayList<>();
        int[] first = new int[1];
        for (Sentence s : doc.sentences()) {
            if (isCaption(doc.modelText(), s)) continue;
            List<Token> toks = s.tokens();
            for (int k = 0; k < toks.size(); k++) {
                String kind = lexicon.kindAt(toks, k, first);
                // "address" and "talks" are verbs too: an occasion is a noun
                if (kind == null || !isNoun(toks, first[0], k)) continue;
                out.add(new Noun(new Span(toks.get(first[0]).start(), toks.get(k).end()), kind, s, k));
            }
        }
        return out;
    }

    /**
     * "She'll present her proposals in a speech Friday in Port St. Lucie": an occasion still to come
     * when its sentence puts the words before it in the future; no statement was made there yet.
     */
    static boolean planned(Noun n) {
        List<Token> toks = n.sentence().tokens();
        for (int k = 0; k < toks.size() && toks.get(k).end() <= n.span().start(); k++) {
            if (Tense.marksFuture(toks, k)) return true;
        }
        return false;
    }

    private static final Set<String> NOUN_BEFORE = Set.of("DET", "ADJ", "NUM", "ADP");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your", "'s", "\u2019s", "'");

    /** A noun by its tag, or after a word that only goes before nouns ("Kim's visit/VERB", "the talks/VERB"). */
    private static boolean isNoun(List<Token> toks, int first, int last) {
        String pos = toks.get(last).pos();
        if (pos.equals("NOUN") || pos.equals("PROPN") || last > first) return true;
        if (first == 0) return false;
        Token before = toks.get(first - 1);
        return NOUN_BEFORE.contains(before.pos()) || POSSESSIVES.contains(before.text().toLowerCase(Locale.ROOT));
    }

    /** A photo caption ends its line with a bracketed credit ("[Huang Jingwen/Xinhua]"). */
    private static boolean isCaption(String text, Sentence s) {
        int end = text.indexOf('\n', s.end());
        if (end < 0) end = text.length();
        String line = text.substring(s.start(), end).strip();
        return line.endsWith("]");
    }

    /** Each noun with the place and time in the words after it, up to a clause break or a verb. */
    static List<Occasion> read(AnnotatedDocument doc, List<Noun> nouns, SpanIndex<PlaceMention> places,
            SpanIndex<TimeExpression> times, Predicate<Span> isSaid) {
        List<Occasion> out = new ArrayList<>();
        for (Noun n : nouns) {
            List<Token> toks = n.sentence().tokens();
            int end = n.lastToken();
            for (int k = n.lastToken() + 1; k < toks.size() && k <= n.lastToken() + WINDOW; k++) {
                Token t = toks.get(k);
                if (t.pos().equals("PUNCT") && !placeComma(toks, k) || t.pos().equals("VERB") || t.pos().equals("AUX")
                        || t.pos().equals("SCONJ") || t.pos().equals("CCONJ") && !t.text().equals("&")) {
                    break;
                }
                end = k;
            }
            // and the words before it in its noun phrase: "a Friday evening rally", "Monday's debate"
            Span window = new Span(toks.get(phraseStart(toks, n)).start(), toks.get(end).end());
            PlaceMention place = places.inside(window).stream().findFirst().orElse(null);
            // "on Tuesday's episode": the time may begin with the preposition before the phrase
            TimeExpression time = times.overlapping(window).stream().filter(t -> t.span().end() <= window.end())
                    .filter(t -> !t.meaning().namesNoDay())
                    .findFirst().orElse(null);
            if (time == null) time = openingTime(toks, n, times);
            out.add(new Occasion(n.span(), n.kind(), n.sentence().paragraph(), window, place, time,
                    participants(doc, n.sentence().span(), isSaid)));
        }
        return out;
    }

    /**
     * "In late September, a group of parents sent a letter": the time of the phrase opening the
     * sentence, when the noun stands in the main clause after its comma (no other comma or clause
     * word between), else null.
     */
    private static TimeExpression openingTime(List<Token> toks, Noun n, SpanIndex<TimeExpression> times) {
        int comma = -1;
        for (int k = 1; k < toks.size() && toks.get(k).end() <= n.span().start(); k++) {
            Token t = toks.get(k);
            if (t.text().equals(",")) {
                if (comma >= 0) return null;
                comma = k;
            } else if (comma >= 0 && (t.pos().equals("SCONJ") || CLAUSE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        if (comma < 0) return null;
        Span opening = new Span(toks.get(0).start(), toks.get(comma - 1).end());
        for (TimeExpression t : times.overlapping(opening)) {
            boolean opens = t.span().start() == opening.start() || toks.get(0).pos().equals("ADP") && opening.contains(t.span());
            if (opens && t.span().end() == opening.end() && !t.meaning().namesNoDay()) {
                return t;
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "when", "where", "while");

    private static final Set<String> IN_PHRASE = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN", "PART");

    /** The first token of the noun phrase an occasion noun heads. */
    private static int phraseStart(List<Token> toks, Noun n) {
        int k = n.lastToken();
        while (k > 0 && toks.get(k - 1).end() > n.span().start()) k--; // the noun's own first word
        while (k > 0 && (IN_PHRASE.contains(toks.get(k - 1).pos())
                || POSSESSIVES.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        return k;
    }

    /**
     * The canonical names of the people and organisations named in a stretch of text, outside what
     * was said ("Trump said during a rally that Clinton once described …": Clinton was not there).
     */
    static Set<String> participants(AnnotatedDocument doc, Span stretch, Predicate<Span> isSaid) {
        Set<String> out = new HashSet<>();
        List<EntityMention> all = doc.entities();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < stretch.start()) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < all.size() && all.get(k).start() < stretch.end(); k++) {
            EntityMention e = all.get(k);
            if (e.type() != EntityType.LOCATION && !isSaid.test(e.span())) out.add(e.canonical());
        }
        return out;
    }

    /** "in Herndon, Virginia on Monday": a comma between two names is part of a place, not a clause break. */
    static boolean placeComma(List<Token> toks, int k) {
        return toks.get(k).text().equals(",") && k > 0 && k + 1 < toks.size() && isName(toks.get(k - 1)) && isName(toks.get(k + 1));
    }

    private static boolean isName(Token t) {
        // the tagger reads some place names' last word as a noun ("Fort Pierce/NOUN, Florida")
        return (t.pos().equals("PROPN") || t.pos().equals("NOUN")) && Character.isUpperCase(t.text().charAt(0));
    }
}
