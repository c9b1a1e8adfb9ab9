package attache.events;

import attache.model.CameoCode;
import attache.model.Plover;
import java.util.List;
import java.util.Optional;

/**
 * One sense of an event predicate from the predicate lexicon: which lemma, under which
 * constraints, codes which CAMEO code and PLOVER type, and where its source and target
 * are. Frames give the active voice; the event coder maps passives ({@code nsubj:pass},
 * {@code obl:agent}) onto them.
 */
public sealed interface PredicateFrame permits VerbFrame, NounFrame {

    /** The predicate's lemma, lower case ("meet", "talk"). */
    String lemma();

    /** Conditions on the predicate's dependents; all must hold. */
    List<Constraint> constraints();

    /** Where the source may be, in order of preference (empty: none in the clause). */
    List<ArgumentPath> source();

    /** Where the target may be, in order of preference (empty: no target). */
    List<ArgumentPath> target();

    /** The CAMEO code. */
    CameoCode cameo();

    /** The PLOVER type: the code's mapping unless the entry overrides it; empty for root 01. */
    Optional<Plover> plover();

    /** The PLOVER mode, if any. */
    Optional<String> mode();

    /** Whether the event holds both ways ("X and Y met", "talks between X and Y"). */
    boolean symmetric();

    /**
     * Whether the frame codes nothing without its target: "claimed that X attacked" accuses X, but
     * "claimed that the talks collapsed" accuses nobody. Other frames code a one-sided event when
     * the text names no target.
     */
    boolean dyadic();

    /** The lexicon file and line the frame came from ("predicates.tsv:120"). */
    String provenance();
}
