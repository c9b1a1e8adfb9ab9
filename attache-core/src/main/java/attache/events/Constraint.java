package attache.events;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A condition a predicate must meet for a frame to apply: it has a dependent at the end of
 * {@code path} whose lemma is one of {@code lemmas} (any lemma when the set is empty).
 * "impose" codes 163 only with {@code obj} in {sanction, embargo}; "hunger strike" is
 * {@code obj=strike} and {@code obj>compound=hunger}.
 *
 * @param path   the arcs from the predicate ("obj", "obj>compound")
 * @param lemmas the accepted lemmas, lower case; empty for "any"
 */
public record Constraint(ArgumentPath path, Set<String> lemmas) {

    public Constraint {
        Objects.requireNonNull(path, "path");
        lemmas = Set.copyOf(Objects.requireNonNull(lemmas, "lemmas"));
    }

    /** Whether a dependent with this lemma satisfies the constraint. */
    public boolean accepts(String lemma) {
        return lemmas.isEmpty() || lemmas.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The lexicon's notation: "obj=embargo|sanction", "ccomp=*". */
    @Override
    public String toString() {
        return path + "=" + (lemmas.isEmpty() ? "*" : String.join("|", new TreeSet<>(lemmas)));
    }
}
