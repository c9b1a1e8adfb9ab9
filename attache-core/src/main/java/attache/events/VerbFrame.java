package attache.events;

import attache.model.CameoCode;
import attache.model.Plover;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verb predicate ("accuse", "hold" + obj "talk") with its argument frame.
 * See {@link PredicateFrame} for the components.
 */
public record VerbFrame(String lemma, List<Constraint> constraints, List<ArgumentPath> source,
                        List<ArgumentPath> target, CameoCode cameo, Optional<Plover> plover,
                        Optional<String> mode, boolean symmetric, boolean dyadic, String provenance)
        implements PredicateFrame {

    public VerbFrame {
        Objects.requireNonNull(lemma, "lemma");
        constraints = List.copyOf(constraints);
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(provenance, "provenance");
        if (mode.isPresent() && plover.isEmpty()) {
            throw new IllegalArgumentException(provenance + ": a mode without a PLOVER type");
        }
    }
}
