package attache.lexicon;

import attache.events.ArgumentPath;
import attache.model.CameoCode;
import attache.events.Constraint;
import attache.events.NounFrame;
import attache.model.Plover;
import attache.events.PredicateFrame;
import attache.events.VerbFrame;
import attache.lexicon.TsvRows.Row;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Event predicates, verbs and nouns, with their argument frames and codes, read from
 * {@code lexicons/events/predicates.tsv} (whose header documents the format). Every code is
 * checked against a {@link CameoTable}, every type and mode against a {@link PloverOntology}.
 * Immutable once loaded.
 */
public final class PredicateLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/events/predicates.tsv";

    /**
     * Most constraints first, so the most specific sense of a lemma is tried first; among frames
     * with as many constraints, those naming lemmas before those accepting any ("accused of
     * espionage" is 1125 before "accused of" anything is 112, "threatened to cut" 1311 before
     * "threatened to" anything is 130), whatever their order in the file.
     */
    private static final Comparator<PredicateFrame> SPECIFIC_FIRST =
            Comparator.comparingInt((PredicateFrame f) -> -f.constraints().size())
                    .thenComparingInt(f -> (int) -f.constraints().stream().filter(c -> !c.lemmas().isEmpty()).count());

    private record Sense(CameoCode cameo, Optional<Plover> plover, Optional<String> mode, boolean symmetric,
                         boolean dyadic) {
    }

    private final Map<String, List<VerbFrame>> verbs;
    private final Map<String, List<NounFrame>> nouns;

    private PredicateLexicon(Map<String, List<VerbFrame>> verbs, Map<String, List<NounFrame>> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    /** The lexicon shipped with Attaché, checked against the bundled ontology and CAMEO table. */
    public static PredicateLexicon bundled() {
        PloverOntology ontology = PloverOntology.bundled();
        return bundled(CameoTable.bundled(ontology), ontology);
    }

    /** The lexicon shipped with Attaché, checked against the given tables. */
    public static PredicateLexicon bundled(CameoTable cameo, PloverOntology ontology) {
        return TsvRows.bundled(RESOURCE, (reader, name) -> parse(reader, name, cameo, ontology));
    }

    /**
     * Reads a lexicon in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code name} and the line
     */
    public static PredicateLexicon parse(Reader reader, String name, CameoTable cameo, PloverOntology ontology)
            throws IOException {
        Map<String, List<VerbFrame>> verbs = new LinkedHashMap<>();
        Map<String, List<NounFrame>> nouns = new LinkedHashMap<>();
        for (Row row : TsvRows.read(reader, name, 7)) {
            try {
                addRow(row, cameo, ontology, verbs, nouns);
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(row.source() + ":") ? e : row.error(e.getMessage());
            }
        }
        return new PredicateLexicon(frozen(verbs), frozen(nouns));
    }

    /** The frames of a verb lemma, most constrained first (lemmas before wildcards), then in file order. */
    public List<VerbFrame> forVerb(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** The frames of a noun lemma ("talk", not "talks"), most constrained first (lemmas before wildcards), then in file order. */
    public List<NounFrame> forNoun(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** The verb lemmas with frames. */
    public Set<String> verbLemmas() {
        return verbs.keySet();
    }

    /** The noun lemmas with frames. */
    public Set<String> nounLemmas() {
        return nouns.keySet();
    }

    /** Every frame, verbs then nouns. */
    public List<PredicateFrame> all() {
        List<PredicateFrame> all = new ArrayList<>();
        verbs.values().forEach(all::addAll);
        nouns.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private static void addRow(Row row, CameoTable cameo, PloverOntology ontology,
                               Map<String, List<VerbFrame>> verbs, Map<String, List<NounFrame>> nouns) {
        String pos = row.get(0);
        if (!pos.equals("verb") && !pos.equals("noun")) {
            throw row.error("part of speech must be 'verb' or 'noun', not '" + pos + "'");
        }
        Set<String> lemmas = FrameNotation.lemmas(row.get(1));
        List<Constraint> constraints = FrameNotation.constraints(row.get(2));
        List<ArgumentPath> source = FrameNotation.slot(row.get(3));
        List<ArgumentPath> target = FrameNotation.slot(row.get(4));
        Sense sense = sense(row, cameo, ontology);
        for (String lemma : lemmas) {
            if (pos.equals("verb")) {
                verbs.computeIfAbsent(lemma, l -> new ArrayList<>()).add(new VerbFrame(lemma, constraints, source,
                        target, sense.cameo(), sense.plover(), sense.mode(), sense.symmetric(), sense.dyadic(), row.source()));
            } else {
                nouns.computeIfAbsent(lemma, l -> new ArrayList<>()).add(new NounFrame(lemma, constraints, source,
                        target, sense.cameo(), sense.plover(), sense.mode(), sense.symmetric(), sense.dyadic(), row.source()));
            }
        }
    }

    /** The code and the flags: PLOVER type and mode default to the code's mapping. */
    private static Sense sense(Row row, CameoTable table, PloverOntology ontology) {
        CameoCode code = table.byCode(row.get(5))
                .orElseThrow(() -> row.error("unknown CAMEO code '" + row.get(5) + "'"));
        Optional<Plover> plover = code.plover();
        Optional<String> mode = code.ploverMode();
        boolean symmetric = false;
        boolean dyadic = false;
        boolean typeGiven = false;
        Optional<String> modeGiven = Optional.empty();
        for (String flag : row.get(6).equals("-") ? new String[0] : row.get(6).split(",", -1)) {
            if (flag.equals("sym")) {
                symmetric = true;
            } else if (flag.equals("dyadic")) {
                dyadic = true;
            } else if (flag.startsWith("plover=")) {
                plover = Optional.of(Plover.parse(flag.substring(7)).filter(t -> t.name().equals(flag.substring(7)))
                        .orElseThrow(() -> row.error("unknown PLOVER type in '" + flag + "'")));
                typeGiven = true;
            } else if (flag.startsWith("mode=")) {
                modeGiven = Optional.of(flag.substring(5));
            } else {
                throw row.error("unknown flag '" + flag + "' (sym, dyadic, plover=TYPE, mode=MODE or mode=-)");
            }
        }
        if (typeGiven && !plover.equals(code.plover())) {
            mode = Optional.empty();
        }
        if (modeGiven.isPresent()) {
            mode = modeGiven.get().equals("-") ? Optional.empty() : modeGiven;
        }
        if (mode.isPresent() && (plover.isEmpty() || !ontology.hasMode(plover.get(), mode.get()))) {
            throw row.error("'" + mode.get() + "' is not a mode of " + plover.map(Plover::name).orElse("a missing type"));
        }
        return new Sense(code, plover, mode, symmetric, dyadic);
    }

    private static <F extends PredicateFrame> Map<String, List<F>> frozen(Map<String, List<F>> map) {
        Map<String, List<F>> copy = new LinkedHashMap<>();
        map.forEach((lemma, frames) -> {
            List<F> sorted = new ArrayList<>(frames);
            sorted.sort(SPECIFIC_FIRST);
            copy.put(lemma, List.copyOf(sorted));
        });
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "PredicateLexicon[" + verbs.size() + " verbs, " + nouns.size() + " nouns]";
    }
}
