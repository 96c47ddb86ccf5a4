package extract.speaker;

import extract.text.Span;

/**
 * Who said it: {@code name} is the resolved speaker (fullest name, organisation, or best
 * description), {@code mention} the words in the text that point at the speaker ("he", "Xi");
 * mention is null when the speaker is inferred from context without words of its own.
 */
public record Speaker(String name, Span mention) {
    public static final Speaker NONE = new Speaker("", null);

    public boolean isNone() {
        return name.isEmpty();
    }
}
