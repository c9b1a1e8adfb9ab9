package attache.events;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where an event's participant sits relative to its predicate: a chain of arcs followed
 * downwards from the predicate. {@code [ccomp, nsubj]} is the subject of the clause the
 * predicate governs ("demanded that Iran release ..." gives Iran).
 *
 * @param arcs the steps, at least one
 */
public record ArgumentPath(List<Arc> arcs) {

    public ArgumentPath {
        arcs = List.copyOf(Objects.requireNonNull(arcs, "arcs"));
        if (arcs.isEmpty()) {
            throw new IllegalArgumentException("an argument path needs at least one arc");
        }
    }

    /** The first arc from the predicate. */
    public Arc first() {
        return arcs.get(0);
    }

    /** The lexicon's notation: "ccomp>nsubj". */
    @Override
    public String toString() {
        return arcs.stream().map(Arc::toString).collect(Collectors.joining(">"));
    }
}
