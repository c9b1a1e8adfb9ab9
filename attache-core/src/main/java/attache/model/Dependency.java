package attache.model;

import java.util.Objects;

/**
 * A Universal Dependencies arc inside one sentence, between token indices of that sentence.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation, with its subtype ("nsubj", "obl:tmod")
 */
public record Dependency(int governor, int dependent, String relation) {

    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0 || governor < ROOT) {
            throw new IllegalArgumentException("bad arc " + governor + " -> " + dependent);
        }
    }
}
