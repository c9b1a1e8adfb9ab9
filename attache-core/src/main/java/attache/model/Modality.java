package attache.model;

import java.util.Locale;

/** Whether an event is told as having happened, as someone's claim, as intended, or as a possibility. */
public enum Modality {
    /** The text asserts it happened. */
    ASSERTED,
    /** Someone in the text says it happened ("the North claimed the talks broke down"). */
    REPORTED,
    /** Intended or scheduled: "will meet", "plans to visit", "agreed to hold talks". */
    PLANNED,
    /** Possible or conditional: "may attack", "could meet", "if talks fail". */
    HYPOTHETICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
