package extract.eval;

import java.util.Locale;

/** What the gold source of an attribution is: a name, a pronoun, a description, or absent. */
public enum SourceKind {
    NAME, PRONOUN, DESCRIPTION, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a label as speakers.tsv writes it, or null when unknown. */
    static SourceKind ofLabel(String label) {
        for (SourceKind k : values()) {
            if (k.label().equals(label.trim())) return k;
        }
        return null;
    }
}
