package attache.lexicon;

import attache.events.Plover;
import attache.lexicon.TsvRows.Row;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PLOVER's definitions, quad codes, modes and contexts, read from
 * {@code lexicons/events/plover.tsv} (whose header documents the format). The types
 * themselves are the enum {@link Plover}; the file must define each exactly once. Immutable
 * once loaded.
 */
public final class PloverOntology {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/events/plover.tsv";

    private record TypeEntry(int quadCode, String definition, Map<String, String> modes) {
    }

    private final Map<Plover, TypeEntry> types;
    private final Map<String, String> contexts;

    private PloverOntology(Map<Plover, TypeEntry> types, Map<String, String> contexts) {
        this.types = types;
        this.contexts = contexts;
    }

    /** The ontology shipped with Attaché. */
    public static PloverOntology bundled() {
        return TsvRows.bundled(RESOURCE, PloverOntology::parse);
    }

    /**
     * Reads an ontology in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code name} and the line,
     *                                  or when a type of the enum has no row
     */
    public static PloverOntology parse(Reader reader, String name) throws IOException {
        Map<Plover, Integer> quads = new EnumMap<>(Plover.class);
        Map<Plover, String> definitions = new EnumMap<>(Plover.class);
        Map<Plover, Map<String, String>> modes = new EnumMap<>(Plover.class);
        Map<String, String> contexts = new LinkedHashMap<>();
        for (Row row : TsvRows.read(reader, name, 4)) {
            requireText(row);
            switch (row.get(0)) {
                case "type" -> readType(row, quads, definitions);
                case "mode" -> readMode(row, modes);
                case "context" -> readContext(row, contexts);
                default -> throw row.error("unknown kind '" + row.get(0) + "' (type, mode or context)");
            }
        }
        Map<Plover, TypeEntry> types = new EnumMap<>(Plover.class);
        for (Plover type : Plover.values()) {
            if (!definitions.containsKey(type)) {
                throw new IllegalArgumentException(name + ": no type row for " + type);
            }
            Map<String, String> own = modes.getOrDefault(type, Map.of());
            types.put(type, new TypeEntry(quads.get(type), definitions.get(type),
                    Collections.unmodifiableMap(new LinkedHashMap<>(own))));
        }
        return new PloverOntology(Collections.unmodifiableMap(types), Collections.unmodifiableMap(contexts));
    }

    /** The type's definition. */
    public String definition(Plover type) {
        return types.get(type).definition();
    }

    /** PLOVER's own quad code for the type, 1-4. */
    public int quadCode(Plover type) {
        return types.get(type).quadCode();
    }

    /** The type's modes, in file order (empty for types without modes, such as AGREE). */
    public List<String> modes(Plover type) {
        return List.copyOf(types.get(type).modes().keySet());
    }

    /** Whether {@code mode} is a mode of {@code type}. */
    public boolean hasMode(Plover type, String mode) {
        return types.get(type).modes().containsKey(mode);
    }

    /** A mode's definition, if the type has that mode. */
    public Optional<String> modeDefinition(Plover type, String mode) {
        return Optional.ofNullable(types.get(type).modes().get(mode));
    }

    /** The contexts, in file order. */
    public List<String> contexts() {
        return List.copyOf(contexts.keySet());
    }

    /** Whether {@code context} is a context of the ontology. */
    public boolean hasContext(String context) {
        return contexts.containsKey(context);
    }

    /** A context's definition, if there is such a context. */
    public Optional<String> contextDefinition(String context) {
        return Optional.ofNullable(contexts.get(context));
    }

    private static void requireText(Row row) {
        for (String column : row.columns()) {
            if (column.isEmpty()) {
                throw row.error("empty column");
            }
        }
    }

    private static Plover type(Row row) {
        return Plover.parse(row.get(1)).filter(t -> t.name().equals(row.get(1)))
                .orElseThrow(() -> row.error("unknown PLOVER type '" + row.get(1) + "'"));
    }

    private static void readType(Row row, Map<Plover, Integer> quads, Map<Plover, String> definitions) {
        Plover type = type(row);
        if (definitions.containsKey(type)) {
            throw row.error("second type row for " + type);
        }
        if (!row.get(2).matches("[1-4]")) {
            throw row.error("quad code must be 1-4, not '" + row.get(2) + "'");
        }
        quads.put(type, Integer.parseInt(row.get(2)));
        definitions.put(type, row.get(3));
    }

    private static void readMode(Row row, Map<Plover, Map<String, String>> modes) {
        Plover type = type(row);
        String mode = row.get(2);
        if (!mode.matches("[a-z][a-z-]*")) {
            throw row.error("mode must be lower case letters and hyphens, not '" + mode + "'");
        }
        Map<String, String> own = modes.computeIfAbsent(type, t -> new LinkedHashMap<>());
        if (own.putIfAbsent(mode, row.get(3)) != null) {
            throw row.error("second row for mode " + type + "/" + mode);
        }
    }

    private static void readContext(Row row, Map<String, String> contexts) {
        String context = row.get(1);
        if (!context.matches("[a-z][a-z_]*") || !row.get(2).equals("-")) {
            throw row.error("context rows are: context, name in [a-z_]+, '-', definition");
        }
        if (contexts.putIfAbsent(context, row.get(3)) != null) {
            throw row.error("second row for context " + context);
        }
    }

    @Override
    public String toString() {
        return "PloverOntology[" + types.size() + " types, " + contexts.size() + " contexts]";
    }
}
