package attache.lexicon;

import attache.events.Arc;
import attache.events.ArgumentPath;
import attache.events.Constraint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The predicate lexicon's notation for arcs, argument paths and constraints (documented in
 * the header of {@code predicates.tsv}). Parsing fails with a plain message; the caller adds
 * the file and line.
 */
public final class FrameNotation {

    /** UD relations an arc may name; a typo ("nsbj") must fail the load, not silently never match. */
    private static final Set<String> RELATIONS = Set.of(
            "nsubj", "obj", "iobj", "obl", "nmod", "ccomp", "xcomp", "advcl", "acl", "amod", "compound",
            "conj", "appos", "advmod", "nummod", "csubj", "parataxis", "dep", "det", "case", "mark");

    /** UD subtypes: after these a colon is part of the relation, otherwise it introduces a preposition. */
    private static final Set<String> SUBTYPES = Set.of("poss", "pass", "prt", "agent", "tmod", "npmod", "relcl");

    private static final String LEMMA = "[a-z][a-z'-]*";

    private FrameNotation() {
    }

    /** "obl:with" to an arc with a marker, "nmod:poss" to a subtyped relation. */
    static Arc arc(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length > 2 || !RELATIONS.contains(parts[0])) {
            throw new IllegalArgumentException("unknown relation '" + text + "'");
        }
        if (parts.length == 1) {
            return Arc.of(parts[0]);
        }
        if (SUBTYPES.contains(parts[1])) {
            return Arc.of(text);
        }
        if (!parts[1].matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException("bad preposition in '" + text + "'");
        }
        return Arc.marked(parts[0], parts[1]);
    }

    /** A slot column: "-" for none, or paths separated by "|", each arcs joined by ">". */
    static List<ArgumentPath> slot(String text) {
        if (text.equals("-")) {
            return List.of();
        }
        List<ArgumentPath> paths = new ArrayList<>();
        for (String path : text.split("\\|", -1)) {
            paths.add(path(path));
        }
        return List.copyOf(paths);
    }

    /** A path: arcs joined by ">". */
    public static ArgumentPath path(String text) {
        List<Arc> arcs = new ArrayList<>();
        for (String step : text.split(">", -1)) {
            arcs.add(arc(step));
        }
        return new ArgumentPath(arcs);
    }

    /** A constraints column: "-" for none, or "PATH=lemma|lemma" or "PATH=*" joined by ";". */
    static List<Constraint> constraints(String text) {
        if (text.equals("-")) {
            return List.of();
        }
        List<Constraint> constraints = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("constraint '" + part + "' must be PATH=lemmas or PATH=*");
            }
            String lemmas = part.substring(eq + 1);
            Set<String> set = lemmas.equals("*") ? Set.of() : lemmas(lemmas);
            constraints.add(new Constraint(path(part.substring(0, eq)), set));
        }
        return List.copyOf(constraints);
    }

    /** Lemma alternatives "a|b|c", lower case. */
    static Set<String> lemmas(String text) {
        Set<String> set = new LinkedHashSet<>();
        for (String lemma : text.split("\\|", -1)) {
            if (!lemma.matches(LEMMA)) {
                throw new IllegalArgumentException("bad lemma '" + lemma + "'");
            }
            if (!set.add(lemma)) {
                throw new IllegalArgumentException("lemma '" + lemma + "' listed twice");
            }
        }
        return set;
    }
}
