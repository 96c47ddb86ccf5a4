package extract.speaker;

import extract.text.Span;

/**
 * A speaker mention as the sieves read it: its phrase, its first, last and head word (indices into
 * the document's words) and, for a lone pronoun, the pronoun's kind from {@code pronouns.tsv}
 * ("male", "female", "thing", "group", "relative", "self"; null for other words).
 */
record Mention(Span phrase, int first, int last, int head, String pronounKind) {
    boolean pronoun() {
        return pronounKind != null;
    }

    boolean personalPronoun() {
        return "male".equals(pronounKind) || "female".equals(pronounKind) || thing();
    }

    /** "it": an organisation or a place. */
    boolean thing() {
        return "thing".equals(pronounKind);
    }

    /** "m" for "he", "f" for "she", else null. */
    String gender() {
        return genderOf(pronounKind);
    }

    /** "m" for a pronoun of kind "male", "f" for "female", else null. */
    static String genderOf(String pronounKind) {
        return "male".equals(pronounKind) ? "m" : "female".equals(pronounKind) ? "f" : null;
    }
}
