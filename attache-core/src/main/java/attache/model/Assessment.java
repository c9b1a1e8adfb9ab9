package attache.model;

import java.util.Locale;

/** How a claim judges what it is about: well, badly, or neither. */
public enum Assessment {
    POSITIVE, NEGATIVE, NEUTRAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether two judgements point opposite ways ("good" against "broke down"). */
    public boolean opposes(Assessment other) {
        return (this == POSITIVE && other == NEGATIVE) || (this == NEGATIVE && other == POSITIVE);
    }
}
