package extract.eval;

import extract.text.PlainSpaces;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether the tool's speaker names the same entity as a gold source: equal ignoring case,
 * or the same head word (surname) as the source text or one of its fuller names, with no clash of
 * first names ("Bill Clinton" is not "Hillary Clinton"), or a name that a description holds in
 * apposition ("A lawyer for the outlets, David Schulz,"). A bare pronoun is never a right speaker; a
 * gold item without a source accepts only an empty speaker.
 */
public final class SpeakerJudge {
    private final EvalLexicon lexicon;

    public SpeakerJudge(EvalLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A row's speaker is right as above; and where the gold source is a description whose names give
     * no proper name (the corpus's automatic coreference left "the company" unresolved), the gold
     * cannot tell which entity is meant, so the row's mention of its speaker is judged instead: a
     * row that resolves "the company" to a name is then neither favoured nor penalised against one
     * that keeps the description.
     */
    public boolean isRight(SystemQuote row, GoldQuote gold) {
        if (isRight(row.speaker(), gold)) return true;
        return gold.kind() == SourceKind.DESCRIPTION && !row.mention().isBlank() && !gold.namesSomeone()
                && isRight(row.mention(), gold);
    }

    public boolean isRight(String speaker, GoldQuote gold) {
        String sys = plain(speaker);
        if (gold.kind() == SourceKind.NONE || gold.source().isBlank()) return sys.isEmpty();
        if (sys.isEmpty() || lexicon.isPronoun(sys)) return false;
        List<String> forms = new ArrayList<>();
        forms.add(plain(gold.source()));
        for (String n : gold.names()) {
            if (!n.isBlank()) forms.add(plain(n));
        }
        for (String f : forms) {
            if (f.equalsIgnoreCase(sys)) return true;
        }
        if (gold.kind() == SourceKind.DESCRIPTION && namedInside(sys, forms.get(0))) return true;
        NameParts mine = NameParts.of(sys, lexicon);
        if (mine.head() == null) return false;
        if (mine.firstName() != null && !firstNameFits(mine.firstName(), forms)) return false;
        for (String f : forms) {
            if (lexicon.isPronoun(f)) continue;
            if (mine.head().equals(NameParts.of(f, lexicon).head())) return true;
        }
        return false;
    }

    /**
     * The name with a plain space for each no-break or other unusual space and no soft hyphen: the
     * article's "Stu\u00A0Burguiere" and the tool's "Stu Burguiere" are one name.
     */
    private static String plain(String name) {
        return name == null ? "" : PlainSpaces.of(name);
    }

    /**
     * "A lawyer for the news outlets, David Schulz," as the gold source and "David Schulz" as the
     * speaker: the description holds the name in apposition, so the name is who it is. Every word of
     * the speaker, a name of two words or more, must stand in the source.
     */
    private static boolean namedInside(String speaker, String source) {
        String sys = speaker == null ? "" : speaker.trim();
        String[] words = sys.split("\\s+");
        if (words.length < 2) return false;
        List<String> sourceWords = List.of(source.replaceAll("[,()\"“”]", " ").trim().split("\\s+"));
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !sourceWords.contains(w)) return false;
        }
        return true;
    }

    /**
     * A first name fits when the gold side gives none, or when it agrees with one that the source
     * or a fuller name gives (coreference may list several forms, not all of them clean).
     */
    private boolean firstNameFits(String first, List<String> forms) {
        boolean goldGivesOne = false;
        for (String f : forms) {
            String theirs = NameParts.of(f, lexicon).firstName();
            if (theirs == null) continue;
            if (NameParts.sameFirstName(first, theirs)) return true;
            goldGivesOne = true;
        }
        return !goldGivesOne;
    }
}
