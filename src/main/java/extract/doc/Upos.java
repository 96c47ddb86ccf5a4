package extract.doc;

/**
 * Universal Dependencies part-of-speech tags, as the OpenNLP English POS model writes them. Rules
 * compare these, not strings, so a misspelt tag is a compile error rather than a silent miss.
 */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The tag for the model's label; an unknown label is {@link #X}. */
    public static Upos of(String tag) {
        if (tag == null) return X;
        try {
            return valueOf(tag);
        } catch (IllegalArgumentException e) {
            return X;
        }
    }

    /** A verb or an auxiliary: what can head a clause. */
    public boolean verbal() {
        return this == VERB || this == AUX;
    }

    /** A common or proper noun. */
    public boolean nominal() {
        return this == NOUN || this == PROPN;
    }
}
