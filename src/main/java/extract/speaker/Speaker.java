package extract.speaker;

import extract.text.PlainSpaces;
import extract.text.Span;

/**
 * Who said it: {@code name} is the resolved speaker (fullest name, organisation, or best
 * description), {@code mention} the words in the text that point at the speaker ("he", "Xi");
 * mention is null when the speaker is inferred from context without words of its own.
 */
public record Speaker(String name, Span mention) {
    public static final Speaker NONE = new Speaker("", null);

    public Speaker {
        name = PlainSpaces.of(name); // a description as written may hold a no-break space ("a\u00A0poll of 400")
    }

    public boolean isNone() {
        return name.isEmpty();
    }
}
