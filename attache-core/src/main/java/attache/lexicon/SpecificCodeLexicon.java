package attache.lexicon;

import attache.events.Constraint;
import attache.model.CameoCode;
import attache.lexicon.TsvRows.Row;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which code within a CAMEO root an event takes when the text names its weapon, manner or
 * outcome: "attacked with artillery" is 194, not the 190 of a bare "attacked"; "violent protests"
 * are 145, not 141; "beaten to death" is 1823. Read from {@code lexicons/events/specifics.tsv}
 * (whose header documents the format); every code is checked against the {@link CameoTable}, a
 * specific code must stay in its general code's root or PLOVER type (a suicide attack is 1831 whatever
 * verb tells it, and still an ASSAULT), and a mode must be one of its PLOVER type's.
 */
public final class SpecificCodeLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/events/specifics.tsv";

    /**
     * One row: an event coded {@code general} whose predicate meets every constraint takes
     * {@code specific}, with {@code mode} when given, else the specific code's own PLOVER mode.
     */
    public record Rule(String general, List<Constraint> constraints, CameoCode specific, Optional<String> mode,
                       String source) {
    }

    private final List<Rule> rules;

    private SpecificCodeLexicon(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SpecificCodeLexicon bundled(CameoTable cameo, PloverOntology ontology) {
        return TsvRows.bundled(RESOURCE, (reader, name) -> parse(reader, name, cameo, ontology));
    }

    /**
     * Reads rules in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code name} and the line
     */
    public static SpecificCodeLexicon parse(Reader reader, String name, CameoTable cameo, PloverOntology ontology)
            throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (Row row : TsvRows.read(reader, name, 4)) {
            CameoCode general = cameo.byCode(row.get(0))
                    .orElseThrow(() -> row.error("unknown CAMEO code '" + row.get(0) + "'"));
            CameoCode specific = cameo.byCode(row.get(2))
                    .orElseThrow(() -> row.error("unknown CAMEO code '" + row.get(2) + "'"));
            if (general.code().equals(specific.code()) || !(general.rootCode().equals(specific.rootCode())
                    || general.plover().equals(specific.plover()))) {
                throw row.error(specific.code() + " is neither another code of " + general.code()
                        + "'s root nor of its PLOVER type");
            }
            List<Constraint> constraints;
            try {
                constraints = FrameNotation.constraints(row.get(1));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            if (constraints.isEmpty()) {
                throw row.error("a rule needs at least one constraint");
            }
            Optional<String> mode = Optional.empty();
            if (!row.get(3).equals("-")) {
                if (!row.get(3).startsWith("mode=")) {
                    throw row.error("the last column is '-' or mode=MODE, not '" + row.get(3) + "'");
                }
                String m = row.get(3).substring(5);
                if (specific.plover().isEmpty() || !ontology.hasMode(specific.plover().get(), m)) {
                    throw row.error("'" + m + "' is not a mode of " + specific.code() + "'s PLOVER type");
                }
                mode = Optional.of(m);
            }
            rules.add(new Rule(general.code(), constraints, specific, mode, row.source()));
        }
        return new SpecificCodeLexicon(rules);
    }

    /** The rules for events coded {@code general}, in file order. */
    public List<Rule> forCode(String general) {
        return rules.stream().filter(r -> r.general().equals(general)).toList();
    }

    /** Every rule, in file order. */
    public List<Rule> all() {
        return rules;
    }
}
