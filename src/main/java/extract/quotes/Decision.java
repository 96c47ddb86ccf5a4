package extract.quotes;

/**
 * What one sieve decided about an attribution: the sieve's name and, in a few words, why (the
 * words it read). Shown to users in the {@code rule} column; {@code extract eval --by-rule} counts
 * rows by sieve.
 */
public record Decision(String sieve, String why) {
    public static final Decision NONE = new Decision("", "");

    public static Decision of(String sieve, String why) {
        return new Decision(sieve, why == null ? "" : why);
    }

    /** A decision that rests on this one: "relative-to-phrase (“who” → “analysts”, then name …)". */
    public Decision withPrefix(String sieve, String why) {
        return new Decision(sieve, why + ", then " + describe());
    }

    public boolean isNone() {
        return sieve.isEmpty();
    }

    /** "subject-before-cue (subject of “said”)". */
    public String describe() {
        return why.isEmpty() ? sieve : sieve + " (" + why + ")";
    }
}
