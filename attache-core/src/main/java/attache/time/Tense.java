package attache.time;

/** When the clause an expression sits in places it, relative to the publication date. */
public enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    /** No verb governs the expression (a headline, a caption, a list). */
    UNKNOWN
}
