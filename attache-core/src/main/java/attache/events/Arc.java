package attache.events;

import java.util.Objects;
import java.util.Optional;

/**
 * One step along a Universal Dependencies arc from a predicate to a dependent, as the
 * predicate lexicon names it: {@code obj}, {@code nmod:poss}, or a relation with the
 * preposition that marks its dependent ({@code obl:with} is an {@code obl} whose {@code case}
 * child is "with"; the enhanced relation {@code obl:with} means the same).
 *
 * @param relation the UD relation, with a UD subtype if it has one ("nsubj", "compound:prt",
 *                 "nmod:poss")
 * @param marker   the lemma of the dependent's case marker, for prepositional arcs
 */
public record Arc(String relation, Optional<String> marker) {

    public Arc {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(marker, "marker");
        if (!relation.matches("[a-z]+(:[a-z]+)?")) {
            throw new IllegalArgumentException("bad relation '" + relation + "'");
        }
        if (marker.isPresent() && !marker.get().matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException("bad marker '" + marker.get() + "'");
        }
    }

    /** An arc without a marker. */
    public static Arc of(String relation) {
        return new Arc(relation, Optional.empty());
    }

    /** An arc whose dependent is marked by a preposition. */
    public static Arc marked(String relation, String marker) {
        return new Arc(relation, Optional.of(marker));
    }

    /** The lexicon's notation: "obl:with", "nsubj". */
    @Override
    public String toString() {
        return marker.map(m -> relation + ":" + m).orElse(relation);
    }
}
