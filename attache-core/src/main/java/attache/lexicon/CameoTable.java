package attache.lexicon;

import attache.events.CameoCode;
import attache.events.Plover;
import attache.lexicon.TsvRows.Row;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codes with QuadClass, Goldstein value and PLOVER mapping, read from
 * {@code lexicons/events/cameo.tsv} (whose header documents the format and why it follows
 * Phoenix's QuadClass/Goldstein table). Modes and contexts are checked against a
 * {@link PloverOntology}. Immutable once loaded.
 */
public final class CameoTable {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/events/cameo.tsv";

    private final Map<String, CameoCode> codes;
    private final Map<String, List<String>> contexts;

    private CameoTable(Map<String, CameoCode> codes, Map<String, List<String>> contexts) {
        this.codes = codes;
        this.contexts = contexts;
    }

    /** The table shipped with Attaché, checked against the bundled ontology. */
    public static CameoTable bundled() {
        return bundled(PloverOntology.bundled());
    }

    /** The table shipped with Attaché, checked against {@code ontology}. */
    public static CameoTable bundled(PloverOntology ontology) {
        return TsvRows.bundled(RESOURCE, (reader, name) -> parse(reader, name, ontology));
    }

    /**
     * Reads a table in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code name} and the line
     */
    public static CameoTable parse(Reader reader, String name, PloverOntology ontology) throws IOException {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        Map<String, List<String>> contexts = new LinkedHashMap<>();
        for (Row row : TsvRows.read(reader, name, 7)) {
            CameoCode code = code(row, ontology);
            if (code.code().length() > 2 && !codes.containsKey(parentOf(code.code()))) {
                throw row.error("parent " + parentOf(code.code()) + " of " + code.code() + " must come first");
            }
            if (codes.putIfAbsent(code.code(), code) != null) {
                throw row.error("second row for code " + code.code());
            }
            contexts.put(code.code(), contexts(row, ontology));
        }
        return new CameoTable(Collections.unmodifiableMap(codes), Collections.unmodifiableMap(contexts));
    }

    /** The code, if the table has it. */
    public Optional<CameoCode> byCode(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * The root of a code ("19" for "1932" or "19").
     *
     * @throws IllegalArgumentException when the code is malformed or its root is unknown
     */
    public CameoCode root(String code) {
        if (!CameoCode.isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO code: '" + code + "'");
        }
        CameoCode root = codes.get(code.substring(0, 2));
        if (root == null) {
            throw new IllegalArgumentException("unknown CAMEO root of '" + code + "'");
        }
        return root;
    }

    /** Every code, roots before their children, in file order. */
    public List<CameoCode> all() {
        return List.copyOf(codes.values());
    }

    /** The PLOVER contexts the mapping gives a code (empty when none or unknown). */
    public List<String> contexts(String code) {
        return contexts.getOrDefault(code, List.of());
    }

    private static String parentOf(String code) {
        return code.substring(0, code.length() - 1);
    }

    private static CameoCode code(Row row, PloverOntology ontology) {
        Optional<Plover> plover = Optional.empty();
        if (!row.get(3).equals("-")) {
            plover = Optional.of(Plover.parse(row.get(3)).filter(t -> t.name().equals(row.get(3)))
                    .orElseThrow(() -> row.error("unknown PLOVER type '" + row.get(3) + "'")));
        }
        Optional<String> mode = row.get(4).equals("-") ? Optional.empty() : Optional.of(row.get(4));
        if (mode.isPresent() && (plover.isEmpty() || !ontology.hasMode(plover.get(), mode.get()))) {
            throw row.error("'" + mode.get() + "' is not a mode of " + row.get(3));
        }
        try {
            return new CameoCode(row.get(0), row.get(6), Integer.parseInt(row.get(1)),
                    Double.parseDouble(row.get(2)), plover, mode);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static List<String> contexts(Row row, PloverOntology ontology) {
        if (row.get(5).equals("-")) {
            return List.of();
        }
        List<String> list = new ArrayList<>(Arrays.asList(row.get(5).split(",")));
        for (String context : list) {
            if (!ontology.hasContext(context)) {
                throw row.error("unknown PLOVER context '" + context + "'");
            }
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return "CameoTable[" + codes.size() + " codes]";
    }
}
