package extract.text;

import java.util.regex.Pattern;

/** "D-Md", "R-N.Y.", "I-Vt": a politician's party and state, set off after the name; never a name or a speaker. */
public final class PartyLabel {
    private static final Pattern LABEL = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,4}");

    private PartyLabel() {}

    public static boolean is(String word) {
        return LABEL.matcher(word).matches();
    }
}
