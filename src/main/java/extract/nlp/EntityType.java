package extract.nlp;

import java.util.Locale;

/** The three entity types the project's name finder knows, as OpenNLP's type strings. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityType fromLabel(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
