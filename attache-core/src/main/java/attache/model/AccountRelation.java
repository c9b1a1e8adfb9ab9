package attache.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The accounts two sides give of one event, and whether they agree.
 *
 * @param relation   conflict or agreement
 * @param event      index of the event both sides' claims are about; empty when the coder coded no
 *                   event for what they speak of
 * @param episode    for a relation with no event, the kind of episode both speak of: the PLOVER
 *                   types its nouns can name ("CONSULT" for "the talks", "the round")
 * @param firstSide  the side of the first account: a country code, or an organisation's code
 * @param first      indices of the first side's claims about the event
 * @param secondSide the side of the second account
 * @param second     indices of the second side's claims about the event
 * @param reason     what decided it: "assessment" (opposite or matching judgements) or "outcome"
 *                   (incompatible or matching facts: "ended" against "continues")
 */
public record AccountRelation(Relation relation, java.util.OptionalInt event, java.util.Optional<String> episode,
                              String firstSide, List<Integer> first,
                              String secondSide, List<Integer> second, String reason) {

    /** Whether two accounts disagree or agree. */
    public enum Relation {
        CONFLICT, AGREEMENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AccountRelation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(firstSide, "firstSide");
        first = List.copyOf(first);
        Objects.requireNonNull(secondSide, "secondSide");
        second = List.copyOf(second);
        Objects.requireNonNull(reason, "reason");
    }
}
