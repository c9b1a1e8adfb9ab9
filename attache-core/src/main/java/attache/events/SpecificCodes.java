package attache.events;

import attache.lexicon.SpecificCodeLexicon;
import attache.lexicon.SpecificCodeLexicon.Rule;
import attache.model.CameoCode;
import attache.model.Plover;

import java.util.Optional;

/**
 * The code within its root that a coded event takes from what the text says of its weapon,
 * manner or outcome ({@code specifics.tsv}): a predicate lexicon row codes the act ("attack" 190,
 * "protest" 141, "beat" 182), and this picks, from the predicate's own dependents, the CAMEO code
 * that says how ("with artillery" 194, "violent" 145, "to death" 1823). Kept apart from the
 * predicate rows so that one weapon list serves every verb and noun of an act.
 */
final class SpecificCodes {

    /** The code an event takes, with its PLOVER type and mode. */
    record Coded(CameoCode cameo, Optional<Plover> plover, Optional<String> mode) {
    }

    private final SpecificCodeLexicon lexicon;

    SpecificCodes(SpecificCodeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The frame's code, or the first rule for it whose constraints the predicate meets; a specific
     * code brings its own PLOVER type and mode (or the rule's mode), since the frame's overrides were
     * written for the general code.
     */
    Coded of(PredicateFrame frame, ParseWalker walker, int predicate) {
        for (Rule rule : lexicon.forCode(frame.cameo().code())) {
            if (FrameMatcher.holds(walker, predicate, rule.constraints())) {
                return new Coded(rule.specific(), rule.specific().plover(),
                        rule.mode().or(() -> rule.specific().ploverMode()));
            }
        }
        return new Coded(frame.cameo(), frame.plover(), frame.mode());
    }
}
